// SPDX-License-Identifier: BSD-3-Clause
/**
 * The output area: draws an {@link OutputModel} into a container, and asks the reader for
 * input when the kernel wants it.
 *
 * Rendering is batched under a time budget: changes are drawn at once (in a microtask, so a
 * single `print` appears with no frame of delay) until drawing has taken FRAME_BUDGET_MS
 * within the current frame; after that, changes wait for the next animation frame and are
 * drawn together. A stream longer than `maxLines` shows its last
 * lines with a notice, a "Show all" button and a download of the full text, so a loop
 * printing 100,000 lines never blocks the page.
 *
 * @packageDocumentation
 */
import type { IStream } from '@jupyterlab/nbformat';
import { OutputModel, type OutputChange } from './model.js';
import { drawn, renderOutput, type RenderOptions } from './render.js';
import { setTerminalText } from './ansi.js';
import type { Messages } from '../i18n/text.js';

export interface AreaOptions {
  /** Asked at each render: may HTML outputs run their scripts (in a sandboxed iframe)? */
  trusted: () => boolean;
  /** Asked at each render: what made the outputs (the kernel session; see RenderOptions.origin). */
  origin?: () => unknown;
  /** Lines of a stream shown before it is cut to its tail (default 2,000). */
  maxLines?: number;
  /** The catalogue of the reader's language, asked whenever the area writes words. */
  messages: () => Messages;
}

/** Drawing time allowed per frame before further changes wait for the next frame. */
const FRAME_BUDGET_MS = 6;
const FRAME_MS = 16;

/** Lines per block when a long stream is shown whole: each block lays out on its own. */
const SHOW_ALL_BLOCK = 2_000;
/**
 * How long the end of a run waits for outputs whose renderer is still loading. A renderer
 * that takes longer (a chunk on a stalled network) fills its output later; the end of the
 * run is not held for it.
 */
const SETTLE_WAIT_MS = 5_000;

type Pending = 'add' | 'append' | 'replace';

interface StreamView {
  wrap: HTMLElement;
  notice: HTMLElement | null;
  pre: HTMLPreElement;
  expanded: boolean;
}

export class OutputArea {
  readonly model: OutputModel;
  #container: HTMLElement;
  #options: Required<AreaOptions>;
  #items: HTMLElement[] = [];
  #streams = new Map<number, StreamView>();
  #pending = new Map<number, Pending>();
  #resetPending = false;
  #scheduled = false;
  /** When the current frame's budget started, and how much of it drawing has used. */
  #frameStart = -Infinity;
  #spent = 0;
  #inputs = new Set<HTMLElement>();

  constructor(container: HTMLElement, model: OutputModel, options: AreaOptions) {
    this.#container = container;
    this.model = model;
    this.#options = { maxLines: 2_000, origin: () => undefined, ...options };
    model.onChange((c) => this.#onChange(c));
  }

  /** Show a prompt with a text box; resolve with what the reader typed (Enter sends). */
  requestInput(prompt: string, password: boolean): Promise<string> {
    this.#flush();
    return new Promise((resolve) => {
      const row = document.createElement('form');
      row.className = 'stdin';
      const label = document.createElement('label');
      const promptText = document.createElement('span');
      promptText.className = 'prompt';
      promptText.textContent = prompt;
      const box = document.createElement('input');
      box.type = password ? 'password' : 'text';
      box.autocomplete = 'off';
      box.spellcheck = false;
      box.setAttribute('part', 'input');
      box.setAttribute('aria-label', prompt.trim() || this.#options.messages().inputRequested);
      label.append(promptText, box);
      const send = document.createElement('button');
      send.type = 'submit';
      send.textContent = this.#options.messages().send;
      row.append(label, send);
      row.addEventListener('submit', (e) => {
        e.preventDefault();
        row.remove();
        this.#inputs.delete(row);
        const echo = password ? '·'.repeat(Math.max(box.value.length, 1)) : box.value;
        // As JupyterLab does: the exchange stays visible as a stdin stream, which also ends
        // the stdout stream before it (later prints start a new block below the answer).
        this.model.add({ output_type: 'stream', name: 'stdin', text: `${prompt}${echo}\n` });
        resolve(box.value);
      });
      this.#inputs.add(row);
      this.#container.append(row);
      box.focus({ preventScroll: false });
    });
  }

  /**
   * The run has ended: draw what is still pending now, remove input boxes nobody will answer
   * any more, and resolve once outputs whose renderer loads on first use are filled (at most
   * SETTLE_WAIT_MS), so the outputs are on screen when the page hears of the end.
   */
  settle(): Promise<void> {
    this.#flush();
    for (const row of this.#inputs) row.remove();
    this.#inputs.clear();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_WAIT_MS)));
    return Promise.race([Promise.all(this.#items.map(drawn)), late]).then(() => clearTimeout(timer));
  }

  /** Whether an input box is waiting for the reader. */
  get waitingForInput(): boolean {
    return this.#inputs.size > 0;
  }

  #onChange(c: OutputChange): void {
    if (c.type === 'reset') {
      this.#resetPending = true;
      this.#pending.clear();
    } else {
      const before = this.#pending.get(c.index);
      // An output added and then appended to before it is drawn is still an addition.
      if (before !== 'add') this.#pending.set(c.index, c.type);
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const now = performance.now();
    if (now - this.#frameStart > FRAME_MS) {
      this.#frameStart = now;
      this.#spent = 0;
    }
    if (this.#spent < FRAME_BUDGET_MS) {
      queueMicrotask(() => this.#flush());
    } else {
      requestAnimationFrame(() => this.#flush());
      // Hidden tabs get no animation frames; do not leave the outputs undrawn.
      setTimeout(() => this.#flush(), 250);
    }
  }

  #flush(): void {
    if (!this.#scheduled) return;
    this.#scheduled = false;
    const start = performance.now();
    this.#drawPending();
    this.#spent += performance.now() - start;
  }

  #drawPending(): void {
    if (this.#resetPending) {
      this.#resetPending = false;
      for (const el of this.#items) el.remove();
      this.#items = [];
      this.#streams.clear();
    }
    const indexes = [...this.#pending.keys()].sort((a, b) => a - b);
    for (const index of indexes) {
      const kind = this.#pending.get(index)!;
      if (index >= this.model.length) continue;
      if (kind === 'append' && this.#streams.has(index)) {
        this.#drawStream(this.#streams.get(index)!, index);
      } else {
        const el = this.#draw(index);
        const old = this.#items[index];
        if (old) old.replaceWith(el);
        else this.#insert(el);
        this.#items[index] = el;
      }
    }
    this.#pending.clear();
  }

  /** New outputs go after the last output but before any input box still waiting. */
  #insert(el: HTMLElement): void {
    const firstInput = [...this.#inputs][0];
    if (firstInput?.parentNode === this.#container) this.#container.insertBefore(el, firstInput);
    else this.#container.append(el);
  }

  #draw(index: number): HTMLElement {
    const output = this.model.at(index);
    if (output.output_type !== 'stream') {
      this.#streams.delete(index);
      const el = renderOutput(output, {
        trusted: this.#options.trusted(),
        origin: this.#options.origin(),
        messages: this.#options.messages(),
      } satisfies RenderOptions);
      el.setAttribute('part', 'output-item');
      return el;
    }
    const wrap = document.createElement('div');
    const name = (output as IStream).name;
    wrap.className = `stream ${name}`;
    const pre = document.createElement('pre');
    wrap.append(pre);
    const view: StreamView = { wrap, notice: null, pre, expanded: false };
    this.#streams.set(index, view);
    this.#drawStream(view, index);
    return wrap;
  }

  #drawStream(view: StreamView, index: number): void {
    if (view.expanded) return;
    const text = String((this.model.at(index) as IStream).text);
    const max = this.#options.maxLines;
    const cut = tailStart(text, max);
    if (cut === 0) {
      view.notice?.remove();
      view.notice = null;
      setTerminalText(view.pre, text);
      return;
    }
    setTerminalText(view.pre, text.slice(cut));
    const total = countLines(text);
    if (!view.notice) {
      view.notice = this.#truncationNotice(view, index);
      view.wrap.prepend(view.notice);
    }
    view.notice.querySelector('.count')!.textContent = this.#options.messages().longOutput(max, total);
  }

  #truncationNotice(view: StreamView, index: number): HTMLElement {
    const notice = document.createElement('div');
    notice.className = 'truncated';
    notice.setAttribute('part', 'truncated');
    const count = document.createElement('span');
    count.className = 'count';
    const showAll = document.createElement('button');
    showAll.type = 'button';
    showAll.textContent = this.#options.messages().showAll;
    showAll.addEventListener('click', () => this.#showAll(view, index));
    const download = document.createElement('button');
    download.type = 'button';
    download.textContent = this.#options.messages().download;
    download.addEventListener('click', () => downloadText(String((this.model.at(index) as IStream).text)));
    notice.append(count, showAll, download);
    return notice;
  }

  /** Draw the whole stream, a block per frame, so even a huge one never freezes the page. */
  #showAll(view: StreamView, index: number): void {
    view.expanded = true;
    const text = String((this.model.at(index) as IStream).text);
    view.notice?.querySelector('button')?.remove();
    view.notice!.querySelector('.count')!.textContent = this.#options.messages().showingAll(countLines(text));
    const blocks = splitLines(text, SHOW_ALL_BLOCK);
    view.pre.remove();
    let i = 0;
    const step = () => {
      const start = performance.now();
      while (i < blocks.length && performance.now() - start < 12) {
        const pre = document.createElement('pre');
        pre.className = 'block';
        setTerminalText(pre, blocks[i++]!);
        view.wrap.append(pre);
      }
      if (i < blocks.length) requestAnimationFrame(step);
    };
    step();
  }
}

/** Index where the last `max` lines of `text` begin (0 when it has no more than that). */
export function tailStart(text: string, max: number): number {
  let pos = text.length;
  // A final newline ends the last line; it does not start another.
  if (text.endsWith('\n')) pos--;
  for (let n = 0; n < max; n++) {
    // At the very start there is no earlier line (and lastIndexOf(…, -1) would search from 0).
    if (pos <= 0) return 0;
    pos = text.lastIndexOf('\n', pos - 1);
    if (pos === -1) return 0;
  }
  return pos + 1;
}

export function countLines(text: string): number {
  if (!text) return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

/** `text` cut into blocks of `per` lines each (the last may be shorter). */
export function splitLines(text: string, per: number): string[] {
  const blocks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start - 1;
    for (let n = 0; n < per; n++) {
      end = text.indexOf('\n', end + 1);
      if (end === -1) break;
    }
    const stop = end === -1 ? text.length : end + 1;
    blocks.push(text.slice(start, stop));
    start = stop;
  }
  return blocks;
}

function downloadText(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'output.txt';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
