// SPDX-License-Identifier: BSD-3-Clause
/**
 * The base style inside every rich output's own shadow root: readable tables (pandas),
 * images that fit the cell, code in monospace. Colours come from the cell's custom
 * properties, which inherit into the shadow root.
 *
 * @packageDocumentation
 */
let sheet: CSSStyleSheet | undefined;

export function richStyles(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { display: block; overflow-x: auto; color: var(--exec-cell-output-fg, inherit); }
    img, svg, video, canvas { max-width: 100%; height: auto; }
    table { border-collapse: collapse; border-spacing: 0; font-size: 0.9em; margin: 0.25em 0; }
    th, td { padding: 0.25em 0.6em; text-align: right; border: none; vertical-align: top; }
    thead th, thead td { border-bottom: 1px solid var(--exec-cell-border, #bbb); }
    tbody tr:nth-child(odd) { background: var(--exec-cell-table-stripe, rgba(127, 127, 127, 0.08)); }
    pre, code { font-family: var(--exec-cell--mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); }
    pre { white-space: pre-wrap; }
    iframe.sandboxed { display: block; width: 100%; border: 0; height: 1.5em; }
    math[display="block"] { margin: 0.5em 0; }
    a { color: var(--exec-cell--accent, #0a66c2); }
    p:first-child { margin-top: 0; }
    p:last-child { margin-bottom: 0; }
  `);
  return sheet;
}
