// SPDX-License-Identifier: BSD-3-Clause
// display.py (IPython.display for the in-browser Python), run by Debian's CPython: the mime
// bundles objects become and the messages display() sends. It imports only the standard
// library, so it runs outside Pyodide too.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';

const DIR = new URL('../../src/kernels/pyodide/', import.meta.url).pathname;

/** Run Python with display.py importable as `d`; the script prints one JSON value. */
function python(script: string): unknown {
  const prelude = `import sys, json, base64\nsys.path.insert(0, ${JSON.stringify(DIR)})\nimport display as d\nsent = []\nd.set_sender(sent.append)\n`;
  return JSON.parse(execFileSync('python3', ['-c', prelude + script], { encoding: 'utf8' }));
}

// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('mime_bundle', () => {
  test('every _repr_*_ method, tuples as (data, metadata), bytes as base64, and always text/plain', () => {
    const result = python(`
class Rich:
    def _repr_html_(self): return "<b>h</b>"
    def _repr_markdown_(self): return "*m*", {"note": 1}
    def _repr_latex_(self): return "$x$"
    def _repr_svg_(self): return "<svg/>"
    def _repr_png_(self): return base64.b64decode("${PNG}")
    def _repr_json_(self): return {"a": 1}
    def __repr__(self): return "Rich()"
print(json.dumps(d.mime_bundle(Rich())))`);
    expect(result).toEqual([
      {
        'text/html': '<b>h</b>',
        'text/markdown': '*m*',
        'text/latex': '$x$',
        'image/svg+xml': '<svg/>',
        'image/png': PNG,
        'application/json': { a: 1 },
        'text/plain': 'Rich()',
      },
      { 'text/markdown': { note: 1 } },
    ]);
  });

  test('_repr_mimebundle_ wins; a class is shown as itself; a failing repr is skipped with a note on stderr', () => {
    const result = python(`
class Bundle:
    def _repr_mimebundle_(self, include=None, exclude=None): return {"text/html": "<i>b</i>", "text/plain": "B"}
    def _repr_html_(self): return "ignored"
class Broken:
    def _repr_html_(self): raise ValueError("nope")
    def __repr__(self): return "Broken()"
import io, contextlib
err = io.StringIO()
with contextlib.redirect_stderr(err):
    broken = d.mime_bundle(Broken())
print(json.dumps([d.mime_bundle(Bundle())[0], d.mime_bundle(Bundle)[0]["text/plain"], broken[0], err.getvalue()]))`);
    expect(result).toEqual([
      { 'text/html': '<i>b</i>', 'text/plain': 'B' },
      "<class '__main__.Bundle'>",
      { 'text/plain': 'Broken()' },
      '_repr_html_ of Broken failed: ValueError: nope\n',
    ]);
  });
});

describe('display()', () => {
  test('display ids, updates, clear_output, and the IPython classes', () => {
    const sent = python(`
h = d.display(d.HTML("<p>1</p>"), display_id="one")
h.update(d.Markdown("**2**"))
d.clear_output(wait=True)
d.display(d.Image(data=base64.b64decode("${PNG}"), width=4), d.JSON({"k": [1]}), d.Math("x^2"), d.SVG("<svg/>"), d.Latex("$y$"))
print(json.dumps(sent))`);
    expect(sent).toEqual([
      { type: 'display', data: { 'text/html': '<p>1</p>', 'text/plain': '<IPython.core.display.HTML object>' }, metadata: {}, display_id: 'one' },
      { type: 'update', data: { 'text/markdown': '**2**', 'text/plain': '<IPython.core.display.Markdown object>' }, metadata: {}, display_id: 'one' },
      { type: 'clear', wait: true },
      { type: 'display', data: { 'image/png': PNG, 'text/plain': '<IPython.core.display.Image object>' }, metadata: { 'image/png': { width: 4 } }, display_id: null },
      { type: 'display', data: { 'application/json': { k: [1] }, 'text/plain': '<IPython.core.display.JSON object>' }, metadata: { 'application/json': { expanded: false, root: 'root' } }, display_id: null },
      { type: 'display', data: { 'text/latex': '$\\displaystyle x^2$', 'text/plain': '<IPython.core.display.Math object>' }, metadata: {}, display_id: null },
      { type: 'display', data: { 'image/svg+xml': '<svg/>', 'text/plain': '<IPython.core.display.SVG object>' }, metadata: {}, display_id: null },
      { type: 'display', data: { 'text/latex': '$y$', 'text/plain': '<IPython.core.display.Latex object>' }, metadata: {}, display_id: null },
    ]);
  });

  test('install() makes `from IPython.display import …` and IPython.core.display work', () => {
    const result = python(`
d.install()
from IPython.display import display, HTML
import IPython.core.display as core
display(HTML("x"))
print(json.dumps([core.HTML is HTML, len(sent), callable(__builtins__.display if hasattr(__builtins__, "display") else __builtins__["display"])]))`);
    expect(result).toEqual([true, 1, true]);
  });

  test('display_id=True makes a fresh id, and an Image from a URL is linked, not fetched', () => {
    const [id, img] = python(`
h = d.display("a", display_id=True)
d.display(d.Image(url="https://example.org/a.png", width=3))
print(json.dumps([h.display_id, sent[1]["data"]["text/html"]]))`) as [string, string];
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(img).toBe('<img src="https://example.org/a.png" width="3">');
  });
});
