// SPDX-License-Identifier: BSD-3-Clause
/**
 * Character references, decoded exactly as PHP's
 * `html_entity_decode($s, ENT_QUOTES | ENT_HTML5, 'UTF-8')` decodes them, so that this
 * rewriter and the Moodle plugin agree byte for byte.
 *
 * Named references are looked up in the WHATWG table, which PHP compiled in as well
 * (named-reference.ts). Only the forms PHP accepts are decoded: the semicolon is required,
 * and a numeric reference to a code point HTML5 forbids in a reference (NUL, C0/C1 controls
 * other than tab, LF and FF, CR, surrogates, noncharacters, > U+10FFFF) stays as written.
 * PHP parses hex digits with `strtol(…, 16)`, which also swallows a `0x` prefix, so
 * `&#x0x41;` is "A" there and here.
 *
 * @packageDocumentation
 */
import { decodeNamedReference } from './named-reference.js';

const REFERENCE = /&(?:#[xX](?:0[xX])?([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z0-9]+));/g;

/** Decodes every character reference in `s` once. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(REFERENCE, decodeReference);
}

function decodeReference(ref: string, hex?: string, dec?: string): string {
  if (hex === undefined && dec === undefined) return decodeNamedReference(ref);
  const digits = stripZeros(hex ?? (dec as string));
  // strtol saturates on overflow, and anything past U+10FFFF is refused: bound the length
  // before parsing so that a thousand digits cost nothing.
  if (digits.length > (hex !== undefined ? 6 : 7)) return ref;
  const cp = parseInt(digits || '0', hex !== undefined ? 16 : 10);
  return isAllowedInReference(cp) ? String.fromCodePoint(cp) : ref;
}

function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 0x30) i++;
  return digits.slice(i);
}

/** PHP's `unicode_cp_is_allowed()` for HTML5, minus U+000D (ext/standard/html.c). */
function isAllowedInReference(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0c ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0x10ffff && (cp & 0xfffe) !== 0xfffe && (cp < 0xfdd0 || cp > 0xfdef))
  );
}
