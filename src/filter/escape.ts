// SPDX-License-Identifier: BSD-3-Clause
/**
 * Escaping for everything the filter writes. Text escapes `&`, `<`, `>`; attribute values also
 * escape both quotes.
 *
 * Moodle mode writes every ASCII punctuation character as a decimal character reference, in text
 * and in attribute values. Moodle's emoticon, urltolink, displayh5p and emailprotect filters and
 * mathjaxloader match raw HTML (`:-)`, `http://`, `$$`, `\(`, `{…}`), also inside attributes,
 * and every such pattern holds punctuation; none can see through a reference. The browser
 * decodes them, so the element reads the same code. Letters and digits stay readable: the
 * filters that match words (activitynames, glossary) skip the `<nolink>` around the cell.
 */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => TEXT[c] as string);
}

export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ATTR[c] as string);
}

/** Moodle mode's escaping, for text and attribute values alike (see the module comment). */
export function escapeMoodle(s: string): string {
  return s.replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Lower-cases ASCII letters only, as the HTML parser and PHP 8.2's strtolower() do. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
}
