// SPDX-License-Identifier: BSD-3-Clause
/**
 * The shared vectors (test/fixtures/filter-vectors.json) are the contract: rewrite() gives
 * exactly each output. The PHP twin runs the same file (filter-php/tests/rewriter_test.php).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_TAGS, MAX_TAGS, rewrite, type RewriteOptions } from '../../../src/filter/rewrite.js';

interface Vector {
  name: string;
  hostile: boolean;
  input: string;
  options: RewriteOptions;
  output: string;
}

const vectors: Vector[] = JSON.parse(
  readFileSync(new URL('../../fixtures/filter-vectors.json', import.meta.url), 'utf8'),
);

describe('shared vectors', () => {
  it('has enough of them, and enough hostile ones', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(80);
    expect(vectors.filter((v) => v.hostile).length).toBeGreaterThanOrEqual(30);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    expect(rewrite(v.input, v.options)).toBe(v.output);
  });

  it('a second rewrite changes nothing', () => {
    for (const v of vectors.filter((x) => !x.options.protect)) {
      expect(rewrite(v.output, v.options), v.name).toBe(v.output);
    }
  });

  it("Moodle's pre-clean then post-clean stages give what one pass gives", () => {
    for (const v of vectors) {
      const moodle = { ...v.options, protect: false, moodle: true };
      const staged = rewrite(rewrite(v.input, { ...moodle, protect: true }), moodle);
      expect(staged, v.name).toBe(rewrite(v.input, moodle));
    }
  });

  it('the style comes once, and only from a function that says yes', () => {
    const input = '<p>[python]1[/python]</p><p>[sage]2[/sage]</p>';
    let asked = 0;
    const yes = rewrite(input, { style: () => ++asked === 1 });
    expect(yes.match(/<style data-exec-cell>/g)?.length).toBe(1);
    expect(asked).toBe(1);
    expect(rewrite(input, { style: () => false })).not.toContain('<style');
    let called = false;
    expect(rewrite('<p>[python3] [sage</p>', { style: () => (called = true) })).toBe('<p>[python3] [sage</p>');
    expect(called).toBe(false);
  });

  it('keeps hostile texts cheap: a too-long block and too many tags stay as written', () => {
    const block = '<p>[python]</p>' + '<p>x</p>'.repeat(MAX_BLOCK_TAGS / 2 + 1) + '<p>[/python]</p>';
    const out = rewrite(block + '<p>[sage]1[/sage]</p>', { style: false });
    expect(out.startsWith('<exec-cell-error role="alert"><strong>The [python] block is too long')).toBe(true);
    expect(out).toContain('<p>[<!---->/python]</p><exec-cell backend="sagecell">1</exec-cell>');
    expect(rewrite(out, { style: false })).toBe(out);
    const escapes = '[[python]] '.repeat(MAX_TAGS + 3);
    const literal = rewrite(escapes, { style: false });
    expect(literal.match(/<!---->/g)?.length).toBe(MAX_TAGS);
    expect(literal.endsWith(' [[python]] [[python]] [[python]] ')).toBe(true);
  });

  it('returns the very same string when there is nothing to do', () => {
    const page = '<p>No [shortcodes] here, only [1, 2] and [python3].</p>';
    expect(rewrite(page)).toBe(page);
    expect(rewrite('')).toBe('');
  });
});
