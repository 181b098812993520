// SPDX-License-Identifier: BSD-3-Clause
/**
 * Escaping for everything the filter writes. Text escapes `&`, `<`, `>`; attribute values also
 * escape both quotes. Moodle mode also writes `{`, `}`, `$` and `\` as character references in
 * text, so that Moodle's mathjaxloader (which scans the raw HTML for `$$`, `\(`, `\[` and
 * rewrites `<`/`>` inside `{…}`) never matches inside a cell; the element reads the decoded
 * text, so the code is unchanged.
 */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };
const MOODLE: Record<string, string> = { ...TEXT, '{': '&#123;', '}': '&#125;', $: '&#36;', '\\': '&#92;' };

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => TEXT[c] as string);
}

export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ATTR[c] as string);
}

/** Text escaping for Moodle mode (see the module comment). */
export function escapeMoodleText(s: string): string {
  return s.replace(/[&<>{}$\\]/g, (c) => MOODLE[c] as string);
}

/** Lower-cases ASCII letters only, as the HTML parser and PHP 8.2's strtolower() do. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
}
