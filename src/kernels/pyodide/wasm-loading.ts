// SPDX-License-Identifier: BSD-3-Clause
/**
 * How the worker instantiates Pyodide's WebAssembly, made robust for the hosts exec-cell is
 * served from. Installed before `loadPyodide`, it wraps `WebAssembly.instantiateStreaming`:
 *
 * - **A generic `.wasm` type still works.** Pyodide streams the module, and streaming needs
 *   `application/wasm`. Hosts such as PHP's built-in server send `application/octet-stream`;
 *   then Pyodide only logs a warning and `loadPyodide` never settles (NOTES §2). Here, a
 *   response with another type is compiled from its bytes instead (slower, but it loads).
 * - **A missing file says so.** A 404 for the wasm would hang the same way: it is reported
 *   (`onFailure`) with the URL and status, so the cell can say exactly what is wrong.
 * - **A memory ceiling.** Python's heap grows through the `emscripten_resize_heap` import;
 *   refusing growth past the limit makes the allocation fail as a `MemoryError` long before
 *   the 4 GiB a wasm32 heap can reach (a worker that big endangers the whole tab: NOTES §8).
 *
 * @packageDocumentation
 */
import { msg, type MessageRef } from '../../i18n/ref.js';

export interface WasmLoadingOptions {
  /** Bytes the heap may grow to. */
  memoryLimit: number;
  /**
   * The wasm could not be fetched or compiled: a sentence for the reader ("Python could not
   * start: …"), and what to do when we know.
   */
  onFailure(message: MessageRef, hint?: MessageRef): void;
  /** The server sent the wasm with a type other than `application/wasm`. */
  onTypeFallback?(contentType: string): void;
}

type Imports = WebAssembly.Imports & { env?: Record<string, unknown> };

export function installWasmLoading(o: WasmLoadingOptions, wasm: typeof WebAssembly = WebAssembly): void {
  let capped = false;
  const streaming = wasm.instantiateStreaming.bind(wasm);
  const instantiate = wasm.instantiate.bind(wasm) as (bytes: BufferSource, imports?: Imports) => Promise<WebAssembly.WebAssemblyInstantiatedSource>;

  /** Only the main module imports the heap resize; side modules (package .so files) share its memory. */
  function cap(imports: Imports | undefined): void {
    const env = imports?.env;
    const resize = env?.emscripten_resize_heap;
    if (capped || !env || typeof resize !== 'function') return;
    capped = true;
    env.emscripten_resize_heap = (requested: number) => ((requested >>> 0) > o.memoryLimit ? 0 : resize(requested));
  }

  wasm.instantiateStreaming = async (source: Response | PromiseLike<Response>, imports?: Imports) => {
    let response: Response;
    try {
      response = await source;
    } catch (e) {
      o.onFailure(msg('pyodideStartDownloadFailed', 'pyodide.asm.wasm', e instanceof Error ? e.message : String(e)));
      throw e;
    }
    const name = new URL(response.url || 'pyodide.asm.wasm', 'http://x/').pathname.split('/').pop();
    if (!response.ok) {
      const url = response.url || name || 'pyodide.asm.wasm';
      o.onFailure(msg('pyodideStartFileAnswered', url, response.status, response.statusText.trim()));
      throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    cap(imports);
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    try {
      if (type === 'application/wasm') return await streaming(response, imports);
      o.onTypeFallback?.(type || '(none)');
      return await instantiate(await response.arrayBuffer(), imports);
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      // Chromium and WebKit say "Content Security Policy", Firefox "blocked by CSP".
      if (/Content Security Policy|blocked by CSP/i.test(text)) {
        o.onFailure(msg('pyodideStartCspBlocksWasm'), msg('pyodideCspHint'));
      } else o.onFailure(msg('pyodideStartWasmNotCompiled', name ?? 'pyodide.asm.wasm', text));
      throw e;
    }
  };

  // Pyodide falls back to plain instantiation where streaming is missing: cap that path too.
  wasm.instantiate = (async (source: BufferSource | WebAssembly.Module, imports?: Imports) => {
    cap(imports);
    return instantiate(source as BufferSource, imports);
  }) as typeof wasm.instantiate;
}
