// SPDX-License-Identifier: BSD-3-Clause
/**
 * `rewrite(html)`: shortcode blocks in authored HTML become `<exec-cell>` markup. Pure (string
 * in, string out), linear in the input, never throws; text without shortcodes comes back as the
 * same string. The PHP class `filter_execcell\local\rewriter` is a line-by-line twin.
 *
 * @packageDocumentation
 */
import { decodeEntities } from './entities.js';
import { asciiLower } from './escape.js';
import { type BlockName, parseOptions, validate } from './grammar.js';
import {
  END_TAG,
  isSkipTag,
  RANGE_SCAN,
  RAW_TEXT,
  rawTextEnd,
  SCAN,
  SKIP_NAMES,
  SKIP_SCAN,
  START_TAG,
  tagAttributes,
  VOID,
} from './html.js';
import * as msg from './messages.js';
import {
  cellMarkup,
  errorMarkup,
  literalMarkup,
  MOODLE_CLOSE,
  MOODLE_OPEN,
  protectedMarkup,
  STYLE,
} from './render.js';
import { type Item, pairTags, readSourceTag, type TagToken } from './tags.js';
import { DISALLOWED, type Piece, recoverCode } from './wysiwyg.js';

export interface RewriteOptions {
  /** Authors may use `trust-outputs`; otherwise it is dropped with a visible note. Default false. */
  allowTrustOutputs?: boolean;
  /** Authors may use `autorun`; otherwise it is dropped with a visible note. Default true. */
  allowAutorun?: boolean;
  /**
   * Write the one-time `<style>` before the first cell or error of this text. A function is
   * asked once, when the first one is written (Moodle asks its page whether it is the first).
   * Default true.
   */
  style?: boolean | (() => boolean);
  /** Moodle mode: wrap cells so Moodle's other filters leave them alone (render.ts). Default false. */
  moodle?: boolean;
  /**
   * Moodle's pre-clean stage: rewrite valid blocks to protected canonical shortcodes instead of
   * cells, leave everything else as it is. Implies Moodle mode. Default false.
   */
  protect?: boolean;
}

/** A cheap test that can only miss texts without any shortcode. */
const QUICK = /\[\/?(?:python|sage|mybinder|jupyter|jobe)/i;

/**
 * Limits that keep a hostile text (a student's forum post is filtered too) from costing the
 * server time and memory out of proportion: shortcode tags after the 5,000th of a text stay as
 * written, and a block with more than 20,000 HTML tags inside stays as written behind an error.
 */
export const MAX_TAGS = 5000;
export const MAX_BLOCK_TAGS = 20000;

export function rewrite(html: string, options: RewriteOptions = {}): string {
  try {
    return rewriteOrThrow(html, options);
  } catch {
    // A bug must not take the page down: the author's text is better than nothing.
    return html;
  }
}

/** {@link rewrite} without its safety net, for tests that must see a bug as a bug. */
export function rewriteOrThrow(html: string, options: RewriteOptions = {}): string {
  if (typeof html !== 'string' || !QUICK.test(html)) return html;
  return new Rewriter(html, options).run();
}

interface RangeTag {
  close: boolean;
  name: string;
  src: string;
}

class Rewriter {
  private readonly out: string[] = [];
  private last = 0;
  private styled = false;
  private readonly moodle: boolean;
  private readonly protect: boolean;

  constructor(
    private readonly html: string,
    private readonly options: RewriteOptions,
  ) {
    this.protect = options.protect === true;
    this.moodle = options.moodle === true || this.protect;
  }

  run(): string {
    const tags = scanTags(this.html);
    if (tags.length === 0) return this.html;
    for (const item of pairTags(tags)) this.item(item, tags);
    if (this.out.length === 0) return this.html;
    this.out.push(this.html.slice(this.last));
    return this.out.join('');
  }

  private item(item: Item, tags: TagToken[]): void {
    if (item.kind === 'escape') {
      if (this.protect) return;
      const t = tags[item.at] as TagToken;
      this.out.push(this.html.slice(this.last, t.start), literalMarkup(t.text));
      this.last = t.end;
      return;
    }
    if (item.kind === 'error') {
      if (this.protect) return;
      const first = tags[item.first] as TagToken;
      const last = tags[item.last] as TagToken;
      const source = this.authorText(first.start, last.end);
      this.replace(first.start, last.end, errorMarkup(item.message, source.text, this.moodle), source.tags);
      return;
    }
    const open = tags[item.open] as TagToken;
    const close = tags[item.close] as TagToken;
    if (countTags(this.html, open.end, close.start) > MAX_BLOCK_TAGS) {
      if (this.protect) return;
      // Both tags go (the closer as a literal) so that a second pass finds nothing to do.
      this.replace(open.start, open.end, errorMarkup(msg.tooLong(open.name, MAX_BLOCK_TAGS), open.text, this.moodle), []);
      this.out.push(this.html.slice(this.last, close.start), literalMarkup(close.text));
      this.last = close.end;
      return;
    }
    const inner = tags.slice(item.open + 1, item.close);
    const content = rangePieces(this.html, open.end, close.start, inner, false);
    const recovered = recoverCode(content.pieces);
    const options = parseOptions(open.name, open.body);
    const spec =
      typeof options === 'string'
        ? options
        : validate(open.name, options, {
            allowTrustOutputs: this.options.allowTrustOutputs === true,
            allowAutorun: this.options.allowAutorun !== false,
          });
    if (typeof spec === 'string' || recovered.disallowed !== null) {
      if (this.protect) return;
      const message = typeof spec === 'string' ? spec : msg.disallowedElement(open.name, recovered.disallowed ?? '');
      this.replace(open.start, close.end, this.errorFor(open.start, close.end, message), content.tags);
      return;
    }
    const markup = this.protect
      ? protectedMarkup(open.name, spec.canonical, recovered.code)
      : cellMarkup(spec, recovered.code, this.moodle);
    this.replace(open.start, close.end, markup, content.tags);
  }

  private errorFor(start: number, end: number, message: string): string {
    return errorMarkup(message, this.authorText(start, end).text, this.moodle);
  }

  /** The author's text of html[start, end), shown in an error box. */
  private authorText(start: number, end: number): { text: string; tags: RangeTag[] } {
    const range = rangePieces(this.html, start, end, [], true);
    const text = recoverCode(range.pieces);
    return { text: text.code, tags: range.tags };
  }

  /** Replaces [start, end) by `markup`, closing and reopening the elements the range crosses. */
  private replace(start: number, end: number, markup: string, tags: RangeTag[]): void {
    const p = place(this.html, this.last, start, end, tags, this.moodle);
    let body = markup;
    if (!this.protect && !this.styled) {
      this.styled = true;
      const style = this.options.style ?? true;
      if (typeof style === 'function' ? style() : style) body = STYLE + body;
    }
    if (this.moodle && !this.protect) body = MOODLE_OPEN + body + MOODLE_CLOSE;
    this.out.push(this.html.slice(this.last, p.prefixEnd), p.closers, body, p.openers);
    this.last = p.suffixStart;
  }
}

/** All shortcode tags in text (not in tags, comments, raw text or skipped elements). */
export function scanTags(html: string): TagToken[] {
  const tags: TagToken[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(html); m; m = SCAN.exec(html)) {
    let next = SCAN.lastIndex;
    if (m[1] !== undefined) {
      const name = asciiLower(m[1]);
      if (RAW_TEXT.includes(name)) next = rawTextEnd(html, name, next);
      else next = skipElement(html, name, next);
    } else if (m[2] !== undefined) {
      const name = asciiLower(m[2]);
      if (!VOID.has(name) && isSkipTag(tagAttributes(m[0], m[2].length))) {
        next = skipElement(html, name, next);
      }
    } else if (m[3] !== undefined) {
      const tag = readSourceTag(html, m.index, m[3]);
      if (tag) {
        tags.push(tag);
        if (tags.length === MAX_TAGS) break;
        next = tag.end;
      }
    }
    SCAN.lastIndex = next;
  }
  return tags;
}

/** The end of a skipped element whose start tag ends at `from`: its matching end tag. */
function skipElement(html: string, name: string, from: number): number {
  let depth = 1;
  SKIP_SCAN.lastIndex = from;
  for (let m = SKIP_SCAN.exec(html); m; m = SKIP_SCAN.exec(html)) {
    if (m[1] !== undefined) {
      SKIP_SCAN.lastIndex = rawTextEnd(html, asciiLower(m[1]), SKIP_SCAN.lastIndex);
    } else if (m[3] !== undefined && asciiLower(m[3]) === name) {
      depth += m[2] === '/' ? -1 : 1;
      if (depth === 0) return SKIP_SCAN.lastIndex;
    }
  }
  return html.length;
}

const MARKER = /contenteditable/i;

/** How many `<` html[from, to) holds: an upper bound of its tags, counted without tokenizing. */
function countTags(html: string, from: number, to: number): number {
  let n = 0;
  for (let i = html.indexOf('<', from); i >= 0 && i < to; i = html.indexOf('<', i + 1)) n++;
  return n;
}

/**
 * The pieces of html[from, to) for code recovery (`author` false: escapes become their literal
 * text; embedded elements stay elements, which recovery refuses) or for showing the author's
 * text in an error box (`author` true: every element that is not formatting is shown as its
 * source), and the tags in it (for {@link place}).
 */
function rangePieces(
  html: string,
  from: number,
  to: number,
  escapes: TagToken[],
  author: boolean,
): { pieces: Piece[]; tags: RangeTag[] } {
  const src = html.slice(from, to);
  const pieces: Piece[] = [];
  const tags: RangeTag[] = [];
  let afterPre = false;
  let e = 0;
  RANGE_SCAN.lastIndex = 0;
  for (let m = RANGE_SCAN.exec(src); m; m = RANGE_SCAN.exec(src)) {
    if (m[1] !== undefined) {
      afterPre = false;
      continue;
    }
    if (m[3] !== undefined) {
      const name = asciiLower(m[3]);
      const close = m[2] === '/';
      const skip = !close && MARKER.test(m[0]) && !VOID.has(name) && isSkipTag(tagAttributes(m[0], m[3].length));
      tags.push({ close, name, src: m[0] });
      if (author && (skip || DISALLOWED.has(name))) pieces.push({ t: 'literal', s: normalizeNewlines(m[0]) });
      else pieces.push(close ? { t: 'close', name } : { t: 'open', name, skip });
      if (!close && RAW_TEXT.includes(name)) {
        const at = RANGE_SCAN.lastIndex;
        const endAt = rawTextEnd(src, name, at);
        if (author) pieces.push({ t: 'literal', s: normalizeNewlines(src.slice(at, endAt)) });
        RANGE_SCAN.lastIndex = endAt;
      }
      afterPre = !close && (name === 'pre' || name === 'listing');
      continue;
    }
    let start = from + m.index;
    let text = m[0];
    if (afterPre) {
      // The parser drops one newline right after <pre>; the DOM never sees it.
      const nl = /^(?:\r\n?|\n)/.exec(text);
      if (nl) {
        start += nl[0].length;
        text = text.slice(nl[0].length);
      }
      afterPre = false;
    }
    const end = start + text.length;
    while (e < escapes.length && (escapes[e] as TagToken).start < end) {
      const esc = escapes[e] as TagToken;
      if (esc.start >= start) {
        pieces.push({ t: 'text', s: decodeText(html.slice(start, esc.start)) });
        pieces.push({ t: 'literal', s: normalizeNewlines(esc.text) });
        start = esc.end;
      }
      e++;
    }
    if (start < end) pieces.push({ t: 'text', s: decodeText(html.slice(start, end)) });
  }
  return { pieces, tags };
}

function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** Source text → the text the parser would see: CRLF and CR become LF, references decoded. */
function decodeText(s: string): string {
  return decodeEntities(normalizeNewlines(s));
}

/**
 * Where a replacement goes. The range [start, end) may start inside elements it does not end
 * in (say `<p>[sage]</p><p>x</p><p>[/sage]</p>`): those are closed before the replacement and
 * the ones it ends inside are reopened after it (their start tags as written), which is what a
 * DOM Range deletion does. Wrappers the range leaves empty are removed instead, and so are
 * `<p>`, `<pre>` and `<code>` (and Moodle mode's `<nolink>`) that would hold nothing but the
 * replacement. Only html[last, start) may be changed before the range.
 */
function place(
  html: string,
  last: number,
  start: number,
  end: number,
  tags: RangeTag[],
  moodle: boolean,
): { prefixEnd: number; suffixStart: number; closers: string; openers: string } {
  const open: RangeTag[] = [];
  const crossedOut: string[] = [];
  for (const tag of tags) {
    if (VOID.has(tag.name)) continue;
    if (!tag.close) {
      open.push(tag);
      continue;
    }
    let k = open.length - 1;
    while (k >= 0 && (open[k] as RangeTag).name !== tag.name) k--;
    if (k >= 0) open.length = k;
    // No text lies inside raw-text or skipped elements, so a block never starts in one: such an
    // end tag is stray, and the parser ignores it.
    else if (!RAW_TEXT.includes(tag.name) && !SKIP_NAMES.includes(tag.name)) crossedOut.push(tag.name);
  }
  let prefixEnd = start;
  let closers = '';
  for (let k = 0; k < crossedOut.length; k++) {
    const at = startTagBefore(html, last, prefixEnd);
    if (at === null || at.name !== crossedOut[k]) {
      closers = crossedOut.slice(k).map((n) => `</${n}>`).join('');
      break;
    }
    prefixEnd = at.at;
  }
  let suffixStart = end;
  let openers = '';
  for (let k = open.length - 1; k >= 0; k--) {
    const after = endTagAfter(html, suffixStart, (open[k] as RangeTag).name);
    if (after < 0) {
      openers = open.slice(0, k + 1).map((t) => t.src).join('');
      break;
    }
    suffixStart = after;
  }
  if (closers === '' && openers === '') {
    for (;;) {
      const at = startTagBefore(html, last, prefixEnd);
      if (at === null) break;
      const wrapper = at.name === 'p' || at.name === 'pre' || at.name === 'code' || (moodle && at.name === 'nolink');
      const after = wrapper ? endTagAfter(html, suffixStart, at.name) : -1;
      if (after < 0) break;
      prefixEnd = at.at;
      suffixStart = after;
    }
  }
  return { prefixEnd, suffixStart, closers, openers };
}

const ASCII_WS = /[\t\n\f\r ]/;
/** Longest start tag recognised as a wrapper: bounds the backward search. */
const MAX_WRAPPER = 2000;

/** The start tag that html[lower, upper) ends with, give or take whitespace. */
function startTagBefore(
  html: string,
  lower: number,
  upper: number,
): { at: number; name: string; src: string } | null {
  let t = upper;
  while (t > lower && ASCII_WS.test(html.charAt(t - 1))) t--;
  if (t <= lower || html.charAt(t - 1) !== '>') return null;
  const from = Math.max(lower, t - MAX_WRAPPER);
  const lt = html.slice(from, t).lastIndexOf('<');
  if (lt < 0) return null;
  START_TAG.lastIndex = from + lt;
  const m = START_TAG.exec(html);
  if (!m || START_TAG.lastIndex !== t) return null;
  return { at: from + lt, name: asciiLower(m[1] as string), src: m[0] };
}

/**
 * Where the end tag `</name>` that html[from...] starts with ends, or -1. Whitespace may come
 * first, and one `<br>`: Atto and TinyMCE end paragraphs with one (`[/python]<br></p>`), and
 * left alone in an emptied paragraph it would show as a blank line.
 */
function endTagAfter(html: string, from: number, name: string): number {
  let u = skipWhitespace(html, from);
  START_TAG.lastIndex = u;
  const br = START_TAG.exec(html);
  if (br && asciiLower(br[1] as string) === 'br' && br[0].endsWith('>')) u = skipWhitespace(html, START_TAG.lastIndex);
  END_TAG.lastIndex = u;
  const m = END_TAG.exec(html);
  if (!m || asciiLower(m[1] as string) !== name || !m[0].endsWith('>')) return -1;
  return END_TAG.lastIndex;
}

function skipWhitespace(html: string, from: number): number {
  let u = from;
  while (u < html.length && ASCII_WS.test(html.charAt(u))) u++;
  return u;
}

export type { BlockName };
