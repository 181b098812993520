// SPDX-License-Identifier: BSD-3-Clause
/**
 * A named character reference (`&name;`, semicolon required) decoded from the WHATWG table in
 * the `entities` package, or returned as written when the name is not in it. The page's script
 * tag decodes with the browser's own HTML parser instead (named-reference.dom.ts, put in its
 * place by vite.config.ts): the same table, without carrying its 13 KiB (gzip).
 *
 * @packageDocumentation
 */
import { decodeHTMLStrict } from 'entities';

export function decodeNamedReference(ref: string): string {
  // Strict mode requires the semicolon, so a hit consumed all of `ref` (a name, then `;`).
  return decodeHTMLStrict(ref);
}
