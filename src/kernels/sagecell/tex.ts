// SPDX-License-Identifier: BSD-3-Clause
/**
 * Sage writes typeset maths as HTML carrying `<script type="math/tex">` (inline) and
 * `<script type="math/tex; mode=display">` elements (`show(x^2)`, `table(…)`, `html("$x$")`),
 * which the embed leaves to MathJax. Output sanitising drops scripts, so each one is turned
 * into KaTeX's MathML here, before the output reaches the output model. KaTeX is the chunk
 * the output renderers load for LaTeX too: a page loads it once.
 *
 * @packageDocumentation
 */

/** The options of `output/math.ts` (KATEX_OPTIONS); a backend does not import output/. */
const KATEX_OPTIONS = { output: 'mathml', throwOnError: false, trust: false, strict: 'ignore' } as const;

const MATH_SCRIPT = /<script\s+type\s*=\s*(["'])math\/tex(\s*;\s*mode\s*=\s*display)?\s*\1\s*>([\s\S]*?)<\/script\s*>/gi;

export function hasTex(html: string): boolean {
  MATH_SCRIPT.lastIndex = 0;
  return MATH_SCRIPT.test(html);
}

/** `html` with every TeX script replaced by MathML (a formula KaTeX cannot parse shows as its TeX, in red). */
export async function typesetHtml(html: string): Promise<string> {
  const { default: katex } = await import('katex');
  MATH_SCRIPT.lastIndex = 0;
  return html.replace(MATH_SCRIPT, (_, _q: string, display: string | undefined, tex: string) =>
    withoutAnnotation(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display !== undefined })),
  );
}

/**
 * KaTeX wraps its MathML in `<semantics>` with the TeX source in an `<annotation>`. The output
 * sanitiser does not allow those two elements and keeps their text, so the TeX would show
 * beside the formula: drop the annotation and keep the formula.
 */
export function withoutAnnotation(mathml: string): string {
  return mathml.replace(/<annotation\b[^>]*>[\s\S]*?<\/annotation>/g, '').replace(/<\/?semantics>/g, '');
}
