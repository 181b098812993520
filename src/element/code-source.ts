// SPDX-License-Identifier: BSD-3-Clause
/**
 * The author's code, read from the element's light DOM (DESIGN §4): a
 * `<script type="text/plain">` child (raw text, for code full of `<`), else a `<pre>` child,
 * else the element's own text content. Blank first and last lines are dropped and the
 * common indentation removed, so code indented to match the surrounding HTML runs as typed.
 *
 * @packageDocumentation
 */

export function readAuthorCode(host: Element): string {
  const script = host.querySelector(':scope > script[type="text/plain"]');
  if (script) return dedent(script.textContent ?? '');
  const pre = host.querySelector(':scope > pre');
  if (pre) return dedent(pre.textContent ?? '');
  return dedent(host.textContent ?? '');
}

/**
 * Drop blank first and last lines, remove the indentation every non-blank line shares,
 * and normalise line ends to `\n`. Whitespace-only lines do not count towards the shared
 * indentation, and keep what is left of theirs.
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  let common: string | null = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === null || !indent.startsWith(common)) common = sharedPrefix(common ?? indent, indent);
    if (common === '') break;
  }
  if (!common) return lines.join('\n');
  const n = common.length;
  return lines.map((line) => (line.startsWith(common!) ? line.slice(n) : line.trimStart())).join('\n');
}

function sharedPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
