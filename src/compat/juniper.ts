// SPDX-License-Identifier: BSD-3-Clause
/**
 * `new Juniper({...})` (ines/juniper 0.1) for pages written for Juniper: the script tag's
 * `Juniper` global loads this module and upgrades the page's cells as Juniper's constructor
 * does: every element matching `selector` (default `[data-executable]`) becomes a cell with
 * its text, trimmed (Juniper's `textContent.trim()`), and `data-language` as its language.
 *
 * Options (Juniper's `src/index.js`):
 * - `repo`, `branch` (default `master`), `url` (the BinderHub) with `useBinder` (default
 *   true): the page's Binder defaults; `serverSettings.baseUrl`/`token` with `useBinder:
 *   false`: the page's Jupyter server. Page defaults, below the script tag's (config.ts).
 * - `kernelType` (default `python3`): the kernel name. `language`: the cells' language.
 * - `isolateCells` (default true; Juniper restarts the kernel before each run): `isolated`.
 * - `eventName` (default `juniper`): status events on the document, `detail: { status }`,
 *   in Juniper's words (`requesting-kernel`, `ready`, `executing`, `failed`).
 * - `selector`, `noAutoInit`: as Juniper. `useStorage`, `storageKey`, `storageExpire` (Juniper
 *   keeps the Binder server's address): exec-cell keeps its own; `theme`, `classNames`,
 *   `msgLoading`, `msgError`: exec-cell draws its own cell and says its own messages.
 *
 * @packageDocumentation
 */
import type { PageConfig } from '../config.js';
import { legacyCode, replaceWithCell, reportStatus } from './cells.js';

export interface JuniperOptions {
  selector?: string;
  repo?: string;
  branch?: string;
  url?: string;
  serverSettings?: { baseUrl?: string; token?: string };
  kernelType?: string;
  language?: string;
  isolateCells?: boolean;
  useBinder?: boolean;
  eventName?: string;
  [other: string]: unknown;
}

/** The page defaults Juniper's options ask for. */
export function defaultsFromJuniper(o: JuniperOptions): PageConfig {
  const out: PageConfig = {};
  if (o.useBinder !== false && o.repo) {
    out.backend = 'binder';
    out.repo = o.repo;
    out.ref = o.branch || 'master';
    if (o.url) out.binderUrl = o.url;
  } else if (o.serverSettings?.baseUrl) {
    out.backend = 'jupyter';
    out.server = o.serverSettings.baseUrl;
    if (o.serverSettings.token) out.token = o.serverSettings.token;
  }
  out.kernel = o.kernelType || 'python3';
  return out;
}

const made = new Set<Element>();
const hookedEvents = new Set<string>();

/** Upgrade `only` (or every element matching the selector) as Juniper would. */
export function upgradeJuniper(doc: Document, options: JuniperOptions, only?: Element[]): HTMLElement[] {
  const o = options ?? {};
  const win = doc.defaultView as (Window & { ExecCell?: { legacyDefaults?: PageConfig } }) | null;
  if (win?.ExecCell) win.ExecCell.legacyDefaults = defaultsFromJuniper(o);
  const eventName = o.eventName || 'juniper';
  if (!hookedEvents.has(eventName)) {
    hookedEvents.add(eventName);
    reportStatus(made, { connecting: 'requesting-kernel', ready: 'ready', busy: 'executing', idle: 'idle', error: 'failed' }, (status) =>
      doc.dispatchEvent(new CustomEvent(eventName, { detail: { status } })),
    );
  }
  const elements = only ?? [...doc.querySelectorAll(o.selector || '[data-executable]')];
  const cells: HTMLElement[] = [];
  for (const el of elements) {
    if (el.localName === 'exec-cell' || el.closest('exec-cell') || !el.isConnected) continue;
    const attrs: Record<string, string> = {};
    const language = el.getAttribute('data-language') || o.language;
    if (language) attrs.language = language;
    if (o.isolateCells !== false) attrs.isolated = '';
    const cell = replaceWithCell(el, legacyCode(el.textContent ?? ''), attrs);
    made.add(cell);
    cells.push(cell);
  }
  return cells;
}
