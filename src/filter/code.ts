// SPDX-License-Identifier: BSD-3-Clause
/**
 * How code is read back from an `<exec-cell>`'s text (DESIGN §4): blank first and last lines
 * are dropped and the common indentation is removed. The element should call {@link readCode}
 * so that the filter and the element share one rule; the filter emits recovered code that this
 * rule returns unchanged (it has no blank edge lines and is already dedented).
 */

const BLANK = /^[ \t]*$/;

/** The element's rule: text content → code. */
export function readCode(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && BLANK.test(lines[0] as string)) lines.shift();
  if (lines.length > 1 && BLANK.test(lines[lines.length - 1] as string)) lines.pop();
  return dedent(lines).join('\n');
}

/**
 * Removes the longest run of spaces and tabs that starts every non-blank line (Python's
 * `textwrap.dedent`); blank lines become empty. Tabs and spaces are not interchangeable.
 */
export function dedent(lines: string[]): string[] {
  let margin: string | null = null;
  for (const line of lines) {
    if (BLANK.test(line)) continue;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (margin === null) {
      margin = indent;
      continue;
    }
    let k = 0;
    while (k < margin.length && k < indent.length && margin[k] === indent[k]) k++;
    margin = margin.slice(0, k);
    if (margin === '') break;
  }
  const cut = margin?.length ?? 0;
  return lines.map((line) => (BLANK.test(line) ? '' : line.slice(cut)));
}
