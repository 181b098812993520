// SPDX-License-Identifier: BSD-3-Clause
/**
 * The reader's edits, kept in localStorage so they survive reloads, kernel deaths and
 * network drops (DESIGN §4). The key holds the page path, the cell's index on the page and a
 * hash of the author's code: when the author changes the original, the new original wins.
 *
 * Storage may be unavailable (private modes, sandboxed frames, a full quota); then edits
 * simply live as long as the page.
 *
 * @packageDocumentation
 */

const PREFIX = 'exec-cell:v1:';

export function editKey(path: string, index: number, authorCode: string): string {
  return `${PREFIX}${path}#${index}:${hash(authorCode)}`;
}

/** The cells of each root, listed once per task: a page of n cells looks itself up once, not n times. */
const cellsOf = new Map<Document | ShadowRoot, Element[]>();

/**
 * A cell's index among the cells of its document (or shadow root), part of its storage key.
 * The cells upgraded together (a page's, as it loads) share one list; a cell added since is
 * not in it and lists the root afresh.
 */
export function indexOnPage(cell: Element): number {
  const root = cell.getRootNode() as Document | ShadowRoot;
  let index = cellsOf.get(root)?.indexOf(cell) ?? -1;
  if (index < 0) {
    if (cellsOf.size === 0) setTimeout(() => cellsOf.clear());
    const cells = [...root.querySelectorAll(cell.localName)];
    cellsOf.set(root, cells);
    index = cells.indexOf(cell);
  }
  return index;
}

export function loadEdit(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Save the reader's code; saving the author's own code removes the entry. */
export function saveEdit(key: string, code: string, authorCode: string): void {
  try {
    if (code === authorCode) localStorage.removeItem(key);
    else localStorage.setItem(key, code);
  } catch {
    // No storage (or no room): the edit lives as long as the page does.
  }
}

/** FNV-1a, 32 bits, as hex: short and stable; collisions only cost a lost draft. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
