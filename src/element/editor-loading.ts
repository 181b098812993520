// SPDX-License-Identifier: BSD-3-Clause
/**
 * When the page fetches what shows and edits code (never ahead of the first output). Cells
 * show their code as editable text at once, so nothing waits for these:
 * - the syntax colours (the Lezer parser, small) for cells near the viewport, after the first
 *   of: the reader shows intent (a pointer over a cell, a touch, focus in a cell), a cell
 *   finished a run, or the page loaded and went idle with no cell running on its own
 *   (`autorun`);
 * - the editor (CodeMirror, the largest chunk): fetched when the reader shows intent; a
 *   cell's editor is created only when the reader goes to edit that cell.
 *
 * @packageDocumentation
 */
import type * as EditorSetup from '../editor/setup.js';
import type * as Highlighter from '../editor/highlighter.js';

let editorModule: Promise<typeof EditorSetup> | undefined;
let highlighterModule: Promise<typeof Highlighter> | undefined;
let colouringResolve: (() => void) | undefined;
const colouring = new Promise<void>((resolve) => (colouringResolve = resolve));
let watching = false;

/** The editor module; starts the download on first call. */
export function loadEditorModule(): Promise<typeof EditorSetup> {
  editorModule ??= import('../editor/setup.js');
  return editorModule;
}

/** The syntax colouring module; starts the download on first call. */
export function loadHighlighter(): Promise<typeof Highlighter> {
  highlighterModule ??= import('../editor/highlighter.js');
  return highlighterModule;
}

/** Resolves when cells near the viewport should colour their code. */
export function colouringWanted(): Promise<void> {
  if (!watching) {
    watching = true;
    watch();
  }
  return colouring;
}

/** The reader is at a cell: colour code now, and fetch the editor they may open next. */
export function readerIsHere(): void {
  colouringResolve?.();
  void loadEditorModule();
}

const INTENT = ['pointerover', 'touchstart', 'focusin'] as const;

function watch(): void {
  const intent = (e: Event) => {
    if (!e.composedPath().some((n) => (n as Element).localName === 'exec-cell')) return;
    for (const type of INTENT) document.removeEventListener(type, intent, true);
    readerIsHere();
  };
  for (const type of INTENT) document.addEventListener(type, intent, { capture: true, passive: true });
  document.addEventListener('exec-cell-done', () => colouringResolve?.(), { capture: true, once: true });
  whenLoadedAndIdle(() => {
    // A cell that runs on its own gets its output first; the colours come with exec-cell-done.
    if (!document.querySelector('exec-cell[autorun]')) colouringResolve?.();
  });
}

function whenLoadedAndIdle(then: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
