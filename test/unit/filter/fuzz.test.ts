// SPDX-License-Identifier: BSD-3-Clause
/**
 * Property tests (fast-check), 12,000 generated texts in all:
 *
 * 1. Round trip: random code, written the way an editor stores it (TinyMCE paragraphs with
 *    `&nbsp;` pairs, Atto `<br>` lines, `<pre>`, browser `<div>`s, plain text, CRLF, inline
 *    spans, zero-width spaces, character references), inside random page text: the cell
 *    rewrite() writes reads back — decoding its text once and applying the element's rule,
 *    reimplemented here — as exactly that code.
 * 2. Chaos: random soup of tags, shortcodes, references, brackets and hostile bits: rewrite
 *    never throws, every `<exec-cell>` it writes has only grammar attributes with safe values
 *    and plain text content, no `<script` appears that was not in the input, a second pass
 *    changes nothing, and Moodle's two stages equal one pass.
 */
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewriteOrThrow } from '../../../src/filter/rewrite.js';
import { params, runs } from './scale.js';
import { cells, code, type Editor, encodeBlock, normalise, openTag, pageText, readBack, soup } from './arbitraries.js';

describe('round trip: editor HTML in, the same code out', () => {
  it(`holds for ${runs(6000).toLocaleString('en')} generated blocks`, () => {
    fc.assert(
      fc.property(
        code,
        fc.constantFrom<Editor>('tinymce', 'atto', 'pre', 'divs', 'plain'),
        fc.nat(1000),
        openTag,
        fc.boolean(),
        pageText,
        pageText,
        (lines, editor, style, open, crlf, before, after) => {
          const html = before + encodeBlock(editor, lines, style, open, crlf) + after;
          const out = rewriteOrThrow(html, { style: style % 2 === 0 });
          const found = cells(out);
          expect(found.length, out).toBe(1);
          expect(readBack(found[0] as string)).toBe(normalise(lines));
          // The emitted text is already what the element reads: nothing for it to drop.
          expect(readBack(found[0] as string)).toBe(found[0]);
        },
      ),
      params(6000),
    );
  });
});

const ATTRIBUTE_FORM =
  / (?:backend|language|server|repo|ref|provider|binder-url|kernel|session|timeout|cputime|memorylimit|stdin)="[^"<>]*"| (?:isolated|autorun|readonly|hide-code|trust-outputs|stdin)(?=[ >])| class="tex2jax_ignore"/y;
const URL_ATTRIBUTE = / (?:server|binder-url)="([^"]*)"/g;

/** Every `<exec-cell` in the output is one the grammar allows. */
function checkCells(out: string): void {
  for (const m of out.matchAll(/<exec-cell(?=[ >])/g)) {
    let i = (m.index as number) + '<exec-cell'.length;
    expect(out.startsWith(' backend="', i), out).toBe(true);
    for (;;) {
      ATTRIBUTE_FORM.lastIndex = i;
      const a = ATTRIBUTE_FORM.exec(out);
      if (!a) break;
      i = ATTRIBUTE_FORM.lastIndex;
    }
    expect(out[i], `attributes end cleanly in ${out.slice(m.index, i + 20)}`).toBe('>');
    const end = out.indexOf('</exec-cell>', i);
    expect(end).toBeGreaterThan(i);
    expect(out.slice(i + 1, end)).not.toContain('<');
    const tag = out.slice(m.index, i + 1);
    for (const u of tag.matchAll(URL_ATTRIBUTE)) expect(decodeHTML(u[1] as string)).toMatch(/^https?:\/\//i);
    expect(decodeHTML(tag)).toMatch(/^<exec-cell backend="(?:pyodide|sagecell|binder|jupyter|jobe)"/);
  }
}

const scripts = (s: string): number => (s.match(/<script/gi) ?? []).length;

describe('chaos: random soup', () => {
  it(`holds for ${runs(6000).toLocaleString('en')} generated texts`, () => {
    fc.assert(
      fc.property(soup, fc.boolean(), fc.boolean(), fc.boolean(), (html, moodle, allowTrustOutputs, allowAutorun) => {
        const options = { moodle, allowTrustOutputs, allowAutorun };
        const out = rewriteOrThrow(html, options);
        checkCells(out);
        expect(scripts(out)).toBeLessThanOrEqual(scripts(html));
        expect(rewriteOrThrow(out, options)).toBe(out);
        const staged = rewriteOrThrow(rewriteOrThrow(html, { ...options, protect: true }), { ...options, moodle: true });
        expect(staged).toBe(rewriteOrThrow(html, { ...options, moodle: true }));
      }),
      params(6000),
    );
  });
});
