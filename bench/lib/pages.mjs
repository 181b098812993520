// SPDX-License-Identifier: BSD-3-Clause
/** Pages the benchmarks share: exec-cell's Python page and the same Python without exec-cell. */

/** Fill a bench/pages template's `{{NAME}}` placeholders. */
export function render(template, vars) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k) => (k in vars ? String(vars[k]) : ''));
}

export const html = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${head}</head><body>${body}</body></html>`;

/**
 * exec-cell's Python page: `cells` and the script tag; the moment the first cell's output first
 * shows text is left on window.__firstOutput (checked every frame: what the reader sees).
 */
export const execCellPythonPage = (cells) =>
  html(
    `${cells}<script src="/dist/exec-cell.js"></script>
<script>
  (function poll() {
    const out = document.querySelector('exec-cell')?.shadowRoot?.querySelector('[part="output"]');
    if (out && out.textContent.trim()) window.__firstOutput = performance.now();
    else requestAnimationFrame(poll);
  })();
</script>`,
  );

/** The same Python without exec-cell: a module worker importing Pyodide's loader from the package. */
export const BARE_PYODIDE_WORKER = `
import { loadPyodide } from '/node_modules/pyodide/pyodide.mjs';
const py = await loadPyodide({ indexURL: '/dist/pyodide/' });
py.setStdout({ write: (b) => { postMessage(new TextDecoder().decode(b)); return b.length; } });
py.runPython('print(1+1)');
`;

/** The page of {@link BARE_PYODIDE_WORKER}, served at `workerPath`. */
export const barePyodidePage = (workerPath) =>
  html(`<pre id="out"></pre><script>
  const w = new Worker(${JSON.stringify(workerPath)}, { type: 'module' });
  w.onmessage = (e) => { document.getElementById('out').textContent += e.data; window.__firstOutput ??= performance.now(); };
</script>`);
