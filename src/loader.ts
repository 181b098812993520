// SPDX-License-Identifier: BSD-3-Clause
/**
 * The script-tag entry, `dist/exec-cell.js`: a small classic script (no `define()`, so it
 * lives beside RequireJS on Moodle pages). It reads the page defaults from its own tag,
 * offers `window.ExecCell`, and loads the element (and through it everything heavy) as ES
 * module chunks from its own folder, with `import()`.
 *
 * @packageDocumentation
 */
import { configFromAttributes, type PageConfig } from './config.js';

/** The folder this script was loaded from: the chunks sit beside it. */
const script = document.currentScript as HTMLScriptElement | null;
const base = new URL('.', script?.src || document.baseURI).href;
const pageDefaults = script ? configFromAttributes(script) : {};

/** The element module defines `<exec-cell>` when it evaluates. */
function loadElement(): Promise<unknown> {
  return import(/* @vite-ignore */ new URL('exec-cell.mjs', base).href);
}

const api = {
  version: __EXEC_CELL_VERSION__,
  /** The script tag's `data-*` defaults; the element module reads them from here. */
  pageDefaults: pageDefaults as PageConfig,
  /** Resolves when `<exec-cell>` is defined. */
  ready: undefined as unknown as Promise<void>,
  /** The folder the chunks load from. */
  base,
};

declare global {
  interface Window {
    ExecCell: typeof api;
  }
  const __EXEC_CELL_VERSION__: string;
}

// Before the import: cells upgrade while the module evaluates, and read the defaults then.
window.ExecCell = api;
const ready = loadElement();
api.ready = ready.then(() => undefined);
ready.catch((e: unknown) => {
  // The cells stay readable as code (the filter's style), but the reader must learn why
  // nothing runs: say it where the cells are.
  const reason = e instanceof Error ? e.message : String(e);
  for (const cell of document.querySelectorAll('exec-cell:not(:defined)')) {
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = `exec-cell could not load its code from ${base} (${reason}). Reload the page; if it persists, tell the page's author.`;
    cell.after(note);
  }
});

