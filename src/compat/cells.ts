// SPDX-License-Identifier: BSD-3-Clause
/**
 * What Thebe and Juniper compatibility share: an old library's code element replaced by an
 * `<exec-cell>` with the same code, and the cells' status told in the old library's words.
 *
 * @packageDocumentation
 */

import { readCode } from '../filter/code.js';

/**
 * The code in an old library's cell element. Thebe and Juniper take the text, trimmed; this
 * removes the common indentation first. The result is the same wherever the old library's
 * code could run (its first line then starts at the margin), and right where the page indents
 * the whole block (which left the old library an IndentationError).
 */
export function legacyCode(text: string): string {
  return readCode(text).trim();
}

/**
 * Replace `element` by an `<exec-cell>` holding `code` exactly (a `<pre>` child: DESIGN §4),
 * with `attrs`, the element's id and its classes (the page's own CSS and scripts may find the
 * cell by them). Returns the cell.
 */
export function replaceWithCell(element: Element, code: string, attrs: Record<string, string>): HTMLElement {
  const doc = element.ownerDocument;
  const cell = doc.createElement('exec-cell');
  for (const [name, value] of Object.entries(attrs)) cell.setAttribute(name, value);
  if (element.id) cell.id = element.id;
  if (element.className && typeof element.className === 'string') cell.className = element.className;
  const pre = doc.createElement('pre');
  pre.textContent = code;
  cell.append(pre);
  element.replaceWith(cell);
  return cell;
}

/** exec-cell's status names (DESIGN §4). */
type CellStatus = 'idle' | 'connecting' | 'busy' | 'error';

/** What an old library called each step; `ready` is said once a connect ends well. */
export interface StatusWords {
  connecting: string;
  ready: string;
  busy: string;
  idle: string;
  error: string;
}

/**
 * Call `report(word, cell)` in the old library's words each time one of `cells` changes
 * status. Listens on the document (the events bubble), so cells made later by the same
 * call are covered by adding them to the set.
 */
export function reportStatus(cells: Set<Element>, words: StatusWords, report: (word: string, cell: HTMLElement) => void): void {
  const last = new WeakMap<Element, CellStatus>();
  document.addEventListener('exec-cell-status', (e) => {
    const cell = e.target as HTMLElement;
    if (!cells.has(cell)) return;
    const status = (e as CustomEvent<{ status: CellStatus }>).detail?.status;
    const before = last.get(cell);
    last.set(cell, status);
    // A kernel that has connected is ready, whether the cell then waits or runs at once.
    if (before === 'connecting' && (status === 'idle' || status === 'busy')) report(words.ready, cell);
    if (status === 'connecting') report(words.connecting, cell);
    else if (status === 'busy') report(words.busy, cell);
    else if (status === 'error') report(words.error, cell);
    else if (status === 'idle') report(words.idle, cell);
  });
}

/**
 * Keep the page's own output (`output`, shown after the cell) until the cell's first run,
 * then hide it: the run's outputs replace it, as Thebe's `predefinedOutput` does.
 */
export function keepOutputUntilRun(cell: HTMLElement, output: HTMLElement): void {
  cell.addEventListener(
    'exec-cell-run',
    (e) => {
      if (!e.defaultPrevented) output.hidden = true;
    },
    { once: true },
  );
}
