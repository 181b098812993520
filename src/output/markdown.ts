// SPDX-License-Identifier: BSD-3-Clause
/**
 * Markdown output: marked turns it into HTML, `$…$` and `$$…$$` become MathML through
 * KaTeX (marked-katex-extension keeps the TeX away from Markdown's emphasis rules), and the
 * result is sanitised like any HTML output. Loaded on first use.
 *
 * @packageDocumentation
 */
import { Marked } from 'marked';
import markedKatex from 'marked-katex-extension';
import { KATEX_OPTIONS } from './math.js';

const marked = new Marked({ gfm: true, async: false }).use(markedKatex({ ...KATEX_OPTIONS, nonStandard: true }));

export function markdownToHtml(source: string): string {
  return marked.parse(source) as string;
}
