// SPDX-License-Identifier: BSD-3-Clause
/**
 * The markup the filter writes, as strings. `dom.ts` builds the same nodes; the shared vectors
 * and the DOM parity test hold both to this file.
 */
import { escapeAttribute, escapeMoodleText, escapeText } from './escape.js';
import type { CellSpec } from './grammar.js';

/**
 * The one-time style: readable code before the element is defined, and the error boxes and
 * notes. No `>` and balanced braces, so Moodle's mathjaxloader leaves it alone.
 */
export const STYLE_CSS =
  'exec-cell:not(:defined){display:block;white-space:pre;font-family:monospace;overflow-x:auto;' +
  'margin:.5em 0;padding:.5em;border:1px solid #8888;border-radius:4px}' +
  '.exec-cell-error,.exec-cell-note{display:block;margin:.5em 0;padding:.5em;border-radius:4px}' +
  '.exec-cell-error{border:2px solid #c00;background:#fff4f4;color:#600}' +
  '.exec-cell-error-message{display:block;font-weight:bold}' +
  '.exec-cell-error-source{display:block;white-space:pre-wrap;margin-top:.5em;color:#222;background:none}' +
  '.exec-cell-note{border:1px solid #c90;background:#fffbe6;color:#5a4500;font-size:.9em}';
export const STYLE = `<style data-exec-cell>${STYLE_CSS}</style>`;

/**
 * Moodle mode wraps what it writes: `nolink` keeps urltolink, emoticon, activitynames and
 * glossary out (each skips a `<span class="nolink">`), `tex2jax_ignore` keeps MathJax 2 and 3
 * from typesetting the cell's text. Two spans, because urltolink wants the class alone.
 */
export const MOODLE_OPEN = '<span class="nolink"><span class="tex2jax_ignore">';
export const MOODLE_CLOSE = '</span></span>';
/** The wrapper start tags, as written above: removed around a block before it is rewrapped. */
export const MOODLE_WRAPPERS = ['<span class="nolink">', '<span class="tex2jax_ignore">'];

export function cellMarkup(spec: CellSpec, code: string, moodle: boolean): string {
  let html = '<exec-cell';
  for (const [name, value] of spec.attrs) {
    html += value === '' && name !== 'backend' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  html += `>${moodle ? escapeMoodleText(code) : escapeText(code)}</exec-cell>`;
  for (const note of spec.notes) html += noteMarkup(note, moodle);
  return html;
}

export function noteMarkup(text: string, moodle: boolean): string {
  return `<span class="exec-cell-note" role="note">${moodle ? escapeMoodleText(text) : escapeText(text)}</span>`;
}

export function errorMarkup(message: string, source: string, moodle: boolean): string {
  const esc = moodle ? escapeMoodleText : escapeText;
  return (
    '<span class="exec-cell-error" role="alert">' +
    `<span class="exec-cell-error-message">${esc(message)}</span>` +
    `<code class="exec-cell-error-source">${esc(source)}</code>` +
    '</span>'
  );
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
 * keeps and the other filters skip, for the post-clean stage to turn into the same cell. Every
 * `[` in the code is followed by U+200B (recovery drops zero-width spaces) so that no tag can
 * appear in it.
 */
export function protectedMarkup(name: string, canonical: string, code: string): string {
  const open = canonical === '' ? `[${name}]` : `[${name} ${escapeText(canonical)}]`;
  return `${MOODLE_OPEN}${open}\n${escapeText(code).replace(/\[/g, '[\u200b')}\n[/${name}]${MOODLE_CLOSE}`;
}
