// SPDX-License-Identifier: BSD-3-Clause
/**
 * Code recovery from what a WYSIWYG editor stored: the HTML between `[python]` and `[/python]`,
 * seen as a flat list of pieces (decoded text, start and end tags). The string rewriter and the
 * DOM upgrader both build that list and call {@link recoverCode}, so they agree on the code.
 *
 * Lines come from: `<br>` (a hard break), block elements such as `<p>`, `<div>`, `<li>` (a soft
 * break: consecutive ones make one line break, as on screen; an empty one, `<p></p>`, is an empty
 * line: that is how TinyMCE 6 in Moodle 4.5 stores a typed blank line), and raw newlines (in `<pre>` a
 * hard break; elsewhere a soft break, a second one in a row making a blank line, so hand-typed
 * plain text keeps its blank lines while an editor's `</p>\n<p>` makes one break). Text made of
 * ASCII whitespace alone between two breaks is source formatting and is dropped. Spaces and
 * tabs are never collapsed: Python's indentation survives. Inline tags are dropped with their
 * text kept; embedded content (images, scripts, forms...) makes the block an error instead of
 * being lost silently. Last, per line: U+00A0 becomes a space, zero-width spaces (U+200B, U+FEFF)
 * and NUL go, whitespace-only lines become empty; blank lines at either end go; the common
 * indentation goes ({@link dedent}).
 *
 * @packageDocumentation
 */
import { dedent } from './code.js';
import { RAW_TEXT, SKIP_NAMES } from './html.js';

export type Piece =
  | { t: 'text'; s: string } // decoded text
  | { t: 'literal'; s: string } // text that is never source formatting (an escaped shortcode)
  | { t: 'open'; name: string; skip?: boolean } // a start tag (lower-case name); skip: editable or an error box
  | { t: 'close'; name: string }; // an end tag

export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

/** Elements that are content, not formatting: a block holding one is an error. */
export const DISALLOWED = new Set([
  ...RAW_TEXT, ...SKIP_NAMES,
  'applet', 'area', 'audio', 'base', 'button', 'canvas', 'datalist', 'embed', 'frame',
  'frameset', 'img', 'input', 'link', 'map', 'math', 'meta', 'meter', 'object', 'optgroup',
  'option', 'output', 'param', 'picture', 'progress', 'select', 'source', 'svg', 'track', 'video',
]);

const PRE = new Set(['pre', 'listing']);
const ASCII_WS_ONLY = /^[\t\n\f\r ]*$/;

type Event =
  | { k: 'text'; s: string; pre: boolean; ws: boolean }
  | { k: 'br' }
  | { k: 'block'; open: boolean; name: string };

/** The code in a block; `disallowed` names the first element that is not formatting, if any. */
export function recoverCode(pieces: Piece[]): { code: string; disallowed: string | null } {
  const events: Event[] = [];
  let pre = 0;
  for (const p of pieces) {
    if (p.t === 'text' || p.t === 'literal') {
      const ws = p.t === 'text' && pre === 0 && ASCII_WS_ONLY.test(p.s);
      const prev = events[events.length - 1];
      // Inline tags split text; what is shown as one run is judged as one run.
      if (prev && prev.k === 'text' && prev.pre === pre > 0) {
        prev.s += p.s;
        prev.ws = prev.ws && ws;
      } else {
        events.push({ k: 'text', s: p.s, pre: pre > 0, ws });
      }
      continue;
    }
    // A start tag: the parser ignores a stray end tag of such an element.
    if (p.t === 'open' && (DISALLOWED.has(p.name) || p.skip === true)) return { code: '', disallowed: p.name };
    if (p.name === 'br') {
      events.push({ k: 'br' }); // `</br>` is a `<br>` to the parser too
    } else if (BLOCK.has(p.name)) {
      events.push({ k: 'block', open: p.t === 'open', name: p.name });
      if (PRE.has(p.name)) pre = p.t === 'open' ? pre + 1 : Math.max(0, pre - 1);
    }
  }
  return { code: joinLines(lines(events)), disallowed: null };
}

function lines(events: Event[]): string[] {
  const out: string[] = [];
  let line = '';
  let has = false; // something (even a space) was written on this line
  let afterNewline = false; // the last thing seen was a raw newline outside <pre>
  let opened: string | null = null; // a block element just opened, with nothing in it yet
  const flush = (): void => {
    out.push(line);
    line = '';
    has = false;
  };
  for (const e of events) {
    if (e.k === 'br') {
      flush();
      afterNewline = false;
      opened = null;
    } else if (e.k === 'block') {
      if (has) flush();
      else if (!e.open && opened === e.name) out.push(''); // `<p></p>`: an empty line
      afterNewline = false;
      opened = e.open ? e.name : null;
    } else if (e.ws) {
      // ASCII whitespace alone between two breaks (adjacent texts are merged, so a text event
      // always sits between breaks): the HTML source's own indentation and line ends.
      continue;
    } else {
      opened = null;
      for (const [n, part] of e.s.split('\n').entries()) {
        if (n > 0) {
          if (e.pre || has) flush();
          else if (afterNewline) out.push('');
          afterNewline = !e.pre;
        }
        if (part !== '') {
          line += part;
          has = true;
          afterNewline = false;
        }
      }
    }
  }
  if (has) out.push(line);
  return out;
}

/** Per-line clean-up, blank edges dropped, dedented, joined. */
export function joinLines(raw: string[]): string {
  const cleaned = raw.map((l) => l.replace(/[\u200b\ufeff\u0000]/g, '').replace(/\u00a0/g, ' '));
  let a = 0;
  let b = cleaned.length;
  while (a < b && /^[ \t]*$/.test(cleaned[a] as string)) a++;
  while (b > a && /^[ \t]*$/.test(cleaned[b - 1] as string)) b--;
  return dedent(cleaned.slice(a, b)).join('\n');
}
