// SPDX-License-Identifier: BSD-3-Clause
/**
 * The few facts about HTML the rewriter needs, as regular expressions that PCRE (the PHP twin,
 * `filter-php/classes/local/html_scanner.php`) runs with the same meaning.
 *
 * The tag pattern follows the HTML tokenizer's states (tag name, attribute name, the three
 * kinds of attribute value, `/` as a separator, an unterminated quote running to the end), so
 * a `[` inside an attribute value is never taken for text. Every pattern is linear: each
 * alternative starts with a distinct character and no repetition has to be undone after it
 * matched, so PCRE's possessive quantifiers (PHP side) and these greedy ones match the same.
 *
 * @packageDocumentation
 */
import { asciiLower } from './escape.js';

const WS = '\\t\\n\\f\\r ';
/** Attributes of a tag, after its name: the HTML tokenizer's attribute states in one pattern. */
const ATTRS =
  `(?:[${WS}/]+|[^${WS}/>][^${WS}/>=]*` +
  `(?:[${WS}]*=[${WS}]*(?:"[^"]*"?|'[^']*'?|[^${WS}>]+))?)*>?`;
const NAME_END = `(?![^${WS}/>])`;
const COMMENT = '<!--(?:-?>|[\\s\\S]*?(?:--!?>|(?![\\s\\S])))';
const BOGUS = '<[!?][^>]*>?|</(?![A-Za-z])[^>]*>?';

/** Elements whose content is raw text to the parser: no tags, no shortcodes inside. */
export const RAW_TEXT = [
  'script', 'style', 'textarea', 'title', 'xmp', 'iframe',
  'noembed', 'noframes', 'noscript', 'plaintext',
];
/** Elements skipped with everything inside (cells, this filter's error boxes and notes, inert templates). */
export const SKIP_NAMES = ['exec-cell', 'exec-cell-error', 'exec-cell-note', 'template'];
/** The attribute that makes an element a skipped region (checked by {@link isSkipTag}). */
const MARKERS = 'contenteditable';
/** A shortcode tag's start: `[`, `[[`, `[/` or `[[/`, a block name, then a delimiter. */
export const CANDIDATE_START = '\\[\\[?/?(?:python|sage|mybinder|jupyter|jobe)';
const CANDIDATE_DELIMITER = '(?=[\\]\\t\\n\\f\\r &\\u00a0\\u200b\\ufeff])';

/**
 * The document scan: the first three alternatives are what the rewriter acts on (a raw-text or
 * skipped element's start tag, a tag that may carry a skip marker, a shortcode candidate); the
 * rest consume one boring piece each (text, comment, ordinary tag, a lone `<` or `[`).
 */
export const SCAN = new RegExp(
  `<(${[...RAW_TEXT, ...SKIP_NAMES].join('|')})${NAME_END}${ATTRS}` +
    `|<([A-Za-z][^${WS}/>]*)(?=[^<>]*?${MARKERS})${ATTRS}` +
    `|(${CANDIDATE_START})${CANDIDATE_DELIMITER}` +
    `|[^<[]+|${COMMENT}|${BOGUS}|</?[A-Za-z][^${WS}/>]*${ATTRS}|[<[]`,
  'gi',
);

/** Inside a skipped element: only markup matters (to count nesting and jump raw text). */
export const SKIP_SCAN = new RegExp(
  `${COMMENT}|${BOGUS}|<(${RAW_TEXT.join('|')})${NAME_END}${ATTRS}` +
    `|<(/?)([A-Za-z][^${WS}/>]*)${ATTRS}`,
  'gi',
);

/** A block's content, token by token: markup (comment/bogus), a tag, or text. */
export const RANGE_SCAN = new RegExp(
  `(${COMMENT}|${BOGUS})|<(/?)([A-Za-z][^${WS}/>]*)${ATTRS}|([^<]+|<)`,
  'gi',
);

/** A whole start tag of a given name, anchored (used to recognise wrappers around a block). */
export const START_TAG = new RegExp(`<([A-Za-z][^${WS}/>]*)${ATTRS}`, 'y');
/** An end tag, anchored. */
export const END_TAG = new RegExp(`</([A-Za-z][^${WS}/>]*)${ATTRS}`, 'y');
/** One attribute inside a tag (name, and one of the three value forms). */
export const ATTRIBUTE = new RegExp(
  `([^${WS}/>][^${WS}/>=]*)(?:[${WS}]*=[${WS}]*(?:"([^"]*)"?|'([^']*)'?|([^${WS}>]+)))?`,
  'g',
);

const rawEndCache = new Map<string, RegExp>();
/** Where a raw-text element's content ends: its end tag, or the end of the document. */
export function rawTextEnd(html: string, name: string, from: number): number {
  if (name === 'plaintext') return html.length;
  let re = rawEndCache.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?=[${WS}/>])`, 'gi');
    rawEndCache.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}

export const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Whether a start tag makes its element a skipped region: `contenteditable`, not "false". */
export function isSkipTag(attrs: Map<string, string>): boolean {
  const editable = attrs.get('contenteditable');
  return editable !== undefined && asciiLower(editable) !== 'false';
}

/**
 * The attributes of a tag (its source text from `<`), names lower-cased, first occurrence wins
 * (as in the parser). Values stay encoded: the two markers compare plain ASCII words.
 */
export function tagAttributes(tag: string, nameLength: number): Map<string, string> {
  const attrs = new Map<string, string>();
  const end = tag.endsWith('>') ? tag.length - 1 : tag.length;
  const body = tag.slice(1 + nameLength, end);
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(body); m; m = ATTRIBUTE.exec(body)) {
    const name = asciiLower(m[1] as string);
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
