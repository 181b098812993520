// SPDX-License-Identifier: BSD-3-Clause
/**
 * When the page fetches what shows and edits code (never ahead of the first output). Cells
 * show their code as editable text at once, so nothing waits for these:
 * - the syntax colours (the Lezer parser, 34 KiB) for cells near the viewport, after the first
 *   of: the page loaded and went idle with no run under way, a run ended, the reader goes to
 *   edit, or a second after the reader showed intent (a pointer over a cell, a touch, focus in
 *   a cell) unless a run has started by then (then once runs have ended). Colours help reading,
 *   but a reader who points at Run wants its output first;
 * - the editor (CodeMirror, the largest chunk): fetched when the reader goes to edit, or a
 *   second after they show intent unless a run has started by then (then once runs have
 *   ended); a cell's editor is created only when the reader goes to edit that cell.
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

/**
 * The reader is at a cell: colour code now, and fetch the editor they may open next, but not
 * ahead of a run's output. A pointer over a cell is most often on its way to Run, and the
 * editor is the largest download: so it waits a moment, and if a run has started by then, until
 * the runs have ended. A reader who goes to edit gets it at once (EditorController.mount).
 */
export function readerIsHere(): void {
  if (prefetchPlanned) return;
  prefetchPlanned = true;
  setTimeout(function prefetch() {
    if (runsUnderWay > 0) {
      document.addEventListener('exec-cell-done', prefetch, { capture: true, once: true });
      return;
    }
    colouringResolve?.();
    void loadEditorModule();
  }, INTENT_GRACE_MS);
}

/** The reader goes to edit a cell: colour code now (the editor itself is on its way). */
export function readerEdits(): void {
  colouringResolve?.();
  readerIsHere();
}

/** How long after the reader's first sign of intent the editor's download waits for a run to start. */
const INTENT_GRACE_MS = 1000;
let prefetchPlanned = false;
/** Runs started and not yet done, anywhere on the page. */
let runsUnderWay = 0;

const INTENT = ['pointerover', 'touchstart', 'focusin'] as const;

function watch(): void {
  document.addEventListener('exec-cell-run', (e) => void (e.defaultPrevented || runsUnderWay++), { capture: false });
  document.addEventListener('exec-cell-done', () => (runsUnderWay = Math.max(0, runsUnderWay - 1)), { capture: true });
  const intent = (e: Event) => {
    if (!e.composedPath().some((n) => (n as Element).localName === 'exec-cell')) return;
    for (const type of INTENT) document.removeEventListener(type, intent, true);
    readerIsHere();
  };
  for (const type of INTENT) document.addEventListener(type, intent, { capture: true, passive: true });
  document.addEventListener('exec-cell-done', () => colouringResolve?.(), { capture: true, once: true });
  whenLoadedAndIdle(() => {
    // A run under way (the reader's, or a cell's that runs on its own) gets its output first;
    // the colours come with exec-cell-done.
    if (runsUnderWay === 0 && !document.querySelector('exec-cell[autorun]')) colouringResolve?.();
  });
}

function whenLoadedAndIdle(then: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
