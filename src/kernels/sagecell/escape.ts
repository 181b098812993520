// SPDX-License-Identifier: BSD-3-Clause
/**
 * Escaping for the little HTML this backend writes itself (links to files): server-chosen
 * file names must not turn into markup.
 *
 * @packageDocumentation
 */

export function escapeAttr(s: string): string {
  return s.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
