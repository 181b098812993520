// SPDX-License-Identifier: BSD-3-Clause
/**
 * Pages written for Thebe switch by changing one script tag (DESIGN §5): each
 * `pre[data-executable]` becomes an `<exec-cell>` with the same code, and the page's
 * `<script type="text/x-thebe-config">` (kernel name, Jupyter server, Binder repo) becomes the
 * cells' attributes. Thebe's own options (`selector`, `stripPrompts`, …) are not read.
 *
 * @packageDocumentation
 */

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

function readThebeConfig(doc: Document): ThebeConfig {
  const block = doc.querySelector('script[type="text/x-thebe-config"]');
  if (!block?.textContent) return {};
  try {
    return JSON.parse(block.textContent) as ThebeConfig;
  } catch {
    console.warn('[exec-cell] the text/x-thebe-config block is not JSON; its settings are ignored.');
    return {};
  }
}

/** Replace each Thebe-style executable `<pre>` under `root` by an `<exec-cell>`. */
export function upgradeThebeMarkup(root: ParentNode): void {
  const blocks = root.querySelectorAll<HTMLElement>('pre[data-executable]:not(exec-cell pre)');
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
