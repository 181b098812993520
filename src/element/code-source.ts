// SPDX-License-Identifier: BSD-3-Clause
/**
 * The author's code, read from the element's light DOM (DESIGN §4): a
 * `<script type="text/plain">` child (raw text, for code full of `<`), else a `<pre>` child,
 * else the element's own text content. Read back with the filter's rule (`readCode`: blank
 * first and last lines dropped, common indentation removed), so a cell written by the
 * shortcode filter runs exactly the code its author typed.
 *
 * @packageDocumentation
 */
import { readCode } from '../filter/code.js';

export function readAuthorCode(host: Element): string {
  const source =
    host.querySelector(':scope > script[type="text/plain"]') ?? host.querySelector(':scope > pre') ?? host;
  return readCode(source.textContent ?? '');
}
