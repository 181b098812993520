// SPDX-License-Identifier: BSD-3-Clause
import { describe, expect, test } from 'vitest';
import { countLines, splitLines, tailStart } from '../../src/output/area.js';
import { latexToHtml } from '../../src/output/math.js';
import { ansiToHtml, toBasicColours } from '../../src/output/ansi.js';
import { editKey, hash } from '../../src/element/persistence.js';

describe('long stream helpers', () => {
  test('tailStart finds where the last N lines begin', () => {
    expect(tailStart('a\nb\nc\n', 2)).toBe(2);
    expect(tailStart('a\nb\nc', 2)).toBe(2);
    expect(tailStart('a\nb\nc\n', 3)).toBe(0);
    expect(tailStart('', 5)).toBe(0);
    // Output that starts with a blank line (GP's) is not cut.
    expect(tailStart('\nabc\n', 2000)).toBe(0);
    expect(tailStart('\na\nb\n', 2)).toBe(1);
  });
  test('countLines counts a last line without newline', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\nb')).toBe(2);
  });
  test('splitLines cuts into blocks of N lines and loses nothing', () => {
    const text = Array.from({ length: 10 }, (_, i) => `${i}\n`).join('') + 'tail';
    const blocks = splitLines(text, 4);
    expect(blocks).toHaveLength(3);
    expect(blocks.join('')).toBe(text);
    expect(blocks[0]).toBe('0\n1\n2\n3\n');
  });
});

describe('LaTeX output', () => {
  const mark = (tex: string, display: boolean) => `[${display ? 'D' : 'I'}:${tex}]`;
  test.each([
    ['$$…$$ is display', '$$x^2$$', '[D:x^2]'],
    ['\\[…\\] is display', '\\[a\\]', '[D:a]'],
    ['$…$ and \\(…\\) are inline, text between escaped', 'a $b$ & \\(c\\)', 'a [I:b] &#38; [I:c]'],
    ['a bare environment is one display formula', '\\begin{align}x\\end{align}', '[D:\\begin{align}x\\end{align}]'],
  ])('%s', (_, src, expected) => expect(latexToHtml(src, mark)).toBe(expected));
});

describe('ANSI', () => {
  test('256-colour and 24-bit codes become the nearest basic colour', () => {
    expect(toBasicColours('\x1b[38;5;28mdef\x1b[0m')).toBe('\x1b[32mdef\x1b[0m');
    expect(toBasicColours('\x1b[1;38;5;21mx')).toBe('\x1b[1;34mx');
    expect(toBasicColours('\x1b[48;2;250;250;250mx')).toBe('\x1b[107mx');
    expect(toBasicColours('\x1b[31mplain\x1b[0m')).toBe('\x1b[31mplain\x1b[0m');
  });
  test('markup in terminal text is escaped', () => {
    expect(ansiToHtml('\x1b[31m<script>x</script>\x1b[0m')).toBe('<span class="ansi-red-fg">&lt;script&gt;x&lt;/script&gt;</span>');
  });
});

describe('saved edits', () => {
  test('the key holds the page, the index and the author’s code', () => {
    expect(editKey('/p', 0, 'a')).not.toBe(editKey('/p', 1, 'a'));
    expect(editKey('/p', 0, 'a')).not.toBe(editKey('/p', 0, 'b'));
    expect(editKey('/p?id=1', 0, 'a')).not.toBe(editKey('/p?id=2', 0, 'a'));
    expect(hash('print(1)')).toMatch(/^[0-9a-f]{8}$/);
  });
});
