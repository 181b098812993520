// SPDX-License-Identifier: BSD-3-Clause
/**
 * SageCell's languages. The server has no language parameter: every kernel runs Sage, and
 * the client rewrites the code of any other language into a Sage statement that hands it
 * to that system's interface, as the SageCell embed does (its `js/session.js`, `execute`;
 * see ../shared/sagecell/PROTOCOL.md §9 and the python/html/gp transcripts).
 *
 * @packageDocumentation
 */

/** Every language SageCell runs, as the `language` attribute names them. */
export const SAGECELL_LANGUAGES = [
  'sage',
  'python',
  'gp',
  'gap',
  'html',
  'maxima',
  'octave',
  'r',
  'singular',
  'macaulay2',
] as const;

export type SageCellLanguage = (typeof SAGECELL_LANGUAGES)[number];

export function isSageCellLanguage(name: string): name is SageCellLanguage {
  return (SAGECELL_LANGUAGES as readonly string[]).includes(name);
}

/**
 * The Sage code that runs `code` written in `language`.
 *
 * - sage: unchanged;
 * - any other: the code becomes a Python triple-quoted string (backslashes and double
 *   quotes escaped), then python → `exec(…)`, html → `html(…)`, the rest →
 *   `print(<lang>.eval(…))`;
 * - octave saves the current figure as `octave.png` (the server shows new image files) and
 *   re-creates its interface when its working directory is not the kernel's;
 * - r draws with cairo (no X display on the server) and closes its devices afterwards.
 */
export function wrapCode(code: string, language: SageCellLanguage): string {
  if (language === 'sage') return code;
  let source = code;
  if (language === 'octave') {
    source =
      "warning('off', 'Octave:gnuplot-graphics')\n" +
      "set(gcf(), 'visible', 'off')\n" +
      source +
      '\n' +
      "if (get(gcf(), 'children'))\n" +
      "    saveas(gcf(), 'octave.png')\n" +
      '    close\n' +
      'endif';
  }
  const quoted = '("""' + source.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '""")';
  let wrapped: string;
  if (language === 'python') wrapped = 'exec' + quoted;
  else if (language === 'html') wrapped = 'html' + quoted;
  else wrapped = `print(${language}.eval${quoted})`;
  if (language === 'octave') wrapped = 'if octave.path() != os.getcwd():\n    octave = Octave()\n' + wrapped;
  if (language === 'r') wrapped = `r.eval("options(bitmapType='cairo')"); ${wrapped}\nr.eval("graphics.off()"); None`;
  return wrapped;
}
