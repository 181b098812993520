// SPDX-License-Identifier: BSD-3-Clause
/**
 * LaTeX with KaTeX, loaded from the package on first use (never a CDN). KaTeX writes MathML,
 * which every current browser draws natively: no KaTeX stylesheet or fonts have to reach the
 * page or the shadow root.
 *
 * @packageDocumentation
 */
import type { KatexOptions } from 'katex';

export const KATEX_OPTIONS: KatexOptions = {
  output: 'mathml',
  throwOnError: false,
  // No \href, \htmlClass…: an output's TeX must not produce links or markup of its own.
  trust: false,
  strict: 'ignore',
};

/**
 * Render `text/latex` output: `$…$`, `$$…$$`, `\[…\]`, `\(…\)` or a bare environment.
 * Text around the math is kept as text.
 */
export async function renderLatex(target: HTMLElement, source: string): Promise<void> {
  const { default: katex } = await import('katex');
  const html = latexToHtml(source, (tex, display) => katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display }));
  target.innerHTML = html;
}

type Typeset = (tex: string, display: boolean) => string;

const DELIMITED = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|\$((?:\\\$|[^$])+?)\$/g;

/** Replace each delimited formula by `typeset`'s HTML; escape the text between them. */
export function latexToHtml(source: string, typeset: Typeset): string {
  const trimmed = source.trim();
  DELIMITED.lastIndex = 0;
  if (!DELIMITED.test(trimmed)) {
    // No delimiters: the whole thing is one formula (IPython's Latex("\\begin{align}…")).
    return typeset(trimmed, true);
  }
  DELIMITED.lastIndex = 0;
  let html = '';
  let last = 0;
  for (const m of trimmed.matchAll(DELIMITED)) {
    html += escapeHtml(trimmed.slice(last, m.index));
    const display = m[1] !== undefined || m[2] !== undefined;
    html += typeset((m[1] ?? m[2] ?? m[3] ?? m[4])!, display);
    last = m.index + m[0].length;
  }
  return html + escapeHtml(trimmed.slice(last));
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
