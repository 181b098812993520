// SPDX-License-Identifier: BSD-3-Clause
/**
 * Generators shared by the property tests: code written the way editors store it, and a soup of
 * tags, shortcodes, references and hostile bits.
 */
import { decodeHTML } from 'entities';
import fc from 'fast-check';

/** The element's rule (DESIGN §4), written again: drop a blank first and last line, dedent. */
export function readBack(text: string): string {
  const lines = text.split('\n');
  const blank = (l: string): boolean => /^[ \t]*$/.test(l);
  if (lines.length > 1 && blank(lines[0] as string)) lines.shift();
  if (lines.length > 1 && blank(lines[lines.length - 1] as string)) lines.pop();
  const indents = lines.filter((l) => !blank(l)).map((l) => /^[ \t]*/.exec(l)?.[0] ?? '');
  let margin = indents[0] ?? '';
  for (const i of indents) while (!i.startsWith(margin)) margin = margin.slice(0, -1);
  return lines.map((l) => (blank(l) ? '' : l.slice(margin.length))).join('\n');
}

/** What the author meant: whitespace-only lines empty, blank edges gone, dedented. */
export function normalise(lines: string[]): string {
  const clean = lines.map((l) => (/^[ \t]*$/.test(l) ? '' : l));
  while (clean.length && clean[0] === '') clean.shift();
  while (clean.length && clean[clean.length - 1] === '') clean.pop();
  return readBack(clean.join('\n'));
}

/** The text content of every cell in the output, in order. */
export function cells(html: string): string[] {
  return [...html.matchAll(/<exec-cell(?=[ >])[^>]*>([^<]*)<\/exec-cell>/g)].map((m) => decodeHTML(m[1] as string));
}

const CODE_CHARS = [
  'a', 'b', 'x', 'y', 'Z', '0', '1', '9', '_', '.', ',', ':', ';', '(', ')', '=', '+', '-', '*', '/', '%',
  '<', '>', '&', '"', "'", '[', ']', '{', '}', '$', '\\', '#', '!', '?', '@', '^', '~', '|', '`', 'é', 'ß',
  'Ж', '中', '✓', '😀', '\t', ' ', ' ', ' ',
];
const codeLine = fc.array(fc.constantFrom(...CODE_CHARS), { maxLength: 24 }).map((cs) => cs.join(''));
export const code = fc
  .array(fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '\t', '        '), codeLine), { maxLength: 8 })
  .map((ls) => ls.map(([indent, text]) => indent + text))
  .filter((ls) => !/\[\/?(?:python|sage|mybinder|jupyter|jobe)/i.test(ls.join('\n')));

/** One character of text as an editor might store it. */
function encodeChar(c: string, style: number, pre: boolean): string {
  if (c === '<') return style % 3 === 0 ? '&lt;' : '&#60;';
  if (c === '>') return style % 2 === 0 ? '&gt;' : '&#x3E;';
  if (c === '&') return style % 4 === 0 ? '&#38;' : '&amp;';
  if (c === '"' && style % 5 === 0) return '&quot;';
  if (c === 'é' && style % 3 === 1) return '&eacute;';
  if (c === '✓' && style % 2 === 1) return '&#10003;';
  if (c === ' ' && !pre && style % 7 === 3) return '&nbsp;';
  return c;
}

/** A line of code as stored: references, TinyMCE's `&nbsp; ` runs, inline spans, ZW spaces. */
function encodeLine(line: string, style: number, pre: boolean): string {
  let out = '';
  let spaces = 0;
  const chars = [...line];
  chars.forEach((c, i) => {
    if (c === ' ' && !pre && style % 2 === 0) {
      // TinyMCE: a run of spaces alternates no-break and plain, starting no-break.
      out += spaces++ % 2 === 0 ? '&nbsp;' : ' ';
      return;
    }
    spaces = 0;
    out += encodeChar(c, style + i, pre);
    if (i === 2 && style % 11 === 5) out += '\u200b';
    if (i === 3 && style % 13 === 7) out += '</span><span style="color: #c00;">';
  });
  // A lone ASCII space at a paragraph's edge would be layout whitespace in TinyMCE's HTML.
  if (!pre && style % 2 === 0 && line.endsWith(' ')) out = out.replace(/ $/, '&nbsp;');
  return style % 13 === 7 ? `<span style="color: #c00;">${out}</span>` : out;
}

export type Editor = 'tinymce' | 'atto' | 'pre' | 'divs' | 'plain';

export function encodeBlock(editor: Editor, lines: string[], style: number, open: string, crlf: boolean): string {
  const close = `[/${/^\[(\w+)/.exec(open)?.[1]}]`;
  let html: string;
  switch (editor) {
    case 'tinymce': {
      const p = style % 3 === 0 ? '<p dir="ltr" style="text-align: left;">' : '<p>';
      // A blank line as TinyMCE 6 stores a typed one, as older editors do, or with a <br>.
      const blank = [`${p}</p>`, `${p}&nbsp;</p>`, `${p}<br></p>`][style % 3];
      const body = lines.map((l) => (/^[ \t]*$/.test(l) ? blank : `${p}${encodeLine(l, style, false)}</p>`));
      html = [`${p}${open}</p>`, ...body, `${p}${close}</p>`].join(style % 2 ? '\n' : '');
      break;
    }
    case 'atto':
      html = `<p>${open}<br>${lines.map((l) => encodeLine(l, style, false)).join('<br>')}<br>${close}${style % 2 ? '<br>' : ''}</p>`;
      break;
    case 'pre':
      html = `<pre>${open}\n${lines.map((l) => encodeLine(l, style, true)).join('\n')}\n${close}</pre>`;
      break;
    case 'divs':
      html = [open, ...lines, close]
        .map((l, i) => (i > 0 && i <= lines.length && /^[ \t]*$/.test(l) ? '<div><br></div>' : `<div>${i > 0 && i <= lines.length ? encodeLine(l, style, false) : l}</div>`))
        .join('');
      break;
    case 'plain':
      html = `${open}\n${lines.map((l) => encodeLine(l, style | 1, true)).join('\n')}\n${close}`;
      break;
  }
  return crlf ? html.replace(/\n/g, '\r\n') : html;
}

export const openTag = fc.constantFrom(
  '[python]', '[Python session=a1]', '[sage]', '[sage lang=gp]', '[sage&nbsp;language="maxima"]',
  "[jupyter kernel='python3']", '[mybinder repo=binder-examples/requirements ref=main]',
  '[python autorun=false readonly]', '[SAGE server=https://sagecell.example.org/]', '[jobe lang=c stdin="1 2" cputime=2]',
);
export const pageText = fc.constantFrom('', '<p>Intro.</p>', 'Text [1, 2] ', '<h3>Title</h3>\n', '<ul><li>x</li></ul>', '<p>See [[sage]].</p>');

const PIECES = [
  '[python]', '[/python]', '[sage]', '[/sage]', '[sage lang=gp]', '[mybinder repo=a/b]', '[/mybinder]',
  '[jupyter kernel=x]', '[/jupyter]', '[[python]]', '[[/sage]]', '[', ']', '[[', ']]', '[python ', '[/python x]',
  '[jobe lang=java]', '[/jobe]', "[jobe lang=c stdin='a \"b\"']", '[jobe]',
  '[python session="a b"]', "[python session='x\" onload=\"y']", '[sage server=javascript:alert(1)]',
  '[sage server=https://ok.example/]', '[python trust-outputs autorun]', '[python sesion=1]', '[python timeout=99]',
  '<p>', '</p>', '<br>', '<div>', '</div>', '<pre>', '</pre>', '<span style="x">', '</span>', '<strong>', '</strong>',
  '<li>', '<td>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<script>', '</script>',
  '<style>', '</style>', '<textarea>', '<!--', '-->', '<div contenteditable>', '</exec-cell>', '<a title="[python]">',
  '<span class="exec-cell-error">', '<b title=\'>', '"', "'", '&nbsp;', '&lt;', '&gt;', '&amp;', '&#91;', '&#93;',
  '&quot;', '&#0;', '&lt;script&gt;', '&amp;lt;', 'x', ' ', '\n', '\r\n', '\t', '\u00a0', '\u200b', '$$', '{', '}',
  '\\(', ':-)', 'https://example.org', 'print(1)', '\u0000', '😀', '<', '>', '=',
];
export const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''));


/**
 * Well-formed pages (balanced tags, nothing the parser must repair) full of shortcodes: where the
 * DOM upgrader must give exactly what the string rewriter gives.
 */
const inlineLeaf = fc.constantFrom(
  '[python]', '[/python]', '[sage lang=gp]', '[/sage]', '[mybinder repo=a/b]', '[/mybinder]', '[jupyter kernel=x]',
  '[/jupyter]', '[jobe lang=c stdin]', '[/jobe]', '[[python]]', '[', ']', ' ', 'x = 1', 'print(i)', '    ', '&nbsp;', '&lt;', '&amp;', '&#93;', '"', "'",
  '<br>', ':-)', '$$', '{', '}', '\u200b', '\u00a0', '[python session="a"]', '[python sesion=1]', '<img src="x">',
  '<script>var s = "[python]";</script>', '<!-- [sage] -->', '\n',
);
const inline: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { weight: 5, arbitrary: inlineLeaf },
    { weight: 1, arbitrary: tie('list').map((s) => `<span style="color: red;">${s}</span>`) },
    { weight: 1, arbitrary: tie('list').map((s) => `<strong>${s}</strong>`) },
  ),
  list: fc.array(tie('node'), { maxLength: 4 }).map((a) => (a as string[]).join('')),
})).list as fc.Arbitrary<string>;
const blockNode: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { weight: 4, arbitrary: inline.map((s) => `<p>${s}</p>`) },
    { weight: 1, arbitrary: inline.map((s) => `<pre>${s.replace(/<br>/g, '\n')}</pre>`) },
    { weight: 1, arbitrary: tie('list').map((s) => `<div>${s}</div>`) },
    { weight: 1, arbitrary: fc.array(inline, { maxLength: 3 }).map((a) => `<ul>${a.map((s) => `<li>${s}</li>`).join('')}</ul>`) },
    { weight: 1, arbitrary: inline.map((s) => `<div contenteditable="true">${s}</div>`) },
    { weight: 2, arbitrary: inline },
  ),
  list: fc.array(tie('node'), { maxLength: 4 }).map((a) => (a as string[]).join('\n')),
})).list as fc.Arbitrary<string>;
export const wellFormedPage = blockNode;
