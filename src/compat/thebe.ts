// SPDX-License-Identifier: BSD-3-Clause
/**
 * Pages written for Thebe switch by changing one script tag (DESIGN §5): each
 * `pre[data-executable]` becomes an `<exec-cell>` with the same code, and the page's
 * `<script type="text/x-thebe-config">` blocks (kernel name, Jupyter server, Binder repo)
 * become the cells' attributes. Thebe's own options (`selector`, `stripPrompts`, …) are not
 * read. A module of its own, loaded by the script tag only on pages with Thebe markup.
 *
 * @packageDocumentation
 */
import JSON5 from 'json5';
import { addPageProblem, isJsonObject } from '../config.js';
import { THEBE_CELLS } from './thebe-markup.js';

interface ThebeConfig {
  useBinder?: boolean;
  binderOptions?: { repo?: string; ref?: string; binderUrl?: string; repoProvider?: string };
  kernelOptions?: { name?: string; serverSettings?: ServerSettings };
  serverSettings?: ServerSettings;
}
interface ServerSettings {
  baseUrl?: string;
  token?: string;
}

/** Thebe's provider names, as Binder's URL prefixes. */
const PROVIDERS: Record<string, string> = { github: 'gh', gitlab: 'gl', git: 'git', gist: 'gist', zenodo: 'zenodo', figshare: 'figshare', dataverse: 'dataverse' };

/** The cell attributes a Thebe config asks for. */
export function attributesFromThebeConfig(config: ThebeConfig): Record<string, string> {
  const attrs: Record<string, string> = {};
  const server = config.kernelOptions?.serverSettings ?? config.serverSettings;
  const binder = config.binderOptions;
  if (binder?.repo && config.useBinder !== false) {
    attrs.repo = binder.repo;
    if (binder.ref) attrs.ref = binder.ref;
    if (binder.binderUrl) attrs['binder-url'] = binder.binderUrl;
    const provider = PROVIDERS[(binder.repoProvider ?? 'github').toLowerCase()];
    if (provider && provider !== 'gh') attrs.provider = provider;
  } else if (server?.baseUrl) {
    attrs.server = server.baseUrl;
    if (server.token) attrs.token = server.token;
  }
  if (config.kernelOptions?.name) attrs.kernel = config.kernelOptions.name;
  return attrs;
}

/**
 * The page's Thebe config. Thebe reads its blocks as JSON5 (unquoted keys, single quotes and
 * trailing commas, as its documentation writes them) and merges them in page order; so do we.
 */
export function readThebeConfig(doc: Document): ThebeConfig {
  let config: Record<string, unknown> = {};
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
  return config as ThebeConfig;
}

/** `over` on top of `base`, objects merged key by key (as Thebe's lodash merge does). */
function merged(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] = isJsonObject(prior) && isJsonObject(value) ? merged(prior, value) : value;
  }
  return out;
}

/** Replace each Thebe-style executable `<pre>` under `root` by an `<exec-cell>`. */
export function upgradeThebeMarkup(root: ParentNode): void {
  const blocks = root.querySelectorAll<HTMLElement>(THEBE_CELLS);
  if (!blocks.length) return;
  const attrs = attributesFromThebeConfig(readThebeConfig(blocks[0]!.ownerDocument));
  for (const pre of blocks) {
    const cell = pre.ownerDocument.createElement('exec-cell');
    for (const [name, value] of Object.entries(attrs)) cell.setAttribute(name, value);
    const language = pre.dataset.language;
    if (language) cell.setAttribute('language', language);
    if (pre.dataset.readonly !== undefined) cell.setAttribute('readonly', '');
    if (pre.id) cell.id = pre.id;
    // A <pre> child keeps the code exactly (DESIGN §4), blank lines and all.
    const code = pre.ownerDocument.createElement('pre');
    code.textContent = pre.textContent ?? '';
    cell.append(code);
    pre.replaceWith(cell);
  }
}
