// SPDX-License-Identifier: BSD-3-Clause
/**
 * The cell's CodeMirror 6 editor: a trimmed copy of `basicSetup` (no fold gutter, no
 * search panel, no autocompletion popups), a run keymap, highlighting as `tok-*` classes
 * (highlighter.ts; coloured by the cell's theme, like the code shown before the editor),
 * and compartments for what changes at run time (read-only, language).
 *
 * Loaded with `import()` when a cell first needs an editor.
 *
 * @packageDocumentation
 */
import { Compartment, EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightSpecialChars,
  drawSelection,
  highlightActiveLineGutter,
  Decoration,
  type DecorationSet,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting, LanguageSupport, type Language } from '@codemirror/language';
import { cellHighlighter, isPython } from './highlighter.js';
// Python (and Sage, which reads as Python) is what most cells hold: it ships with the editor.
import { pythonLanguage } from '@codemirror/lang-python';

export interface EditorOptions {
  parent: HTMLElement;
  /** The shadow root the editor lives in, so its styles are mounted there. */
  root: ShadowRoot;
  doc: string;
  readOnly: boolean;
  language: string;
  label: string;
  onChange: (code: string) => void;
  onRun: () => void;
}

export interface CellEditor {
  readonly view: EditorView;
  setReadOnly(readOnly: boolean): void;
  setLanguage(language: string): Promise<void>;
  setCode(code: string): void;
  /** Mark one line (1-based) as where an error is, with the message as its title; null clears. */
  markLine(line: number | null, message?: string): void;
  destroy(): void;
}

const setMark = StateEffect.define<{ line: number; message: string } | null>();

/** The marked line (a compile error): kept until the code changes or the mark is cleared. */
const markField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    if (tr.docChanged) marks = Decoration.none;
    for (const e of tr.effects) {
      if (!e.is(setMark)) continue;
      if (!e.value || e.value.line > tr.state.doc.lines) {
        marks = Decoration.none;
        continue;
      }
      const line = tr.state.doc.line(e.value.line);
      marks = Decoration.set([
        Decoration.line({ class: 'cm-exec-cell-error-line', attributes: { title: e.value.message, 'data-error': e.value.message } }).range(line.from),
      ]);
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Shift-Enter and Ctrl/Cmd-Enter run the cell, before any other binding sees them. */
export function runKeymap(onRun: () => void): Extension {
  const run = () => {
    onRun();
    return true;
  };
  return keymap.of([
    { key: 'Shift-Enter', run },
    { key: 'Mod-Enter', run },
  ]);
}



/**
 * Look and feel; colours come from the host's custom properties. One theme for every editor:
 * each EditorView.theme() call is a new style module whose rules CodeMirror inserts into the
 * document's one shared sheet, and Firefox now and then did not apply rules inserted into a
 * sheet already adopted by another cell's shadow root (the code fell back to CodeMirror's
 * plain `monospace`, ignoring the page's --exec-cell-mono).
 */
const cellTheme: Extension = EditorView.theme({
  '&': { color: 'var(--exec-cell-editor-fg)', backgroundColor: 'var(--exec-cell--editor-bg)', fontSize: 'var(--exec-cell-font-size, 0.9rem)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-content': { fontFamily: 'var(--exec-cell--mono)', caretColor: 'var(--exec-cell-editor-fg)', padding: '0.5rem 0' },
  '.cm-scroller': { fontFamily: 'var(--exec-cell--mono)', lineHeight: '1.45' },
  '.cm-gutters': { backgroundColor: 'transparent', color: 'var(--exec-cell--muted)', border: 'none' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 0.5em 0 0.75em', minWidth: '1.5em' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--exec-cell-editor-fg)' },
  '.cm-cursor': { borderLeftColor: 'var(--exec-cell-editor-fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--exec-cell--selection)' },
  '.cm-exec-cell-error-line': {
    backgroundColor: 'var(--exec-cell--error-bg)',
    boxShadow: 'inset 3px 0 0 var(--exec-cell--error-fg)',
  },
  '.cm-matchingBracket': { backgroundColor: 'var(--exec-cell--selection)', outline: '1px solid var(--exec-cell--muted)' },
});

/** The language support for a cell's language, or none (plain text) when we have none. */
export async function languageFor(name: string): Promise<Extension> {
  // Python (and Sage, which reads as Python); the language alone, without lang-python's
  // completion sources (and the autocomplete package they pull in): a cell has no popup.
  if (isPython(name)) return new LanguageSupport(pythonLanguage);
  const load = OTHER_LANGUAGES[name.toLowerCase()];
  if (!load) return [];
  try {
    return new LanguageSupport(await load());
  } catch {
    // A language chunk that did not load: the code stays editable, as plain text.
    return [];
  }
}

/**
 * Jobe's languages: CodeMirror's language packages, each fetched when a cell in it first
 * gets an editor (the language alone, as for Python: no completion sources).
 */
const OTHER_LANGUAGES: Record<string, () => Promise<Language>> = {
  c: () => import('@codemirror/lang-cpp').then((m) => m.cppLanguage),
  cpp: () => import('@codemirror/lang-cpp').then((m) => m.cppLanguage),
  'c++': () => import('@codemirror/lang-cpp').then((m) => m.cppLanguage),
  java: () => import('@codemirror/lang-java').then((m) => m.javaLanguage),
  javascript: () => import('@codemirror/lang-javascript').then((m) => m.javascriptLanguage),
  js: () => import('@codemirror/lang-javascript').then((m) => m.javascriptLanguage),
  nodejs: () => import('@codemirror/lang-javascript').then((m) => m.javascriptLanguage),
  php: () => import('@codemirror/lang-php').then((m) => m.phpLanguage),
};

export async function createEditor(o: EditorOptions): Promise<CellEditor> {
  const readOnly = new Compartment();
  const language = new Compartment();
  const readOnlyExt = (ro: boolean) => [EditorState.readOnly.of(ro), EditorView.editable.of(!ro)];
  const view = new EditorView({
    root: o.root,
    parent: o.parent,
    state: EditorState.create({
      doc: o.doc,
      extensions: [
        runKeymap(o.onRun),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        syntaxHighlighting(cellHighlighter),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        cellTheme,
        markField,
        readOnly.of(readOnlyExt(o.readOnly)),
        language.of(await languageFor(o.language)),
        // An explicit tabindex: contenteditable is in the tab order anyway, but checkers
        // (axe) only count the attribute, and a wide line makes the scroller a region.
        EditorView.contentAttributes.of({ 'aria-label': o.label, tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) o.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    setReadOnly: (ro) => view.dispatch({ effects: readOnly.reconfigure(readOnlyExt(ro)) }),
    setLanguage: async (name) => view.dispatch({ effects: language.reconfigure(await languageFor(name)) }),
    setCode: (code) => {
      if (code !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    markLine: (line, message = '') => {
      view.dispatch({ effects: setMark.of(line === null ? null : { line, message }) });
      if (line !== null && line <= view.state.doc.lines) {
        view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'nearest' }) });
      }
    },
    destroy: () => view.destroy(),
  };
}
