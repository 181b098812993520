// SPDX-License-Identifier: BSD-3-Clause
/**
 * Owns a cell's editor. Until CodeMirror is there, the code is shown in a
 * `contenteditable="plaintext-only"` block with the editor's metrics, coloured like the
 * editor once the cell nears the viewport (see editor-loading.ts): the reader can read,
 * select and even type at once. The editor is created when the reader goes to edit (focus
 * in the code), and starts from the text as it is, with the caret where it was: nothing
 * typed is lost. A page of a hundred cells thus holds one editor per cell actually edited.
 *
 * @packageDocumentation
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CellEditor } from '../editor/setup.js';
import type { CodeAnnotation } from '../kernels/types.js';
import type { Messages } from '../i18n/text.js';
import { colouringWanted, loadEditorModule, loadHighlighter, readerEdits } from './editor-loading.js';

export interface EditorHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface EditorOptions {
  code(): string;
  setCode(code: string): void;
  run(): void;
  readOnly(): boolean;
  language(): string;
  /** The catalogue of the reader's language. */
  messages(): Messages;
}

/** One observer for every cell on the page. */
/**
 * Longer code goes straight into the editor, which draws only the lines in view: as the
 * placeholder's text, 10 MB of code took the browser 38 s to lay out (found by npm run soak).
 */
const PLACEHOLDER_LIMIT = 200_000;

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
    observe(this.#host, () => void colouringWanted().then(() => this.#colour()));
  }

  hostDisconnected(): void {
    visibility?.unobserve(this.#host);
  }

  /** The reader is about to edit: get the editor now. */
  wantNow(): void {
    readerEdits();
    void this.mount();
  }

  /** Put the current code in the placeholder (after a reset, or when the code is first read). */
  showCode(code: string): void {
    if (this.editor) {
      this.editor.setCode(code);
      return;
    }
    const pre = this.#placeholder();
    if (!pre || pre.textContent === code) return;
    if (code.length > PLACEHOLDER_LIMIT) {
      // Until the editor is there, the placeholder shows the start of the code and cannot be
      // typed into: a keystroke there would make the cell's code that start alone.
      pre.textContent = code.slice(0, PLACEHOLDER_LIMIT);
      pre.contentEditable = 'false';
      void this.mount();
      return;
    }
    pre.textContent = code;
    if (this.#coloured) void this.#colour();
  }

  #coloured = false;

  /** Colour the placeholder's code like the editor would, unless the reader is typing in it. */
  async #colour(): Promise<void> {
    const { parserFor, highlightWith } = await loadHighlighter();
    // A language's parser may have to be fetched: get it before looking at the cell, which
    // the reader may have started to edit meanwhile.
    const parser = await parserFor(this.#options.language()).catch(() => null);
    await this.#host.updateComplete;
    const pre = this.#placeholder();
    const root = this.#host.renderRoot as ShadowRoot;
    const code = this.#options.code();
    if (!pre || this.editor || root.activeElement === pre || code.length > PLACEHOLDER_LIMIT) return;
    highlightWith(pre, code, parser);
    this.#coloured = true;
  }

  /** Typing in the placeholder: keep the cell's code in step. */
  onPlaceholderInput = (e: Event): void => {
    this.#options.setCode((e.target as HTMLElement).textContent ?? '');
  };

  /**
   * Point at a line of the code (a compile error): the editor is created if need be, so the
   * mark shows where the reader will fix it. `null` removes the mark.
   */
  annotate(a: CodeAnnotation | null): void {
    if (!a) {
      this.editor?.markLine(null);
      return;
    }
    void this.mount().then(() => this.editor?.markLine(a.line, this.#options.messages().codeLine(a.line, a.message)));
  }

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
      label: this.#options.messages().codeLabel,
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
  const end = selectionEnd(root);
  if (!end || !pre.contains(end.node)) return null;
  const before = document.createRange();
  before.selectNodeContents(pre);
  before.setEnd(end.node, end.offset);
  return before.toString().length;
}

type Composed = Selection & { getComposedRanges?: (...args: unknown[]) => StaticRange[] };

/**
 * The end of the selection, inside this shadow root. Chromium exposes it through the root
 * itself; WebKit (Safari) retargets `document.getSelection()` to the host and shows it only
 * through `getComposedRanges`, which takes the roots to look into (an options object in the
 * standard, the roots themselves in Safari 17).
 */
function selectionEnd(root: ShadowRoot): { node: Node; offset: number } | null {
  const own = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  const selection = (own ?? document.getSelection()) as Composed | null;
  if (!selection) return null;
  if (!own && selection.getComposedRanges) {
    let ranges: StaticRange[] = [];
    try {
      ranges = selection.getComposedRanges({ shadowRoots: [root] });
    } catch {
      ranges = selection.getComposedRanges(root);
    }
    if (ranges[0]) return { node: ranges[0].endContainer, offset: ranges[0].endOffset };
  }
  if (!selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  return { node: range.endContainer, offset: range.endOffset };
}
