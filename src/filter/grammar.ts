// SPDX-License-Identifier: BSD-3-Clause
/**
 * The shortcode grammar (DESIGN §5): which blocks exist, how a tag and its options are read,
 * which options each block takes and what their values may be. Everything here works on
 * decoded text, so the string rewriter and the DOM upgrader share it.
 *
 * @packageDocumentation
 */
import { asciiLower } from './escape.js';
import * as msg from './messages.js';

export type BlockName = 'python' | 'sage' | 'mybinder' | 'jupyter' | 'jobe';

const COMMON = ['session', 'timeout', 'autorun', 'readonly', 'isolated', 'hide-code', 'trust-outputs'];

/** Per block: the element's backend and the options it takes, in the order messages list them. */
export const BLOCKS: Record<BlockName, { backend: string; keys: string[] }> = {
  python: { backend: 'pyodide', keys: COMMON },
  sage: { backend: 'sagecell', keys: ['language', 'server', ...COMMON] },
  mybinder: {
    backend: 'binder',
    keys: ['repo', 'ref', 'provider', 'binder-url', 'kernel', ...COMMON],
  },
  jupyter: { backend: 'jupyter', keys: ['kernel', ...COMMON] },
  jobe: { backend: 'jobe', keys: ['language', 'server', 'stdin', 'cputime', 'memorylimit', ...COMMON] },
};

/** The order attributes are written in, after `backend` (fixed, so outputs are comparable). */
export const ATTRIBUTE_ORDER = [
  'language', 'server', 'repo', 'ref', 'provider', 'binder-url', 'kernel', 'session', 'timeout',
  'cputime', 'memorylimit', 'stdin', 'isolated', 'autorun', 'readonly', 'hide-code', 'trust-outputs',
];
const FLAGS = new Set(['autorun', 'readonly', 'isolated', 'hide-code', 'trust-outputs']);
const LANGUAGES = ['sage', 'python', 'gp', 'gap', 'r', 'octave', 'maxima', 'singular', 'macaulay2', 'html'];
/** Jobe's languages (its `language_id`s and the names authors write for them). */
const JOBE_LANGUAGES = ['c', 'cpp', 'java', 'python', 'python3', 'javascript', 'nodejs', 'php', 'octave', 'pascal'];
/** Jobe's limits: CPU seconds (its upper limit is 120) and megabytes. */
const LIMITS: Record<string, { max: number; unit: string }> = { cputime: { max: 120, unit: 'seconds' }, memorylimit: { max: 16000, unit: 'megabytes' } };
/** The longest standard input a shortcode may give. */
const MAX_STDIN = 1000;
const PROVIDERS = ['gh', 'gl', 'git', 'gist', 'zenodo', 'figshare', 'dataverse', 'hydroshare', 'ckan'];

/** Whitespace inside a tag: ASCII whitespace and the no-break space editors type. */
export const TAG_WS = /[\t\n\f\r \u00a0]/;
const ZERO_WIDTH = /[\u200b\ufeff]/g;

export interface Settings {
  allowTrustOutputs: boolean;
  allowAutorun: boolean;
}

/** A block's element attributes (name → value, `''` for a flag) and the notes to show. */
export interface CellSpec {
  attrs: [string, string][];
  /** The canonical options, for Moodle's pre-clean stage: `key="value"` or a bare flag. */
  canonical: string;
  notes: string[];
}

export type Option = { key: string; value: string | null };

/**
 * Reads the options of an opening tag: `body` is the decoded text between the block name and
 * `]`. Returns the options or a message saying what could not be read.
 */
export function parseOptions(name: string, body: string): Option[] | string {
  const s = body.replace(ZERO_WIDTH, '');
  const options: Option[] = [];
  let i = 0;
  for (;;) {
    const space = match(WS_RUN, s, i) as string;
    i += space.length;
    if (i >= s.length) return options;
    const key = space === '' ? null : match(KEY, s, i);
    if (key === null) return msg.syntax(name, `unexpected "${charAt(s, i)}"`);
    i += key.length;
    let j = i + (match(WS_RUN, s, i) as string).length;
    if (s[j] !== '=') {
      options.push({ key: asciiLower(key), value: null });
      continue;
    }
    j += 1;
    j += (match(WS_RUN, s, j) as string).length;
    const quote = s[j];
    let value: string;
    let written: string;
    if (quote === '"' || quote === "'") {
      const close = s.indexOf(quote, j + 1);
      if (close < 0) return msg.syntax(name, `missing closing quote ${quote} after ${key}=`);
      value = s.slice(j + 1, close);
      written = quote + value + quote;
      j = close + 1;
    } else {
      const bare = match(UNQUOTED, s, j);
      if (bare === null) return msg.syntax(name, `${key}= needs a value`);
      value = bare;
      written = bare;
      j += bare.length;
    }
    if (j < s.length && (match(WS_RUN, s, j) as string) === '') {
      return msg.syntax(name, `unexpected "${charAt(s, j)}" after ${key}=${written}`);
    }
    options.push({ key: asciiLower(key), value });
    i = j;
  }
}

const WS_RUN = /[\t\n\f\r \u00a0]*/y;
const KEY = /[A-Za-z][A-Za-z0-9_-]*/y;
const UNQUOTED = /[^\t\n\f\r \u00a0"'`]+/y;

/** The match of a sticky pattern at `i`, or null. */
function match(re: RegExp, s: string, i: number): string | null {
  re.lastIndex = i;
  return re.exec(s)?.[0] ?? null;
}

/** The whole character at `i` (a surrogate pair is one character in messages, as in PHP's UTF-8). */
function charAt(s: string, i: number): string {
  return String.fromCodePoint(s.codePointAt(i) as number);
}

/** Validates a block's options into its element attributes, or returns the error message. */
export function validate(name: BlockName, options: Option[], settings: Settings): CellSpec | string {
  const block = BLOCKS[name];
  const given = new Map<string, string | null>();
  for (const { key: raw, value } of options) {
    const key = (name === 'sage' || name === 'jobe') && raw === 'lang' ? 'language' : raw;
    if (!block.keys.includes(key)) return msg.unknownOption(name, raw, block.keys);
    if (given.has(key)) return msg.duplicateOption(name, key);
    given.set(key, value);
  }
  const values = new Map<string, string>();
  const provider = given.has('provider') ? checkProvider(given.get('provider') ?? null) : 'gh';
  for (const [key, value] of given) {
    const checked: Checked = FLAGS.has(key)
      ? checkFlag(key, value)
      : key === 'provider'
        ? provider
        : key === 'stdin'
          ? checkStdin(value)
          : checkValue(name, key, value, provider);
    if (checked === null) continue;
    if (typeof checked !== 'string') return checked.error;
    values.set(key, checked);
  }
  if (name === 'mybinder' && !values.has('repo')) return msg.missingRepo();
  if (name === 'jobe' && !values.has('language')) return msg.missingLanguage(JOBE_LANGUAGES);

  const attrs: [string, string][] = [['backend', block.backend]];
  const notes: string[] = [];
  const canonical: string[] = [];
  for (const key of ATTRIBUTE_ORDER) {
    const value = values.get(key);
    if (value === undefined) continue;
    canonical.push(FLAGS.has(key) || (key === 'stdin' && value === '') ? key : `${key}=${quoted(value)}`);
    if (key === 'trust-outputs' && !settings.allowTrustOutputs) {
      notes.push(msg.trustOutputsIgnored());
    } else if (key === 'autorun' && !settings.allowAutorun) {
      notes.push(msg.autorunIgnored());
    } else {
      attrs.push([key, value]);
    }
  }
  return { attrs, notes, canonical: canonical.join(' ') };
}

type Checked = string | null | { error: string };

/** A flag: bare or true/yes/on/1 sets it (value `''`), false/no/off/0 leaves it out (null). */
function checkFlag(key: string, value: string | null): Checked {
  if (value === null) return '';
  const v = asciiLower(value);
  if (v === 'true' || v === 'yes' || v === 'on' || v === '1') return '';
  if (v === 'false' || v === 'no' || v === 'off' || v === '0') return null;
  return { error: msg.badFlag(key, value) };
}

/** A value in the quotes it can be read back from (a value holds at most one kind of quote). */
function quoted(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/** Standard input: bare (an empty box) or the box's first text. */
function checkStdin(value: string | null): Checked {
  if (value === null) return '';
  return [...value].length <= MAX_STDIN ? value : { error: msg.badStdin(MAX_STDIN) };
}

function checkProvider(value: string | null): string | { error: string } {
  if (value === null || value === '') return { error: msg.needsValue('provider') };
  const v = asciiLower(value);
  return PROVIDERS.includes(v) ? v : { error: msg.badProvider(value, PROVIDERS) };
}

function checkValue(name: BlockName, key: string, value: string | null, provider: string | { error: string }): Checked {
  if (value === null || value === '') return { error: msg.needsValue(key) };
  switch (key) {
    case 'language': {
      const v = asciiLower(value);
      const languages = name === 'jobe' ? JOBE_LANGUAGES : LANGUAGES;
      return languages.includes(v) ? v : { error: msg.badLanguage(value, languages) };
    }
    case 'cputime':
    case 'memorylimit': {
      const { max, unit } = LIMITS[key]!;
      const n = /^[0-9]{1,6}$/.test(value) ? Number(value) : 0;
      return n >= 1 && n <= max ? String(n) : { error: msg.badLimit(key, value, max, unit) };
    }
    case 'server':
    case 'binder-url':
      return isHttpUrl(value) ? value : { error: msg.badUrl(key, value) };
    case 'repo':
      if (typeof provider !== 'string') return provider;
      return isRepo(provider, value) ? value : { error: msg.badRepo(provider, value) };
    case 'ref':
      return /^[A-Za-z0-9_][A-Za-z0-9._/+-]{0,199}$/.test(value) && !value.includes('..')
        ? value
        : { error: msg.badRef(value) };
    case 'kernel':
      return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value) ? value : { error: msg.badKernel(value) };
    case 'session':
      return /^[A-Za-z0-9._:-]{1,100}$/.test(value) ? value : { error: msg.badSession(value) };
    case 'timeout': {
      const n = /^[0-9]{1,6}$/.test(value) ? Number(value) : 0;
      return n >= 1 && n <= 86400 ? String(n) : { error: msg.badTimeout(value) };
    }
  }
  return { error: msg.needsValue(key) };
}

/**
 * An http(s) URL made of a host, an optional port and the URL characters that need no
 * escaping, minus quotes, `$`, `\`, braces and brackets (which no server address needs and
 * which other Moodle filters would act on).
 */
export function isHttpUrl(v: string): boolean {
  return (
    v.length <= 2048 &&
    /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]{1,5})?(?:[/?#][A-Za-z0-9._~:/?#@!&()*+,;=%-]*)?$/.test(v)
  );
}

const DOI = /^10\.[0-9]{4,9}\/[A-Za-z0-9._;()/:-]{1,200}$/;
const GH_OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';

/** The repository spec each Binder provider accepts (../shared/binder/PROTOCOL.md §1). */
function isRepo(provider: string, v: string): boolean {
  switch (provider) {
    case 'gh':
      return new RegExp(`^${GH_OWNER}/[A-Za-z0-9._-]{1,100}$`).test(v);
    case 'gl':
      return v.length <= 255 && /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/.test(v);
    case 'gist':
      return new RegExp(`^${GH_OWNER}/[0-9A-Fa-f]{1,64}$`).test(v);
    case 'git':
      return isHttpUrl(v);
    case 'hydroshare':
      return /^[0-9a-f]{32}$/.test(v) || isHttpUrl(v);
    case 'ckan':
      return isHttpUrl(v) && v.includes('/dataset/');
    default:
      return DOI.test(v);
  }
}
