// SPDX-License-Identifier: BSD-3-Clause
/**
 * One nbformat output to one DOM element. Mime bundles render through the renderer registry
 * (registry.ts); this module registers the plain renderers in the order of DESIGN §6: HTML,
 * SVG, Markdown, LaTeX, PNG/JPEG/GIF, JSON, plain text. HTML, SVG and Markdown are
 * sanitised; HTML that needs its scripts runs only in an opaque-origin sandboxed iframe, and
 * only when the author set `trust-outputs`.
 *
 * Heavy renderers (DOMPurify, marked, KaTeX) load on first use; the element is returned at
 * once and filled when they arrive, so drawing never waits. {@link drawn} tells when an
 * element is filled: the end of a run waits for it, so that `exec-cell-done` comes with the
 * outputs on screen even when the first HTML output of a page still had to fetch its sanitiser.
 *
 * @packageDocumentation
 */
import type { IOutput, IMimeBundle, IError, IStream } from '@jupyterlab/nbformat';
import { setTerminalText } from './ansi.js';
import { richStyles } from './rich-styles.js';
import { ownErrorText } from './own-error.js';
import { renderers, type MimeRenderer, type RenderOptions } from './registry.js';

export type { RenderOptions };

/** Elements still being filled by a renderer that loads on first use. */
const filling = new WeakMap<HTMLElement, Promise<void>>();

/** Resolves when `el` is filled (at once for an element drawn in one step). Never rejects. */
export function drawn(el: HTMLElement): Promise<void> {
  return filling.get(el) ?? Promise.resolve();
}

/** Render any output; stream text is set by the caller through {@link setTerminalText}. */
export function renderOutput(o: IOutput, opts: RenderOptions): HTMLElement {
  switch (o.output_type) {
    case 'stream': {
      const pre = element('pre', `stream ${(o as IStream).name === 'stderr' ? 'stderr' : (o as IStream).name}`);
      setTerminalText(pre, String((o as IStream).text));
      return pre;
    }
    case 'error': {
      const e = o as IError;
      const pre = element('pre', 'error');
      const text = ownErrorText(o, opts.messages) ?? (e.traceback?.length ? e.traceback.join('\n') : `${e.ename}: ${e.evalue}`);
      setTerminalText(pre, text);
      return pre;
    }
    case 'display_data':
    case 'execute_result':
      return renderBundle((o.data ?? {}) as IMimeBundle, (o.metadata ?? {}) as Record<string, unknown>, opts);
    default:
      return element('pre', 'unknown');
  }
}

/** Draw a mime bundle with the best renderer the registry has for it. */
export function renderBundle(bundle: IMimeBundle, metadata: Record<string, unknown>, opts: RenderOptions): HTMLElement {
  const found = renderers.preferred(bundle, opts.trusted);
  if (found) return found.renderer.render(found.mime, bundle, metadata, opts);
  const pre = element('pre', 'unknown');
  pre.textContent = opts.messages.outputTypeUnknown(Object.keys(bundle).join(', '));
  return pre;
}

/** A renderer of one mime type at one rank; every plain renderer is safe (or sanitises). */
function plain(mime: string, rank: number, draw: (data: unknown, metadata: Record<string, unknown>, opts: RenderOptions) => HTMLElement): MimeRenderer {
  return { mimeTypes: [mime], rank, safe: true, render: (m, bundle, metadata, opts) => draw(bundle[m], metadata, opts) };
}

const text = (data: unknown): string => (typeof data === 'string' ? data : '');

// The order of DESIGN §6 (JupyterLab's ranks where it agrees): HTML, SVG, Markdown, LaTeX,
// images, JSON, plain text. Interactive outputs register below 50 from their own folders.
for (const r of [
  plain('text/html', 50, (data, _, opts) => rich('html', opts, (root) => renderHtml(root, text(data), opts))),
  plain('image/svg+xml', 55, (data, _, opts) =>
    rich('svg', opts, async (root) => {
      const { sanitizeSvg } = await import('./sanitize.js');
      root.append(sanitizeSvg(text(data)));
    }),
  ),
  plain('text/markdown', 60, (data, _, opts) =>
    rich('markdown', opts, async (root) => {
      const [{ markdownToHtml }, { sanitizeHtml }] = await Promise.all([import('./markdown.js'), import('./sanitize.js')]);
      root.append(sanitizeHtml(markdownToHtml(text(data))).fragment);
    }),
  ),
  plain('text/latex', 70, (data) => {
    const div = element('div', 'latex');
    div.textContent = text(data);
    // KaTeX failing to load leaves the TeX source readable.
    filling.set(div, import('./math.js').then(({ renderLatex }) => renderLatex(div, text(data))).catch(() => {}));
    return div;
  }),
  ...(['image/png', 'image/jpeg', 'image/gif'] as const).map((mime, i) =>
    plain(mime, 90 + i, (data, metadata, opts) => image(mime, text(data), (metadata[mime] ?? {}) as Record<string, unknown>, opts)),
  ),
  plain('application/json', 100, (data) => {
    const pre = element('pre', 'json');
    pre.textContent = JSON.stringify(data, null, 2);
    return pre;
  }),
  plain('text/plain', 120, (data) => {
    const pre = element('pre', 'text');
    setTerminalText(pre, text(data));
    return pre;
  }),
]) {
  renderers.add(r);
}

async function renderHtml(root: ShadowRoot, html: string, opts: RenderOptions): Promise<void> {
  const { sanitizeHtml } = await import('./sanitize.js');
  const { fragment, removedSomething } = sanitizeHtml(html);
  if (removedSomething && opts.trusted) {
    // The output needs what sanitising takes away (scripts): run it where it cannot reach the page.
    root.append(sandboxedFrame(html));
  } else {
    root.append(fragment);
  }
}

/**
 * A rich output in a shadow root of its own, so that a `<style>` it carries styles only
 * itself, never the page nor the cell's toolbar.
 */
function rich(kind: string, opts: RenderOptions, fill: (root: ShadowRoot) => Promise<void>): HTMLElement {
  const host = element('div', `rich ${kind}`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [richStyles()];
  const filled = fill(root).catch((e: unknown) => {
    const pre = element('pre', 'error');
    pre.textContent = opts.messages.outputNotShown(e instanceof Error ? e.message : String(e));
    root.replaceChildren(pre);
  });
  filling.set(host, filled);
  return host;
}

/**
 * Larger images (as base64: about 7.5 MB of image) are not drawn: a 50 MB one held the page's
 * main thread for 11 s while the browser decoded it (found by npm run soak).
 */
const MAX_IMAGE_BASE64 = 10_000_000;

function image(mime: string, base64: string, meta: Record<string, unknown>, opts: RenderOptions): HTMLElement {
  if (base64.length > MAX_IMAGE_BASE64) {
    const pre = element('pre', 'error');
    const mb = (chars: number) => Math.round((chars * 3) / 4 / 1e5) / 10;
    pre.textContent = opts.messages.imageTooLarge(mb(base64.length), mb(MAX_IMAGE_BASE64));
    return pre;
  }
  const img = document.createElement('img');
  img.className = 'image';
  img.alt = 'image output';
  img.src = `data:${mime};base64,${base64.replace(/\s+/g, '')}`;
  for (const dim of ['width', 'height'] as const) {
    const v = Number(meta[dim]);
    if (Number.isFinite(v) && v > 0) img[dim] = v;
  }
  return img;
}

/**
 * Trusted HTML in an iframe with `sandbox="allow-scripts"` and no `allow-same-origin`: its
 * origin is opaque, so its scripts cannot read the page, its cookies or its storage. It
 * reports its height by postMessage so it grows with its content.
 */
function sandboxedFrame(html: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.className = 'sandboxed';
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('title', 'trusted output');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  const reportHeight =
    '<script>new ResizeObserver(()=>parent.postMessage({execCellHeight:document.documentElement.scrollHeight},"*")).observe(document.documentElement)</script>';
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><body style="margin:0">${html}${reportHeight}</body>`;
  watchHeight(frame);
  return frame;
}

/** The sandboxed frames on the page; one message listener serves them all. */
const frames = new Set<HTMLIFrameElement>();

function watchHeight(frame: HTMLIFrameElement): void {
  if (frames.size === 0) window.addEventListener('message', onFrameMessage);
  frames.add(frame);
}

function onFrameMessage(e: MessageEvent): void {
  for (const frame of frames) {
    if (e.source !== frame.contentWindow) continue;
    const h = Number((e.data as { execCellHeight?: unknown } | null)?.execCellHeight);
    if (Number.isFinite(h)) frame.style.height = `${Math.min(Math.ceil(h), 5000)}px`;
    return;
  }
  // A message from none of our frames: drop the frames that left the page meanwhile.
  for (const frame of frames) if (!frame.isConnected && frame.contentWindow === null) frames.delete(frame);
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}
