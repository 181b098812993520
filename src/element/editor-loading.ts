// SPDX-License-Identifier: BSD-3-Clause
/**
 * When the page fetches the editor (CodeMirror, the largest chunk): not before the first
 * output. Cells show their code as editable text at once, so nothing waits for it; the
 * editor arrives when the first of these happens:
 * - the reader shows intent: a pointer over a cell, a touch, focus in a cell;
 * - a cell finished its first run (its output is on screen);
 * - the page has loaded and is idle, when no cell runs on its own (`autorun`).
 *
 * @packageDocumentation
 */
import type * as EditorSetup from '../editor/setup.js';

let module: Promise<typeof EditorSetup> | undefined;
let wantedResolve: (() => void) | undefined;
const wanted = new Promise<void>((resolve) => (wantedResolve = resolve));
let watching = false;

/** The editor module; starts the download on first call. */
export function loadEditorModule(): Promise<typeof EditorSetup> {
  module ??= import('../editor/setup.js');
  return module;
}

/** Start loading editors now (the reader wants to edit). */
export function wantEditorsNow(): void {
  wantedResolve?.();
}

/** Resolves when the page should create the editors of visible cells. */
export function editorsWanted(): Promise<void> {
  if (!watching) {
    watching = true;
    watch();
  }
  return wanted;
}

function watch(): void {
  const intent = (e: Event) => {
    if (e.composedPath().some((n) => (n as Element).localName === 'exec-cell')) done();
  };
  const events = ['pointerover', 'touchstart', 'focusin'] as const;
  const done = () => {
    for (const type of events) document.removeEventListener(type, intent, true);
    document.removeEventListener('exec-cell-done', done, true);
    wantEditorsNow();
  };
  for (const type of events) document.addEventListener(type, intent, { capture: true, passive: true });
  document.addEventListener('exec-cell-done', done, true);
  whenLoadedAndIdle(() => {
    // A cell that runs on its own gets its output first; its editor comes with exec-cell-done.
    if (!document.querySelector('exec-cell[autorun]')) done();
  });
}

function whenLoadedAndIdle(then: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
