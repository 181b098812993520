// SPDX-License-Identifier: BSD-3-Clause
/**
 * The script-tag entry, `dist/exec-cell.js`: a small classic script (no `define()`, so it
 * lives beside RequireJS on Moodle pages). It reads the page defaults from its own tag,
 * offers `window.ExecCell` (with `rewrite`), turns the page's shortcodes and Thebe-style
 * markup into cells (now, and for content added later), and loads the element (and through
 * it everything heavy) as ES module chunks from its own folder, with `import()`.
 *
 * @packageDocumentation
 */
import { listenForLeave } from './page-leave.js';
import { cellAttributesOf, configFromAttributes, pageConfig, resolveBackend, sessionOptions, type PageConfig } from './config.js';
import { startEarly, type KernelModel } from './kernels/jupyter-start.js';
import { rewrite, upgradeShortcodes, type RewriteOptions } from './filter/index.js';
import { THEBE_DEFAULT_CELLS, THEBE_MARKERS } from './compat/thebe-markup.js';
import { juniperClass, thebeApi, type ThebeApi } from './compat/globals.js';
import { sagecellSetupFailed } from './kernels/sagecell/setup-failed.js';
import { supportedLanguage, type Language } from './i18n/tags.js';
import { codeNotLoaded } from './i18n/not-loaded.js';

/** The folder this script was loaded from: the chunks sit beside it. */
const script = document.currentScript as HTMLScriptElement | null;
const base = new URL('.', script?.src || document.baseURI).href;
const pageDefaults = script ? configFromAttributes(script) : {};
/**
 * `data-shortcodes="off"`: leave the page's text alone. The Moodle plugin sets it: Moodle's
 * filter has already turned every shortcode that went through it into a cell, and text that
 * did not (titles, names) must keep its brackets.
 */
const scanShortcodes = script?.dataset.shortcodes !== 'off';

/** The filter's options on this page: what the page allows its authors. */
function rewriteOptions(): RewriteOptions {
  return {
    allowTrustOutputs: pageConfig().allowTrustOutputs === true,
    allowAutorun: script?.dataset.allowAutorun !== 'false',
  };
}

/**
 * One of the modules beside this script. It carries the script's own query (the Moodle
 * plugin's `?v=version`), so an upgraded site never pairs a new script with a cached old
 * module; the chunks they load have hashed names.
 */
function importBeside<T>(file: string): Promise<T> {
  const query = script?.src ? new URL(script.src).search : '';
  return import(/* @vite-ignore */ new URL(`${file}${query}`, base).href) as Promise<T>;
}

/** The element module defines `<exec-cell>` when it evaluates. */
function loadElement(): Promise<unknown> {
  return importBeside('exec-cell-element.mjs');
}

const api = {
  version: __EXEC_CELL_VERSION__,
  /** The script tag's `data-*` defaults; the element module reads them from here. */
  pageDefaults: pageDefaults as PageConfig,
  /** Resolves when `<exec-cell>` is defined. */
  ready: undefined as unknown as Promise<void>,
  /** The folder the chunks load from. */
  base,
  /** Kernels started for autorun cells before the element arrived (see jupyter-start.ts). */
  kernelStarts: new Map<string, Promise<KernelModel>>(),
  /** What to do as the page goes away, run by this script's own pagehide listener (page-leave.ts). */
  leaveHooks: [] as Array<() => void>,
  /** Shortcodes in an HTML string to `<exec-cell>` markup, with this page's allowances. */
  rewrite: (html: string, options: RewriteOptions = {}): string => rewrite(html, { ...rewriteOptions(), ...options }),
};

/**
 * `sagecell.makeSagecell(...)`, the SageCell embed's API (DESIGN §5), so pages written for
 * embedded_sagecell.js work by swapping their script tag: a stub that loads the shim
 * (src/shim/sagecell.ts, its own small module) on the first call.
 */
function sagecellApi() {
  let shim: Promise<typeof import('./shim/sagecell.js')> | undefined;
  const load = () => (shim ??= importBeside('sagecell-shim.mjs'));
  return {
    templates: {
      minimal: { editor: 'textarea-readonly', hide: ['editor', 'files', 'permalink'] },
      restricted: { editor: 'codemirror-readonly', hide: ['files', 'permalink'] },
    },
    allLanguages: ['sage', 'gap', 'gp', 'html', 'macaulay2', 'maxima', 'octave', 'python', 'r', 'singular'],
    makeSagecell(args: import('./shim/sagecell.js').SagecellArgs): object {
      if (!args || args.inputLocation === undefined) throw new Error('makeSagecell: inputLocation is required.');
      const info = {};
      load()
        .then((m) => m.makeSagecell(args, info))
        .catch((e: unknown) => {
          const where = typeof args.inputLocation === 'string' ? document.querySelector(args.inputLocation) : args.inputLocation;
          const note = document.createElement('p');
          note.setAttribute('role', 'alert');
          const say = sagecellSetupFailed[languageAt(where)];
          note.textContent = say(e instanceof Error ? e.message : String(e));
          where?.append(note);
        });
      return info;
    },
    deleteSagecell(info: object): void {
      // `info` is what makeSagecell returned (the shim's CellInfo, filled in once it loaded).
      void load().then((m) => m.deleteSagecell(info as Parameters<typeof m.deleteSagecell>[0]));
    },
  };
}

declare global {
  interface Window {
    ExecCell: typeof api;
    sagecell?: ReturnType<typeof sagecellApi> & { root?: string };
    thebe?: ThebeApi;
    thebelab?: ThebeApi;
    thebeConfig?: unknown;
    Juniper?: ReturnType<typeof juniperClass>;
  }
  const __EXEC_CELL_VERSION__: string;
}

/** The module that turns Thebe markup into cells (src/compat/thebe.ts), loaded on pages that have some. */
let thebeCompat: Promise<typeof import('./compat/thebe.js')> | undefined;
const loadThebe = () => (thebeCompat ??= importBeside('thebe-compat.mjs'));
let juniperCompat: Promise<typeof import('./compat/juniper.js')> | undefined;
/** Set once the page calls `new Juniper(…)`: its `[data-executable]` cells are Juniper's, not Thebe's. */
let juniperUsed = false;
const loadJuniper = () => {
  juniperUsed = true;
  return (juniperCompat ??= importBeside('juniper-compat.mjs'));
};

/**
 * `thebe`, `thebelab` (the same object, as Thebe 0.8 defines both) and `Juniper`, for pages
 * that call them (src/compat/globals.ts); a page that has its own keeps it. A page that set a
 * plain `thebelab = { config }` (ThebeLab 0.1) gets the methods added to its object.
 */
function defineLegacyGlobals(): void {
  const existing = window.thebelab ?? window.thebe;
  if (!existing || typeof existing.bootstrap !== 'function') {
    const thebe = thebeApi(loadThebe, existing as Record<string, unknown> | undefined);
    window.thebe ??= thebe;
    if (!window.thebelab || typeof window.thebelab.bootstrap !== 'function') window.thebelab = thebe;
  }
  const JuniperStub = juniperClass(loadJuniper);
  window.Juniper ??= JuniperStub;
}

/** Cells from shortcodes and Thebe markup under `root`; safe to call again on the same text. */
function upgrade(root: ParentNode): void {
  if (scanShortcodes) upgradeShortcodes(root, rewriteOptions());
  const thebePage = document.querySelector('script[type="text/x-thebe-config"]') || window.thebeConfig;
  // On a Juniper page, `[data-executable]` cells are Juniper's (its constructor takes them).
  if (thebePage || (!juniperUsed && root.querySelector(THEBE_MARKERS))) {
    const thebe = window.thebe;
    if (!thebe || typeof thebe.bootstrap !== 'function') return;
    loadThebe()
      .then((m) => m.autoUpgrade(root, thebe))
      .catch((e: unknown) => sayNotLoaded(e));
  }
}

/**
 * A cell that runs on its own on a Jupyter server needs a kernel first, and a kernel takes far
 * longer to start than the element takes to load: ask for it now. Called as soon as this
 * script runs (cells above the script tag) and again once the page is parsed (the rest, and
 * cells made from shortcodes); each kernel is asked for once.
 */
function startAutorunKernels(): void {
  const page = pageConfig();
  if (page.problems) return; // the cells will not run: they say why
  for (const cell of document.querySelectorAll('exec-cell[autorun]:not([isolated])')) {
    const attrs = cellAttributesOf(cell);
    const backend = resolveBackend(attrs, page);
    if (backend !== 'jupyter') continue;
    try {
      const options = sessionOptions(backend, attrs, page);
      // A hub cell's server and token come from the site's endpoint, asked when the cell runs.
      if (!options.tokenUrl) startEarly(options);
    } catch {
      // Attributes the cell will report itself when it runs.
    }
  }
}

/** Content added later (a quiz question loaded by a script, an expanded section) is upgraded too. */
function watchPage(): void {
  new MutationObserver((mutations) => {
    const targets = new Set<ParentNode>();
    for (const m of mutations) {
      // One block may span several added nodes: upgrade their common parent, not each node.
      if (m.addedNodes.length && m.target.isConnected) targets.add(m.target as ParentNode);
    }
    for (const target of targets) upgrade(target);
  }).observe(document.body, { childList: true, subtree: true });
}

function onParsed(then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
}

// Before the import: cells upgrade while the module evaluates, and read the defaults then.
window.ExecCell = api;
listenForLeave(api.leaveHooks);
window.sagecell ??= sagecellApi();
defineLegacyGlobals();
startAutorunKernels();
onParsed(() => {
  upgrade(document.body);
  startAutorunKernels();
  watchPage();
});
const ready = loadElement();
api.ready = ready.then(() => undefined);
ready.catch(sayNotLoaded);

/**
 * The language of a sentence the loader writes itself beside `el`: the closest `lang`, else the
 * page's, as i18n/language.ts finds it (that module would bring every catalogue into this
 * script, so the loader's few sentences carry their six languages themselves).
 */
function languageAt(el: Element | null | undefined): Language {
  const tag = el?.closest('[lang]:not([lang=""])')?.getAttribute('lang') ?? pageConfig().lang ?? '';
  return supportedLanguage(tag) ?? 'en';
}

/**
 * The cells stay readable as code (the filter's style), but the reader must learn why nothing
 * runs: say it where the cells are (Thebe's blocks too, when their module did not load).
 */
function sayNotLoaded(e: unknown): void {
  const reason = e instanceof Error ? e.message : String(e);
  onParsed(() => {
    for (const cell of document.querySelectorAll(`exec-cell:not(:defined), ${THEBE_DEFAULT_CELLS}`)) {
      if (cell.nextElementSibling?.matches('p.exec-cell-not-loaded')) continue;
      const note = document.createElement('p');
      note.className = 'exec-cell-not-loaded';
      note.setAttribute('role', 'alert');
      note.textContent = codeNotLoaded[languageAt(cell)](base, reason);
      cell.after(note);
    }
  });
}
