// SPDX-License-Identifier: BSD-3-Clause
// Code in other languages is sent as the embed sends it: byte for byte what the recorded
// python, html and gp exchanges carried.
import { describe, expect, test } from 'vitest';
import { isSageCellLanguage, SAGECELL_LANGUAGES, wrapCode } from '../../src/kernels/sagecell/languages.js';
import { steps, transcript } from './sagecell-transcripts.js';

/** The code the recording sent in its (first) execute_request. */
function recordedCode(name: 'python_language' | 'html_language' | 'gp_language'): string {
  for (const step of steps(transcript(name))) if ('send' in step) return String(step.send.content.code);
  throw new Error(`${name} sends no code`);
}

describe('language wrapping', () => {
  test('sage goes as it is', () => {
    expect(wrapCode('x = 1\nprint("a\\\\b")', 'sage')).toBe('x = 1\nprint("a\\\\b")');
  });

  test('python → exec("""…"""), quotes and backslashes escaped, as recorded', () => {
    const code = 'print("python", sum(range(10)))\nimport sys\nprint(sys.version_info[:2])\n[i*i for i in range(3)]';
    expect(wrapCode(code, 'python')).toBe(recordedCode('python_language'));
  });

  test('html → html("""…"""), as recorded', () => {
    expect(wrapCode('<h3>Title</h3><p>Para "quoted" \\ backslash</p>', 'html')).toBe(recordedCode('html_language'));
  });

  test('gp and the other interfaces → print(<lang>.eval("""…""")), as recorded', () => {
    expect(wrapCode('factor(2^64+1)', 'gp')).toBe(recordedCode('gp_language'));
    expect(wrapCode('Factors(91);', 'gap')).toBe('print(gap.eval("""Factors(91);"""))');
    expect(wrapCode('integrate(x^2, x);', 'maxima')).toBe('print(maxima.eval("""integrate(x^2, x);"""))');
  });

  test('octave saves its figure and re-creates its interface in the kernel’s folder; r draws with cairo', () => {
    const octave = wrapCode('plot([1 2 3])', 'octave');
    expect(octave.startsWith('if octave.path() != os.getcwd():\n    octave = Octave()\nprint(octave.eval("""')).toBe(true);
    expect(octave).toContain("saveas(gcf(), 'octave.png')");
    expect(wrapCode('print(1)', 'r')).toBe(`r.eval("options(bitmapType='cairo')"); print(r.eval("""print(1)"""))\nr.eval("graphics.off()"); None`);
  });

  test('the languages SageCell knows', () => {
    expect(SAGECELL_LANGUAGES).toEqual(['sage', 'python', 'gp', 'gap', 'html', 'maxima', 'octave', 'r', 'singular', 'macaulay2']);
    expect(isSageCellLanguage('singular')).toBe(true);
    expect(isSageCellLanguage('fortran')).toBe(false);
  });
});
