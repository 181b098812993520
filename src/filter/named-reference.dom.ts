// SPDX-License-Identifier: BSD-3-Clause
/**
 * named-reference.ts for the script tag's builds: the browser's HTML parser decodes the
 * reference, with the WHATWG table every engine carries (the one PHP compiled in too). `ref`
 * is `&`, letters and digits, `;` (entities.ts's pattern): no markup can be in it.
 *
 * The parser also decodes a known name without its semicolon (`&not` of `&notit;` gives
 * "¬it;"), which PHP does not: such a partial decode keeps at least one letter of the name and
 * the `;` beside the decoded character, while a whole reference decodes to one or two UTF-16
 * code units. So anything longer is not a reference here.
 *
 * @packageDocumentation
 */
let scratch: HTMLElement | undefined;

export function decodeNamedReference(ref: string): string {
  scratch ??= document.createElement('div');
  scratch.innerHTML = ref;
  const decoded = scratch.textContent ?? ref;
  return decoded.length <= 2 ? decoded : ref;
}
