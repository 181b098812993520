// SPDX-License-Identifier: BSD-3-Clause
/**
 * Shortcode tags and how they pair into blocks.
 *
 * A tag lies in one run of text: `[`, an optional `/`, a block name, then nothing or whitespace
 * and options, then `]`; it cannot contain `[` or `]` (so a quoted value cannot either).
 * `[[tag]]` is an escape that writes the literal `[tag]`. Blocks do not nest: an opening tag
 * ends at the next closing tag of its name, and any other tag in between is an error.
 *
 * @packageDocumentation
 */
import { decodeEntities } from './entities.js';
import { asciiLower } from './escape.js';
import { type BlockName, TAG_WS } from './grammar.js';
import * as msg from './messages.js';

export interface TagToken {
  kind: 'open' | 'close' | 'escape';
  name: BlockName;
  /** Where the tag starts and ends (source offsets for strings, text offsets for the DOM). */
  start: number;
  end: number;
  /** Decoded text between the name and `]`: the options of an opening tag. */
  body: string;
  /** The decoded tag as written, e.g. `[sage lang=gp]`; for an escape, the tag it writes. */
  text: string;
  /** A closing tag with something after its name. */
  bad: boolean;
}

/** Shortcode candidates in decoded text (the DOM's text nodes). */
export const TEXT_CANDIDATE = /\[\[?\/?(?:python|sage|mybinder|jupyter|jobe)(?=[\]\t\n\f\r \u00a0\u200b\ufeff])/gi;

const STOP = /[[\]<&]/g;
const REFERENCE = /&(?:#[xX](?:0[xX])?[0-9A-Fa-f]+|#[0-9]+|[A-Za-z0-9]+);/y;

/**
 * The tag body in HTML source from `from`: decoded text up to `]`. Null when a `[`, markup or
 * the end comes first (then it is not a tag). Each call stops at the next literal `[`, so the
 * calls of a whole scan read every character at most once.
 */
function readSourceBody(html: string, from: number): { body: string; end: number } | null {
  let body = '';
  let i = from;
  for (;;) {
    STOP.lastIndex = i;
    const m = STOP.exec(html);
    if (!m) return null;
    body += html.slice(i, m.index);
    i = m.index;
    const c = m[0];
    if (c === ']') return { body, end: i + 1 };
    if (c === '[') return null;
    if (c === '<') {
      if (/[A-Za-z!?/]/.test(html.charAt(i + 1))) return null;
      body += '<';
      i++;
      continue;
    }
    const next = decodeAt(html, i);
    if (next.s === ']') return { body, end: next.end };
    if (next.s === '[') return null;
    body += next.s;
    i = next.end;
  }
}

/** The character(s) a reference at `i` stands for (PHP's rules), or the `&` itself. */
function decodeAt(html: string, i: number): { s: string; end: number } {
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(html);
  if (m) {
    const s = decodeEntities(m[0]);
    if (s !== m[0]) return { s, end: i + m[0].length };
  }
  return { s: '&', end: i + 1 };
}

/** Reads the tag whose candidate `matched` (e.g. `[[/sage`) starts at `start` in HTML source. */
export function readSourceTag(html: string, start: number, matched: string): TagToken | null {
  const found = readSourceBody(html, start + matched.length);
  if (!found) return null;
  const c = html.charAt(found.end);
  const after = c === '&' ? decodeAt(html, found.end) : { s: c, end: found.end + 1 };
  return classify(matched, start, found.body, found.end, after.s === ']' ? after.end : -1);
}

/** Reads the tag whose candidate `matched` starts at `start` in decoded text. */
export function readTextTag(text: string, start: number, matched: string): TagToken | null {
  const from = start + matched.length;
  let k = from;
  while (k < text.length && text[k] !== '[' && text[k] !== ']') k++;
  if (text[k] !== ']') return null;
  return classify(matched, start, text.slice(from, k), k + 1, text[k + 1] === ']' ? k + 2 : -1);
}

/**
 * What a candidate is, given its body: `escapeEnd` is where a second `]` ends, or -1. An escape
 * without its second `]` is a literal `[` followed by a tag.
 */
function classify(
  matched: string,
  start: number,
  body: string,
  end: number,
  escapeEnd: number,
): TagToken | null {
  const clean = body.replace(/[\u200b\ufeff]/g, '');
  if (clean !== '' && !TAG_WS.test(clean[0] as string)) return null;
  let head = matched;
  let at = start;
  if (head.startsWith('[[')) {
    if (escapeEnd >= 0) {
      const inner = head.slice(1);
      return token('escape', inner, start, escapeEnd, body, `${inner}${body}]`, false);
    }
    head = head.slice(1);
    at = start + 1;
  }
  const close = head[1] === '/';
  const bad = close && !/^[\t\n\f\r \u00a0]*$/.test(clean);
  return token(close ? 'close' : 'open', head, at, end, body, `${head}${body}]`, bad);
}

function token(
  kind: TagToken['kind'],
  head: string,
  start: number,
  end: number,
  body: string,
  text: string,
  bad: boolean,
): TagToken {
  const name = asciiLower(head.replace(/^\[\/?/, '')) as BlockName;
  return { kind, name, start, end, body, text, bad };
}

export type Item =
  | { kind: 'escape'; at: number }
  | { kind: 'block'; open: number; close: number }
  | { kind: 'error'; first: number; last: number; message: string };

/** Pairs tags into blocks, escapes and errors, in document order, in linear time. */
export function pairTags(tags: TagToken[]): Item[] {
  // For each tag, the next closing tag of its name and the next tag that is not an escape.
  const nextClose = new Array<number>(tags.length);
  const nextTag = new Array<number>(tags.length);
  const seen = new Map<string, number>();
  let tag = -1;
  for (let i = tags.length - 1; i >= 0; i--) {
    const t = tags[i] as TagToken;
    nextClose[i] = seen.get(t.name) ?? -1;
    nextTag[i] = tag;
    if (t.kind === 'close') seen.set(t.name, i);
    if (t.kind !== 'escape') tag = i;
  }
  const items: Item[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] as TagToken;
    if (t.kind === 'escape') {
      items.push({ kind: 'escape', at: i });
    } else if (t.kind === 'close') {
      items.push({ kind: 'error', first: i, last: i, message: msg.strayClose(t.name) });
    } else {
      const j = nextClose[i] as number;
      if (j < 0) {
        items.push({ kind: 'error', first: i, last: i, message: msg.unterminated(t.name) });
        continue;
      }
      const k = nextTag[i] as number;
      const inner = tags[k] as TagToken;
      if (k !== j) {
        const message =
          inner.kind === 'open' ? msg.nested(t.name, inner.name) : msg.mismatched(t.name, inner.name);
        items.push({ kind: 'error', first: i, last: j, message });
      } else if ((tags[j] as TagToken).bad) {
        items.push({ kind: 'error', first: i, last: j, message: msg.closeWithOptions(t.name) });
      } else {
        items.push({ kind: 'block', open: i, close: j });
      }
      i = j;
    }
  }
  return items;
}
