// SPDX-License-Identifier: BSD-3-Clause
/**
 * The markup the filter writes, as strings. `dom.ts` builds the same nodes; the shared vectors
 * and the DOM parity test hold both to this file.
 */
import { escapeAttribute, escapeMoodle, escapeText } from './escape.js';
import type { CellSpec } from './grammar.js';

/**
 * The one-time style: readable code before the element is defined, and the error boxes and
 * notes. Balanced braces and no `<`, `>` or emoticon-like runs: Moodle's filters leave it alone.
 */
export const STYLE_CSS =
  'exec-cell:not(:defined){display:block;white-space:pre;font-family:monospace;overflow-x:auto;' +
  'margin:.5em 0;padding:.5em;border:1px solid #8888;border-radius:4px}' +
  'exec-cell-error,exec-cell-note{display:block;margin:.5em 0;padding:.5em;border-radius:4px}' +
  'exec-cell-error{border:2px solid #c00;background:#fff4f4;color:#600}' +
  'exec-cell-error strong{display:block}' +
  'exec-cell-error code{display:block;white-space:pre-wrap;margin-top:.5em;padding:0;color:#222;background:none}' +
  'exec-cell-note{border:1px solid #c90;background:#fffbe6;color:#5a4500;font-size:.9em}';
export const STYLE = `<style data-exec-cell>${STYLE_CSS}</style>`;

/**
 * Moodle mode wraps what it writes in `<nolink>` (activitynames and glossary skip it; Moodle
 * removes the tag after its last filter) and marks it `class="tex2jax_ignore"` (MathJax 2 and 3
 * leave the text alone). No `<span>`: filter_multilang reads a language span up to the first
 * `</span>`, so a span of ours inside one would cut it short. The text itself is written as
 * references (escape.ts), which emoticon, urltolink and mathjaxloader cannot see through.
 */
export const MOODLE_OPEN = '<nolink>';
export const MOODLE_CLOSE = '</nolink>';
export const MOODLE_CLASS = 'tex2jax_ignore';

export function cellMarkup(spec: CellSpec, code: string, moodle: boolean): string {
  const attr = moodle ? escapeMoodle : escapeAttribute;
  let html = '<exec-cell';
  for (const [name, value] of spec.attrs) {
    html += value === '' && name !== 'backend' ? ` ${name}` : ` ${name}="${attr(value)}"`;
  }
  if (moodle) html += ` class="${MOODLE_CLASS}"`;
  html += `>${moodle ? escapeMoodle(code) : escapeText(code)}</exec-cell>`;
  for (const note of spec.notes) html += noteMarkup(note, moodle);
  return html;
}

export function noteMarkup(text: string, moodle: boolean): string {
  const cls = moodle ? ` class="${MOODLE_CLASS}"` : '';
  return `<exec-cell-note role="note"${cls}>${moodle ? escapeMoodle(text) : escapeText(text)}</exec-cell-note>`;
}

/** An error box: what is wrong and how to fix it, then the author's text. Phrasing content. */
export function errorMarkup(message: string, source: string, moodle: boolean): string {
  const esc = moodle ? escapeMoodle : escapeText;
  const cls = moodle ? ` class="${MOODLE_CLASS}"` : '';
  return `<exec-cell-error role="alert"${cls}><strong>${esc(message)}</strong><code>${esc(source)}</code></exec-cell-error>`;
}

/**
 * `[[sage]]` writes `[sage]`, split by an empty comment so that no later pass (the page loader
 * scanning the DOM, or this filter run again) takes it for a tag. `inner` is `[sage]`.
 */
export function literalMarkup(inner: string): string {
  return `[<!---->${escapeText(inner.slice(1))}`;
}

/**
 * Moodle's pre-clean stage: a valid block rewritten as a canonical shortcode that HTMLPurifier
 * keeps (`<nolink>` is in Moodle's purifier config) and that the other filters cannot match
 * into: a zero-width space (U+200B, which recovery drops) between any two characters that are
 * not whitespace, in the options and the code. References would not do here: the purifier
 * decodes them.
 */
export function protectedMarkup(name: string, canonical: string, code: string): string {
  const open = canonical === '' ? `[${name}]` : `[${name} ${escapeText(interleave(canonical))}]`;
  return `${MOODLE_OPEN}${open}\n${escapeText(interleave(code))}\n[/${name}]${MOODLE_CLOSE}`;
}

function interleave(s: string): string {
  return s.replace(/(?<=[^\t\n\f\r ])(?=[^\t\n\f\r ])/gu, '\u200b');
}
