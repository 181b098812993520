// SPDX-License-Identifier: BSD-3-Clause
/**
 * Page-wide defaults and how a cell's own attributes combine with them (DESIGN §4).
 *
 * Defaults come from the script tag's `data-*` attributes (passed in by the loader) and from
 * one `<script type="application/json" data-exec-cell-config>` block; the block wins where
 * both say something, and a cell's own attributes win over both.
 *
 * @packageDocumentation
 */
import { BACKENDS, type BackendName, type SessionOptions } from './kernels/types.js';

export interface PageConfig {
  backend?: BackendName;
  /** Jupyter server for cells without `server`. */
  server?: string;
  token?: string;
  /** An endpoint on the page's own site that gives each reader a token for their own hub server. */
  tokenUrl?: string;
  binderUrl?: string;
  sagecellUrl?: string;
  /** Jobe's REST root (`…/jobe/index.php/restapi/`), or a proxy with the same API. */
  jobeUrl?: string;
  pyodideIndexUrl?: string;
  /**
   * Where the Python runtime itself is (`data-pyodide-url`): a folder holding exec-cell's
   * `pyodide/` files. Default: the `pyodide/` folder beside exec-cell's own files.
   */
  pyodideUrl?: string;
  /** MiB of memory in-browser Python may use (`data-pyodide-memory`). */
  pyodideMemory?: number;
  /** "off": in-browser Python keeps nothing for the next visit (`data-pyodide-cache`). */
  pyodideCache?: string;
  allowTrustOutputs?: boolean;
  /** Seconds a run may take, for cells without `timeout`. */
  timeout?: number;
  /** The cells' language where no `lang` attribute says one (`data-lang`). */
  lang?: string;
  /** Seconds between the BinderHub's keepalives (25); a build silent for two periods has failed. */
  binderKeepalive?: number;
  /**
   * Binder repository, its ref and provider, and the kernel name, for cells that name none:
   * only from an old library's config (Thebe's `binderOptions`, Juniper's `repo`), never from
   * the script tag (see {@link LegacyDefaults}).
   */
  repo?: string;
  ref?: string;
  provider?: string;
  kernel?: string;
  /**
   * What is wrong with the page's settings (a backend that does not exist, a number that is
   * not one, a block that is not JSON), each naming the setting: the cells say so instead of
   * running somewhere the author did not mean.
   */
  problems?: string[];
}

export const DEFAULT_BINDER_URL = 'https://mybinder.org/';
export const DEFAULT_SAGECELL_URL = 'https://sagecell.sagemath.org/';

/** The names used in `data-*` attributes and in the JSON block. */
const KEYS: Record<string, keyof PageConfig> = {
  backend: 'backend',
  server: 'server',
  token: 'token',
  'token-url': 'tokenUrl',
  'binder-url': 'binderUrl',
  'sagecell-url': 'sagecellUrl',
  'jobe-url': 'jobeUrl',
  'pyodide-index-url': 'pyodideIndexUrl',
  'pyodide-url': 'pyodideUrl',
  'pyodide-memory': 'pyodideMemory',
  'pyodide-cache': 'pyodideCache',
  'allow-trust-outputs': 'allowTrustOutputs',
  timeout: 'timeout',
  lang: 'lang',
  'binder-keepalive': 'binderKeepalive',
};

let configured: PageConfig = {};
let fromBlock: PageConfig | undefined;

/** Set page defaults from code (the loader passes its script tag's `data-*` here). */
export function configure(config: PageConfig): void {
  configured = { ...configured, ...clean(config) };
}

/**
 * The page defaults in force: the script tag's (which the loader leaves on
 * `window.ExecCell.pageDefaults` before it loads the element, so cells upgraded at once
 * already see them), values given to {@link configure}, then the JSON block over them.
 */
export function pageConfig(): PageConfig {
  // Read while the page is still parsing (the script tag starting kernels early), the block
  // may be further down: keep it only once the whole page is there.
  const block = fromBlock ?? readConfigBlock(globalThis.document);
  if (globalThis.document?.readyState !== 'loading') fromBlock = block;
  const execCell = (globalThis as { ExecCell?: { pageDefaults?: PageConfig; legacyDefaults?: PageConfig } }).ExecCell;
  const fromScriptTag = execCell?.pageDefaults;
  const upper: PageConfig = { ...fromScriptTag, ...configured, ...block };
  const merged: PageConfig = { ...legacyBelow(execCell?.legacyDefaults, upper), ...upper };
  const problems = [fromScriptTag, configured, block].flatMap((c) => c?.problems ?? []);
  if (problems.length) merged.problems = problems;
  else delete merged.problems;
  return merged;
}

/**
 * Defaults an old library's config gave the page (Thebe's, ThebeLab's, Juniper's), set on
 * `window.ExecCell.legacyDefaults` by the compatibility modules. They sit BELOW every
 * exec-cell setting: a cell's attributes, then the `data-exec-cell-config` block, then the
 * script tag's `data-*`, then these. A site owner who names a backend or a server on the
 * script tag moves every migrated page there: the old config then keeps only its kernel name
 * (never its server's token, which belongs to the old server).
 */
export type LegacyDefaults = PageConfig;

function legacyBelow(legacy: PageConfig | undefined, upper: PageConfig): PageConfig {
  if (!legacy) return {};
  if (upper.backend || upper.server) return legacy.kernel ? { kernel: legacy.kernel } : {};
  const { problems: _ignored, ...rest } = legacy;
  return rest;
}

/**
 * A problem with the page's settings found outside this module (a Thebe config block that
 * cannot be read): every cell then says it, as for problems in the exec-cell settings.
 */
export function addPageProblem(problem: string): void {
  configured = { ...configured, problems: [...(configured.problems ?? []), problem] };
}

/** Forget the JSON block read earlier (tests, and pages that replace it). */
export function resetPageConfig(): void {
  configured = {};
  fromBlock = undefined;
}

/** Page config from `data-*` attributes (a script tag's dataset). */
export function configFromAttributes(el: Element): PageConfig {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(KEYS)) {
    const value = el.getAttribute(`data-${name}`);
    if (value !== null) raw[name] = value;
  }
  return parseConfig(raw);
}

/**
 * Page config from a plain object with dashed (`binder-url`) or camelCase (`binderUrl`) keys.
 * Values that cannot be used are left out and described in `problems`.
 */
export function parseConfig(raw: Record<string, unknown>): PageConfig {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const name = KEYS[key] ?? (Object.values(KEYS).includes(key as keyof PageConfig) ? (key as keyof PageConfig) : undefined);
    if (!name) {
      problems.push(`“${key}” is not a setting (the settings are ${Object.keys(KEYS).join(', ')})`);
      continue;
    }
    if (value === undefined || value === null) continue;
    if (name === 'allowTrustOutputs') out[name] = value === true || value === '' || value === 'true';
    else if (name === 'timeout' || name === 'binderKeepalive' || name === 'pyodideMemory') {
      const n = Number(value);
      // A timeout of 0 is "no limit"; a keepalive or a memory ceiling of 0 means nothing.
      if (Number.isFinite(n) && (n > 0 || (n === 0 && name === 'timeout'))) out[name] = n;
      else problems.push(`${key} “${String(value)}” is not a ${name === 'timeout' ? 'number of seconds' : 'positive number'}`);
    } else if (name === 'backend') {
      const backend = String(value).trim().toLowerCase();
      if (isBackend(backend)) out[name] = backend;
      else problems.push(`backend “${String(value)}” does not exist (use ${BACKENDS.join(', ')})`);
    } else out[name] = String(value);
  }
  if (problems.length) out.problems = problems;
  return out as PageConfig;
}

function readConfigBlock(doc: Document | undefined): PageConfig {
  const block = doc?.querySelector('script[type="application/json"][data-exec-cell-config]');
  if (!block?.textContent) return {};
  try {
    const parsed: unknown = JSON.parse(block.textContent);
    if (isJsonObject(parsed)) return parseConfig(parsed);
    return { problems: ['the data-exec-cell-config block is not a JSON object ({"server": "…", …})'] };
  } catch (e) {
    return { problems: [`the data-exec-cell-config block is not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
}

/** A parsed config block that is an object (not an array, a string or null). */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clean(c: PageConfig): PageConfig {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as PageConfig;
}

export function isBackend(name: string): name is BackendName {
  return (BACKENDS as readonly string[]).includes(name);
}

/** A cell's own attributes, as far as they choose its kernel. */
export interface CellAttributes {
  backend?: string | null;
  server?: string | null;
  token?: string | null;
  tokenUrl?: string | null;
  binderUrl?: string | null;
  repo?: string | null;
  ref?: string | null;
  provider?: string | null;
  kernel?: string | null;
  language?: string | null;
  session?: string | null;
  /** Jobe: limits of a run (text as written; checked by {@link sessionOptions}). */
  cputime?: string | null;
  memorylimit?: string | null;
}

/** A cell's attributes as written in the page (before the element has upgraded it). */
export function cellAttributesOf(el: Element): CellAttributes {
  const get = (name: string) => el.getAttribute(name);
  return {
    backend: get('backend'),
    server: get('server'),
    token: get('token'),
    tokenUrl: get('token-url'),
    binderUrl: get('binder-url'),
    repo: get('repo'),
    ref: get('ref'),
    provider: get('provider'),
    kernel: get('kernel'),
    language: get('language'),
    session: get('session'),
    cputime: get('cputime'),
    memorylimit: get('memorylimit'),
  };
}

/**
 * The backend for a cell: its own `backend`, else `binder` if it names a `repo`, else
 * `jupyter` if it names a `server`, else the page default (`data-backend`, or `jupyter` when
 * the page names a `data-server`), else `pyodide`.
 */
export function resolveBackend(cell: CellAttributes, page: PageConfig): BackendName | { invalid: string } {
  const own = cell.backend?.trim().toLowerCase();
  if (own) return isBackend(own) ? own : { invalid: own };
  if (cell.repo) return 'binder';
  if (cell.server || cell.tokenUrl) return 'jupyter';
  return page.backend ?? (page.server || page.tokenUrl ? 'jupyter' : 'pyodide');
}

/** The session options (the kernel's identity) for a cell with a known backend. */
export function sessionOptions(backend: BackendName, cell: CellAttributes, page: PageConfig): SessionOptions {
  const o: SessionOptions = { backend };
  const set = <K extends keyof SessionOptions>(k: K, v: SessionOptions[K] | null | undefined) => {
    if (v !== undefined && v !== null && v !== '') o[k] = v;
  };
  set('session', cell.session);
  set('language', cell.language?.toLowerCase());
  switch (backend) {
    case 'jupyter':
      // A per-reader token from the site: the cell's own token-url, or the page's for a cell
      // that names neither a server nor a token of its own (those belong elsewhere).
      set('tokenUrl', absoluteUrl(cell.tokenUrl || (cell.server || cell.token ? undefined : page.tokenUrl)));
      if (o.tokenUrl) {
        set('kernel', cell.kernel || 'python3');
        break;
      }
      set('server', normaliseUrl(cell.server || page.server));
      // A page token belongs to the page's server; a cell on another server brings its own.
      set('token', cell.token ?? (o.server === normaliseUrl(page.server) ? page.token : undefined));
      set('kernel', cell.kernel || page.kernel || 'python3');
      break;
    case 'binder': {
      // A cell's own repo brings its own ref and provider; the page's go with the page's repo.
      const own = !!cell.repo;
      set('binderUrl', normaliseUrl(cell.binderUrl || page.binderUrl || DEFAULT_BINDER_URL));
      set('provider', ((own ? cell.provider : cell.provider || page.provider) || 'gh').toLowerCase());
      set('repo', cell.repo || page.repo);
      set('ref', (own ? cell.ref : cell.ref || page.ref) || 'HEAD');
      set('kernel', cell.kernel || page.kernel || 'python3');
      break;
    }
      break;
    case 'sagecell':
      set('server', normaliseUrl(cell.server || page.sagecellUrl || DEFAULT_SAGECELL_URL));
      if (!o.language) o.language = 'sage';
      break;
    case 'jobe':
      set('server', normaliseUrl(cell.server || page.jobeUrl));
      set('cputime', positiveNumber('cputime', cell.cputime, 'a number of seconds'));
      set('memorylimit', positiveNumber('memorylimit', cell.memorylimit, 'a number of megabytes'));
      break;
    case 'pyodide':
      set('pyodideIndexUrl', page.pyodideIndexUrl);
      if (!o.language) o.language = 'python';
      break;
  }
  return o;
}

/** A limit written in an attribute: absent, or a positive number (else the error names it). */
function positiveNumber(name: string, text: string | null | undefined, what: string): number | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}="${text}" is not ${what}`);
  return n;
}

/** Absolute URL resolved against the page (no trailing slash added); undefined when absent. */
export function absoluteUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  return new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
}

/** Absolute URL with a trailing slash, resolved against the page; undefined when absent. */
export function normaliseUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const base = globalThis.location?.href ?? 'http://localhost/';
  const u = new URL(url, base);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}
