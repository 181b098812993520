// SPDX-License-Identifier: BSD-3-Clause
/**
 * Pages written for Thebe (0.5 to 0.9) and ThebeLab (0.1 to 0.4) switch by changing one
 * script tag (DESIGN §5). This module, loaded by the script tag only on such pages, reads the
 * page's Thebe config as Thebe does (its `text/x-thebe-config` blocks merged in page order,
 * ThebeLab 0.1's `window.thebeConfig` and `thebelab.config` under them, the options given
 * to `bootstrap()` over them) and turns each element matching Thebe's `selector` into an
 * `<exec-cell>` with the same code (Thebe's own reading: the text, trimmed).
 *
 * The config's kernel, server and Binder repo become PAGE DEFAULTS, below everything the site
 * owner sets for exec-cell (see config.ts, LegacyDefaults): a `data-backend="pyodide"` on the
 * script tag moves a Binder page to the browser's Python without touching the page.
 *
 * @packageDocumentation
 */
import JSON5 from 'json5';
import { addPageProblem, isJsonObject, type PageConfig } from '../config.js';
import { THEBE_DEFAULT_CELLS } from './thebe-markup.js';
import { keepOutputUntilRun, legacyCode, replaceWithCell, reportStatus } from './cells.js';
import type { ThebeApi } from './globals.js';

export interface ThebeConfig {
  bootstrap?: boolean;
  selector?: string;
  outputSelector?: string;
  predefinedOutput?: boolean;
  stripPrompts?: false | { inPrompt?: string; continuationPrompt?: string; excludeOutput?: boolean; selector?: string };
  requestKernel?: boolean;
  useBinder?: boolean;
  useJupyterLite?: boolean;
  mathjaxUrl?: string | false;
  mathjaxConfig?: string;
  codeMirrorConfig?: { readOnly?: boolean | string; [k: string]: unknown };
  binderOptions?: {
    repo?: string;
    ref?: string;
    binderUrl?: string;
    repoProvider?: string;
    codeMirrorConfig?: { readOnly?: boolean | string };
    [k: string]: unknown;
  };
  kernelOptions?: { name?: string; kernelName?: string; serverSettings?: ServerSettings; [k: string]: unknown };
  kernelName?: string;
  serverSettings?: ServerSettings;
  [other: string]: unknown;
}
interface ServerSettings {
  baseUrl?: string;
  token?: string;
  [k: string]: unknown;
}

/** Thebe's provider names (binderOptions.repoProvider), as Binder's URL prefixes. */
const PROVIDERS: Record<string, string> = {
  github: 'gh',
  gitlab: 'gl',
  git: 'git',
  gist: 'gist',
  zenodo: 'zenodo',
  figshare: 'figshare',
  dataverse: 'dataverse',
  hydroshare: 'hydroshare',
  ckan: 'ckan',
};

/**
 * The page defaults a Thebe config asks for: a Binder repo (with its ref and provider) unless
 * `useBinder: false`; else the Jupyter server of `kernelOptions.serverSettings`; the
 * browser's Python for `useJupyterLite`; and the kernel name.
 */
export function defaultsFromThebeConfig(config: ThebeConfig): PageConfig {
  const out: PageConfig = {};
  const server = config.kernelOptions?.serverSettings ?? config.serverSettings;
  const binder = config.binderOptions;
  if (config.useJupyterLite) out.backend = 'pyodide';
  else if (binder?.repo && config.useBinder !== false) {
    out.backend = 'binder';
    out.repo = binder.repo;
    if (binder.ref) out.ref = binder.ref;
    if (binder.binderUrl) out.binderUrl = binder.binderUrl;
    const provider = PROVIDERS[String(binder.repoProvider ?? 'github').toLowerCase()];
    if (provider) out.provider = provider;
    else addPageProblem(`the Thebe config's binderOptions.repoProvider “${String(binder.repoProvider)}” is not one Binder knows (${Object.keys(PROVIDERS).join(', ')})`);
  } else if (server?.baseUrl) {
    out.backend = 'jupyter';
    out.server = server.baseUrl;
    if (server.token) out.token = server.token;
  }
  const kernel = config.kernelOptions?.name ?? config.kernelOptions?.kernelName ?? config.kernelName;
  if (kernel) out.kernel = kernel;
  return out;
}

/**
 * The page's Thebe config. Thebe evaluates its blocks as JavaScript object literals; exec-cell
 * reads them as JSON5 (unquoted keys, single quotes, trailing commas and comments, as Thebe's
 * documentation writes them) and never runs page text as code. Blocks merge in page order,
 * objects key by key (Thebe's deep `$.extend`).
 */
export function readThebeConfig(doc: Document, extra?: Record<string, unknown>): ThebeConfig {
  let config: Record<string, unknown> = {};
  const win = doc.defaultView as (Window & { thebeConfig?: unknown; thebelab?: { config?: unknown } }) | null;
  // ThebeLab 0.1: the page sets a config object in a script of its own.
  for (const legacy of [win?.thebeConfig, win?.thebelab?.config]) {
    if (isJsonObject(legacy)) config = merged(config, legacy);
  }
  for (const block of doc.querySelectorAll('script[type="text/x-thebe-config"]')) {
    if (!block.textContent?.trim()) continue;
    try {
      const parsed: unknown = JSON5.parse(block.textContent);
      if (isJsonObject(parsed)) config = merged(config, parsed);
      else addPageProblem('the text/x-thebe-config block is not an object ({ kernelOptions: … })');
    } catch (e) {
      addPageProblem(`the text/x-thebe-config block cannot be read (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  if (extra && isJsonObject(extra)) config = merged(config, extra);
  return config as ThebeConfig;
}

/** `over` on top of `base`, objects merged key by key (as Thebe's deep extend does). */
function merged(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] = isJsonObject(prior) && isJsonObject(value) ? merged(prior, value) : value;
  }
  return out;
}

/**
 * Thebe's `stripPrompts` (ThebeLab's `splitCell`): in each element matching its selector
 * with an input prompt, the prompted lines (prompt removed) and their continuation lines
 * become cells; an output line or the end closes a cell. Lines are trimmed, as Thebe does.
 * Returns the code of each cell, or undefined where the text has no prompt (left as it is).
 */
export function splitPrompts(text: string, inPrompt: string, continuationPrompt?: string): string[] | undefined {
  const raw = text.trim();
  if (!inPrompt || !raw.includes(inPrompt)) return undefined;
  const cells: string[] = [];
  let cell: string | null = null;
  for (let line of raw.split('\n')) {
    line = line.trim();
    if (line.startsWith(inPrompt)) cell = (cell ?? '') + line.slice(inPrompt.length) + '\n';
    else if (continuationPrompt && line.startsWith(continuationPrompt) && cell !== null) cell += line.slice(continuationPrompt.length) + '\n';
    else if (cell !== null) {
      cells.push(cell);
      cell = null;
    }
  }
  if (cell !== null) cells.push(cell);
  return cells;
}

/** Thebe's reading of `data-readonly`: present and not "false" (jQuery's `.data()` makes "false" false). */
export function thebeReadOnly(element: Element, config: ThebeConfig): boolean {
  const own = element.getAttribute('data-readonly');
  if (own !== null) return own.trim().toLowerCase() !== 'false';
  const cm = config.codeMirrorConfig ?? config.binderOptions?.codeMirrorConfig;
  return cm?.readOnly === true || cm?.readOnly === 'nocursor';
}

/** Cells this module made, per document, for status reports and `thebe.cells`. */
const made = new Set<Element>();
let statusHooked = false;

/**
 * Upgrade the Thebe cells under `root`: prompts split first, then every element matching the
 * selector (not already a cell, not inside one) becomes an `<exec-cell>`. Safe to call again.
 */
export function upgradeThebeMarkup(root: ParentNode, api?: ThebeApi, options?: Record<string, unknown>): HTMLElement[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const config = readThebeConfig(doc, options);
  const win = doc.defaultView as (Window & { ExecCell?: { legacyDefaults?: PageConfig } }) | null;
  if (win?.ExecCell) win.ExecCell.legacyDefaults = defaultsFromThebeConfig(config);

  if (api && !statusHooked) {
    statusHooked = true;
    // Thebe's status names (its `events.trigger('status', { status, message })`).
    reportStatus(
      made,
      { connecting: 'starting', ready: 'ready', busy: 'busy', idle: 'idle', error: 'failed' },
      (status, cell) => api.events.trigger('status', { status, message: MESSAGES[status] ?? status, cell }),
    );
  }

  const strip = config.stripPrompts;
  if (strip && strip.inPrompt) {
    const where = strip.selector ?? config.selector ?? THEBE_DEFAULT_CELLS;
    for (const el of root.querySelectorAll<HTMLElement>(where)) {
      if (el.closest('exec-cell') || el.dataset.execCellSplit) continue;
      const parts = splitPrompts(el.textContent ?? '', strip.inPrompt, strip.continuationPrompt);
      if (!parts) continue;
      // Thebe empties the element and fills it with one executable <pre> per cell. A <pre>
      // that holds cells becomes a <div> (same id and classes): a cell inside a <pre> would
      // inherit its white-space.
      let holder: HTMLElement = el;
      if (el.localName === 'pre') {
        holder = doc.createElement('div');
        for (const attr of el.attributes) holder.setAttribute(attr.name, attr.value);
        el.replaceWith(holder);
      }
      holder.dataset.execCellSplit = '';
      holder.replaceChildren(
        ...parts.map((code) => {
          const pre = doc.createElement('pre');
          pre.setAttribute('data-executable', 'true');
          const language = el.getAttribute('data-language');
          if (language) pre.setAttribute('data-language', language);
          pre.textContent = code;
          return pre;
        }),
      );
    }
  }

  const selector = config.selector ?? THEBE_DEFAULT_CELLS;
  let elements: HTMLElement[];
  try {
    elements = [...root.querySelectorAll<HTMLElement>(selector)];
  } catch {
    addPageProblem(`the Thebe config's selector “${selector}” is not a CSS selector`);
    return [];
  }
  const cells: HTMLElement[] = [];
  for (const el of elements) {
    if (el.localName === 'exec-cell' || el.closest('exec-cell') || !el.isConnected) continue;
    if (el.querySelector(selector)) continue; // a holder of cells (stripPrompts), not a cell
    const output = config.outputSelector !== undefined || config.predefinedOutput !== false ? nextOutput(el, config) : undefined;
    const attrs: Record<string, string> = {};
    const language = el.getAttribute('data-language');
    if (language) attrs.language = language;
    if (thebeReadOnly(el, config)) attrs.readonly = '';
    const cell = replaceWithCell(el, legacyCode(el.textContent ?? ''), attrs);
    if (output && config.predefinedOutput !== false) keepOutputUntilRun(cell, output);
    made.add(cell);
    cells.push(cell);
  }
  if (api) api.cells = [...made].filter((c) => c.isConnected) as HTMLElement[];
  return cells;
}

/** The element right after a Thebe cell when it matches `outputSelector` (default `[data-output]`). */
function nextOutput(el: Element, config: ThebeConfig): HTMLElement | undefined {
  const next = el.nextElementSibling;
  try {
    return next?.matches(config.outputSelector ?? '[data-output]') ? (next as HTMLElement) : undefined;
  } catch {
    return undefined;
  }
}

const MESSAGES: Record<string, string> = {
  starting: 'Starting Kernel',
  ready: 'Kernel is ready',
  busy: 'Kernel is busy',
  idle: 'Kernel is idle',
  failed: 'Kernel failed',
};

/**
 * Called by the script tag once the page is parsed: upgrades the page unless its config says
 * `bootstrap: false` (then the page turns its cells on itself, with `thebe.bootstrap()`).
 * Thebe's default is not to start; exec-cell starts every page that does not say so, since
 * a cell costs nothing until the reader runs it.
 */
export function autoUpgrade(root: ParentNode, api: ThebeApi): void {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  if (readThebeConfig(doc).bootstrap === false && !bootstrapped) return;
  upgradeThebeMarkup(root, api);
}

let bootstrapped = false;

/**
 * `thebe.bootstrap(options)` / `thebelab.bootstrap(options)`: upgrade the page with the
 * options over its config. Resolves (to the cells) once they are in place, as Thebe's promise
 * resolves once it is ready; fires Thebe's `status` events as the cells connect and run.
 */
export async function bootstrap(api: ThebeApi, options?: Record<string, unknown>): Promise<HTMLElement[]> {
  bootstrapped = true;
  await new Promise<void>((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    else resolve();
  });
  upgradeThebeMarkup(document, api, options);
  return api.cells;
}
