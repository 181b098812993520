// SPDX-License-Identifier: BSD-3-Clause
/**
 * One nbformat output to one DOM element. Mime bundles render by the priority of DESIGN §6:
 * HTML, SVG, Markdown, LaTeX, PNG/JPEG/GIF, JSON, plain text. HTML, SVG and Markdown are
 * sanitised; HTML that needs its scripts runs only in an opaque-origin sandboxed iframe, and
 * only when the author set `trust-outputs`.
 *
 * Heavy renderers (DOMPurify, marked, KaTeX) load on first use; the element is returned at
 * once and filled when they arrive, so the caller never awaits.
 *
 * @packageDocumentation
 */
import type { IOutput, IMimeBundle, IError, IStream } from '@jupyterlab/nbformat';
import { setTerminalText } from './ansi.js';
import { richStyles } from './rich-styles.js';

export interface RenderOptions {
  /** The author vouched for the outputs: HTML with scripts runs in a sandboxed iframe. */
  trusted: boolean;
}

/** Interactive outputs (Sage's `@interact`): see interact.ts. */
import { INTERACT_MIME, type InteractPart } from '../kernels/types.js';

/** Mime types we render, best first. */
export const MIME_PRIORITY = [
  INTERACT_MIME,
  'text/html',
  'image/svg+xml',
  'text/markdown',
  'text/latex',
  'image/png',
  'image/jpeg',
  'image/gif',
  'application/json',
  'text/plain',
] as const;

export function preferredMime(bundle: IMimeBundle): string | undefined {
  return MIME_PRIORITY.find((m) => bundle[m] !== undefined && bundle[m] !== null);
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
      const text = e.traceback?.length ? e.traceback.join('\n') : `${e.ename}: ${e.evalue}`;
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

export function renderBundle(bundle: IMimeBundle, metadata: Record<string, unknown>, opts: RenderOptions): HTMLElement {
  const mime = preferredMime(bundle);
  const data = mime ? bundle[mime] : undefined;
  const text = typeof data === 'string' ? data : '';
  switch (mime) {
    case INTERACT_MIME:
      return interactPart(data, opts);
    case 'text/html':
      return rich('html', (root) => renderHtml(root, text, opts));
    case 'image/svg+xml':
      return rich('svg', async (root) => {
        const { sanitizeSvg } = await import('./sanitize.js');
        root.append(sanitizeSvg(text));
      });
    case 'text/markdown':
      return rich('markdown', async (root) => {
        const [{ markdownToHtml }, { sanitizeHtml }] = await Promise.all([import('./markdown.js'), import('./sanitize.js')]);
        root.append(sanitizeHtml(markdownToHtml(text)).fragment);
      });
    case 'text/latex': {
      const div = element('div', 'latex');
      div.textContent = text;
      void import('./math.js').then(({ renderLatex }) => renderLatex(div, text)).catch(() => {});
      return div;
    }
    case 'image/png':
    case 'image/jpeg':
    case 'image/gif':
      return image(mime, text, (metadata[mime] ?? {}) as Record<string, unknown>);
    case 'application/json': {
      const pre = element('pre', 'json');
      pre.textContent = JSON.stringify(data, null, 2);
      return pre;
    }
    case 'text/plain': {
      const pre = element('pre', 'text');
      setTerminalText(pre, text);
      return pre;
    }
    default: {
      const pre = element('pre', 'unknown');
      pre.textContent = `[output of type ${Object.keys(bundle).join(', ') || 'none'} cannot be shown here]`;
      return pre;
    }
  }
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
function rich(kind: string, fill: (root: ShadowRoot) => Promise<void>): HTMLElement {
  const host = element('div', `rich ${kind}`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [richStyles()];
  fill(root).catch((e: unknown) => {
    const pre = element('pre', 'error');
    pre.textContent = `This ${kind} output could not be shown: ${e instanceof Error ? e.message : String(e)}`;
    root.replaceChildren(pre);
  });
  return host;
}

/** The interact renderer, once loaded: later parts (every update of an interact) draw at once. */
let interactRenderer: typeof import('./interact.js') | undefined;

function interactPart(data: unknown, opts: RenderOptions): HTMLElement {
  const host = element('div', 'interact');
  const part = data as InteractPart;
  if (interactRenderer) {
    interactRenderer.renderInteract(host, part, opts);
  } else {
    import('./interact.js')
      .then((m) => {
        interactRenderer = m;
        m.renderInteract(host, part, opts);
      })
      .catch((e: unknown) => {
        host.textContent = `These interactive controls could not be shown: ${e instanceof Error ? e.message : String(e)}`;
      });
  }
  return host;
}

/**
 * Larger images (as base64: about 7.5 MB of image) are not drawn: a 50 MB one held the page's
 * main thread for 11 s while the browser decoded it (found by npm run soak).
 */
const MAX_IMAGE_BASE64 = 10_000_000;

function image(mime: string, base64: string, meta: Record<string, unknown>): HTMLElement {
  if (base64.length > MAX_IMAGE_BASE64) {
    const pre = element('pre', 'error');
    const mb = (chars: number) => ((chars * 3) / 4 / 1e6).toFixed(1);
    pre.textContent = `This image is too large to show here (${mb(base64.length)} MB; at most ${mb(MAX_IMAGE_BASE64)} MB). Make it smaller (a lower resolution or dpi) and run the cell again.`;
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}
