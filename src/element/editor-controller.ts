// SPDX-License-Identifier: BSD-3-Clause
/**
 * Owns a cell's editor. Until CodeMirror is there, the code is shown in a plain
 * `contenteditable="plaintext-only"` block with the editor's metrics: the reader can read,
 * select and even type at once, and nothing typed is lost when the editor takes over (it
 * starts from that text, with the caret where it was). The editor is created when the page
 * wants editors (see editor-loading.ts) and the cell is near the viewport, or at once when
 * the reader focuses the code.
 *
 * @packageDocumentation
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CellEditor } from '../editor/setup.js';
import { editorsWanted, loadEditorModule, wantEditorsNow } from './editor-loading.js';

export interface EditorHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface EditorOptions {
  code(): string;
  setCode(code: string): void;
  run(): void;
  readOnly(): boolean;
  language(): string;
}

/** One observer for every cell on the page. */
let visibility: IntersectionObserver | undefined;
const onVisible = new WeakMap<Element, () => void>();

function observe(el: Element, callback: () => void): void {
  visibility ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        visibility!.unobserve(e.target);
        onVisible.get(e.target)?.();
      }
    },
    { rootMargin: '300px' },
  );
  onVisible.set(el, callback);
  visibility.observe(el);
}

export class EditorController implements ReactiveController {
  editor: CellEditor | null = null;
  #host: EditorHost;
  #options: EditorOptions;
  #mounting: Promise<void> | null = null;

  constructor(host: EditorHost, options: EditorOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.editor) return;
    observe(this.#host, () => void editorsWanted().then(() => this.mount()));
  }

  hostDisconnected(): void {
    visibility?.unobserve(this.#host);
  }

  /** The reader is about to edit: get the editor now. */
  wantNow(): void {
    wantEditorsNow();
    void this.mount();
  }

  /** Put the current code in the placeholder (after a reset, or when the code is first read). */
  showCode(code: string): void {
    if (this.editor) this.editor.setCode(code);
    else {
      const pre = this.#placeholder();
      if (pre && pre.textContent !== code) pre.textContent = code;
    }
  }

  /** Typing in the placeholder: keep the cell's code in step. */
  onPlaceholderInput = (e: Event): void => {
    this.#options.setCode((e.target as HTMLElement).textContent ?? '');
  };

  mount(): Promise<void> {
    this.#mounting ??= this.#mount();
    return this.#mounting;
  }

  async #mount(): Promise<void> {
    const { createEditor } = await loadEditorModule();
    await this.#host.updateComplete;
    const pre = this.#placeholder();
    const parent = pre?.parentElement;
    if (!pre || !parent || this.editor) return;
    const root = this.#host.renderRoot as ShadowRoot;
    const focused = root.activeElement === pre;
    const caret = focused ? caretOffset(root, pre) : null;
    this.editor = await createEditor({
      parent,
      root,
      doc: this.#options.code(),
      readOnly: this.#options.readOnly(),
      language: this.#options.language(),
      label: 'Code',
      onChange: (code) => this.#options.setCode(code),
      onRun: () => this.#options.run(),
    });
    pre.remove();
    this.#host.requestUpdate();
    if (focused) {
      if (caret !== null) this.editor.view.dispatch({ selection: { anchor: Math.min(caret, this.editor.view.state.doc.length) } });
      this.editor.view.focus();
    }
  }

  #placeholder(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.placeholder');
  }
}

/** Where the caret is in the placeholder's text, when the browser lets us see it. */
function caretOffset(root: ShadowRoot, pre: HTMLElement): number | null {
  // Chromium exposes the selection inside a shadow root only through the root itself.
  const selection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!pre.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(pre);
  before.setEnd(range.endContainer, range.endOffset);
  return before.toString().length;
}
