// SPDX-License-Identifier: BSD-3-Clause
/**
 * Differential test: the PHP twin (filter-php/classes/local/rewriter.php) against rewrite() on
 * 4,000 generated texts beyond the shared vectors, through one `php` process. Skipped, saying so,
 * where no php is installed (the PHPUnit suite needs it anyway).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewrite, type RewriteOptions } from '../../../src/filter/rewrite.js';
import { FUZZ_SEED, runs } from './scale.js';
import { code, type Editor, encodeBlock, openTag, pageText, soup } from './arbitraries.js';

const php = spawnSync('php', ['-v']).status === 0;
const cli = fileURLToPath(new URL('../../../filter-php/tests/cli_rewrite.php', import.meta.url));

describe.skipIf(!php)('PHP twin on generated texts (needs php on PATH)', () => {
  it('gives byte-identical output', () => {
    const options = fc.record({
      moodle: fc.boolean(),
      protect: fc.boolean(),
      style: fc.boolean(),
      allowTrustOutputs: fc.boolean(),
      allowAutorun: fc.boolean(),
    });
    const editor = fc.constantFrom<Editor>('tinymce', 'atto', 'pre', 'divs', 'plain');
    const block = fc
      .tuple(pageText, code, editor, fc.nat(1000), openTag, fc.boolean(), pageText)
      .map(([a, lines, e, s, open, crlf, b]) => a + encodeBlock(e, lines, s, open, crlf) + b);
    const texts = [
      ...fc.sample(soup, { numRuns: runs(2500), seed: 7 + FUZZ_SEED }),
      ...fc.sample(block, { numRuns: runs(1000), seed: 11 + FUZZ_SEED }),
      ...fc.sample(fc.array(fc.oneof(soup, block), { maxLength: 6 }).map((x) => x.join('')), { numRuns: runs(500), seed: 13 + FUZZ_SEED }),
    ];
    const opts = fc.sample(options, { numRuns: texts.length, seed: 17 + FUZZ_SEED }) as RewriteOptions[];
    const cases = texts.map((input, i) => ({ input, options: opts[i] as RewriteOptions }));
    // Past the limits (rewrite.ts): a block with more than 20,000 tags, more than 5,000 tags.
    const big = '<p>[python]</p>' + '<p>x = 1</p>'.repeat(10001) + '<p>[/python]</p><p>[sage]1[/sage]</p>';
    for (const input of [big, '[[python]] '.repeat(5003) + '[python]1[/python]', '[python]'.repeat(5002)]) {
      cases.push({ input, options: {} }, { input, options: { moodle: true, style: false } });
    }
    const out = execFileSync('php', [cli], { input: JSON.stringify(cases), maxBuffer: 1 << 28 }).toString();
    const fromPhp: string[] = JSON.parse(out);
    expect(fromPhp.length).toBe(cases.length);
    cases.forEach((c, i) => {
      expect(fromPhp[i], JSON.stringify(c)).toBe(rewrite(c.input, c.options));
    });
  });
});
