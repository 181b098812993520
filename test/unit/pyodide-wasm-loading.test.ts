// SPDX-License-Identifier: BSD-3-Clause
// The worker's WebAssembly loading, on a real (tiny) wasm module in Node: a generic type still
// instantiates, a failed response is reported, and the heap cannot grow past the ceiling.
import { describe, expect, test, vi } from 'vitest';
import { english } from '../../src/i18n/text.js';
import type { MessageRef } from '../../src/i18n/ref.js';
import { installWasmLoading } from '../../src/kernels/pyodide/wasm-loading.js';
// Said on the page, where the interpreter's side brings the messages (the worker only names them).
import '../../src/kernels/pyodide/catalogue.js';

/**
 * (module
 *   (import "env" "emscripten_resize_heap" (func (param i32) (result i32)))
 *   (memory (export "memory") 1)
 *   (func (export "grow") (param i32) (result i32) local.get 0 call 0))
 */
function tinyModule(): Uint8Array<ArrayBuffer> {
  const name = [...'emscripten_resize_heap'].map((c) => c.charCodeAt(0));
  const str = (s: string) => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
  const section = (id: number, body: number[]) => [id, body.length, ...body];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7f]),
    ...section(2, [1, ...str('env'), name.length, ...name, 0x00, 0x00]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [2, ...str('memory'), 0x02, 0, ...str('grow'), 0x00, 1]),
    ...section(10, [1, 6, 0x00, 0x20, 0x00, 0x10, 0x00, 0x0b]),
  ]);
}

/** A WebAssembly namespace of our own, so the patch does not leak into other tests. */
function namespace(): typeof WebAssembly {
  const { instantiate, instantiateStreaming } = WebAssembly;
  return { instantiate, instantiateStreaming } as unknown as typeof WebAssembly;
}

function wasmResponse(type: string, status = 200): Response {
  return new Response(status === 200 ? tinyModule() : 'not found', {
    status,
    statusText: status === 200 ? 'OK' : 'Not Found',
    headers: { 'content-type': type },
  });
}

describe('installWasmLoading', () => {
  test('a .wasm served as application/octet-stream is compiled from its bytes instead of hanging', async () => {
    const wasm = namespace();
    const onTypeFallback = vi.fn();
    const onFailure = vi.fn();
    installWasmLoading({ memoryLimit: 2 ** 20, onFailure, onTypeFallback }, wasm);
    const grow = vi.fn(() => 1);
    const { instance } = await wasm.instantiateStreaming(wasmResponse('application/octet-stream'), { env: { emscripten_resize_heap: grow } });
    expect(typeof instance.exports.grow).toBe('function');
    expect(onTypeFallback).toHaveBeenCalledWith('application/octet-stream');
    expect(onFailure).not.toHaveBeenCalled();
  });

  test('application/wasm streams as before (no fallback)', async () => {
    const wasm = namespace();
    const onTypeFallback = vi.fn();
    installWasmLoading({ memoryLimit: 2 ** 20, onFailure: vi.fn(), onTypeFallback }, wasm);
    await wasm.instantiateStreaming(wasmResponse('application/wasm'), { env: { emscripten_resize_heap: () => 1 } });
    expect(onTypeFallback).not.toHaveBeenCalled();
  });

  test('a 404 is reported with its status, and the instantiation fails', async () => {
    const wasm = namespace();
    const onFailure = vi.fn<(message: MessageRef, hint?: MessageRef) => void>();
    installWasmLoading({ memoryLimit: 2 ** 20, onFailure }, wasm);
    await expect(wasm.instantiateStreaming(wasmResponse('text/html', 404), { env: { emscripten_resize_heap: () => 1 } })).rejects.toThrow(
      /answered 404 Not Found/,
    );
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(english(onFailure.mock.calls[0]![0])).toMatch(/^Python could not start: .*pyodide\.asm\.wasm answered 404 Not Found\.$/);
  });

  test('the heap may not grow past the memory limit: the resize is refused', async () => {
    const wasm = namespace();
    installWasmLoading({ memoryLimit: 1000, onFailure: vi.fn() }, wasm);
    const original = vi.fn(() => 1);
    const { instance } = await wasm.instantiateStreaming(wasmResponse('application/wasm'), { env: { emscripten_resize_heap: original } });
    const grow = instance.exports.grow as (bytes: number) => number;
    expect(grow(999)).toBe(1);
    expect(original).toHaveBeenCalledTimes(1);
    expect(grow(1001)).toBe(0);
    expect(original).toHaveBeenCalledTimes(1);
  });
});
