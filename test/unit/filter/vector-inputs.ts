// SPDX-License-Identifier: BSD-3-Clause
/**
 * The inputs of test/fixtures/filter-vectors.json. `npx vite-node test/unit/filter/generate-vectors.ts`
 * writes the outputs with the TypeScript rewriter; review the diff before committing it: the
 * JSON, not this file, is the contract the PHP twin and the DOM upgrader are held to.
 *
 * Editor samples follow what the editors store: Moodle 4.x TinyMCE and Atto paragraphs
 * (`<p dir="ltr" style="text-align: left;">`, `&nbsp; &nbsp;` for runs of spaces, a trailing
 * `<br>` before `</p>`, `<p>&nbsp;</p>` or `<p><br>&nbsp;</p>` for an empty line), TinyMCE's
 * codesample `<pre class="language-python"><code>`, VS Code's `white-space: pre` divs, Word's
 * `MsoNormal` paragraphs and Jupyter's highlighted `<pre>`.
 */
import type { RewriteOptions } from '../../../src/filter/rewrite.js';

export interface VectorInput {
  name: string;
  input: string;
  options?: RewriteOptions & { style?: boolean };
  hostile?: boolean;
}

const P = '<p dir="ltr" style="text-align: left;">';
const NO_STYLE = { style: false };

export const inputs: VectorInput[] = [
  // --- TinyMCE (Moodle 4.x), typed ---
  {
    name: 'tinymce typed code, one paragraph per line, indentation as &nbsp; pairs',
    input: '<p>[python]</p>\n<p>for i in range(3):</p>\n<p>&nbsp; &nbsp; print(i)</p>\n<p>[/python]</p>',
  },
  {
    name: 'tinymce paragraphs carry dir and style attributes',
    input: `${P}Before the cell.</p>\n${P}[python]</p>\n${P}def square(x):</p>\n${P}&nbsp; &nbsp; return x * x</p>\n${P}print(square(12))</p>\n${P}[/python]</p>\n${P}After the cell.</p>`,
    options: NO_STYLE,
  },
  {
    name: 'tinymce shift-enter lines: <br> inside one paragraph',
    input: '<p>[python]<br>def f(x):<br>&nbsp; &nbsp; return x * 2<br>print(f(21))<br>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'tinymce empty line as <p>&nbsp;</p> keeps a blank line',
    input: '<p>[python]</p>\n<p>import math</p>\n<p>&nbsp;</p>\n<p>print(math.pi)</p>\n<p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'tinymce empty line as <p><br>&nbsp;</p> (Moodle 4 empty paragraph)',
    input: `${P}[python]</p>${P}a = 1</p>${P}<br>&nbsp;</p>${P}b = 2<br></p>${P}[/python]<br></p>`,
    options: NO_STYLE,
  },
  {
    name: 'tinymce deep indentation: eight spaces and a nested block',
    input:
      '<p>[python]</p>\n<p>def walk(tree):</p>\n<p>&nbsp; &nbsp; for node in tree:</p>\n<p>&nbsp; &nbsp; &nbsp; &nbsp; if node:</p>\n<p>&nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; yield node</p>\n<p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'tinymce preformatted block',
    input: '<pre>[python]\nfor i in range(3):\n    print(i)\n[/python]</pre>',
    options: NO_STYLE,
  },
  {
    name: 'tinymce codesample plugin: pre.language-python > code',
    input:
      '<pre class="language-python"><code>[python]\nimport random\nprint(random.choice([1, 2, 3]))\n[/python]</code></pre>',
    options: NO_STYLE,
  },
  {
    name: 'inline block inside a sentence stays inside the paragraph',
    input: '<p>Run this: [python]print("hi")[/python] and look below.</p>',
    options: NO_STYLE,
  },
  {
    name: 'entities in code are decoded once: &lt; &gt; &amp; &quot;',
    input: '<p>[python]</p><p>print(1 &lt; 2, 3 &gt; 2, "a &amp; b", &quot;q&quot;)</p><p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'raw quotes and apostrophes in code',
    input: `<p>[python]</p><p>print("it's", 'a "quote"')</p><p>[/python]</p>`,
    options: NO_STYLE,
  },
  {
    name: 'unicode text in code, named and numeric references',
    input: '<p>[python]</p><p>print("h&eacute;llo w&ouml;rld &#10003; &#x1F600; 中文 ✓")</p><p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'tinymce zero-width no-break space caret containers are dropped',
    input: '<p>[python]\ufeff</p><p>x\u200b = 1\ufeff</p><p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'tinymce bold shortcodes and a monospace span',
    input:
      `<p><strong>[python]</strong></p><p><span style="font-family: 'courier new', courier, monospace;">x = 1</span></p><p><span style="font-family: 'courier new', courier, monospace;">&nbsp; &nbsp;</span></p><p><strong>[/python]</strong></p>`,
    options: NO_STYLE,
  },
  {
    name: 'raw U+00A0 characters instead of &nbsp;',
    input: '<p>[python]</p><p>if True:</p><p>\u00a0\u00a0\u00a0\u00a0print("nbsp")</p><p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'tabs are kept as tabs',
    input: '<pre>[python]\nif True:\n\tprint("tab")\n[/python]</pre>',
    options: NO_STYLE,
  },
  {
    name: 'CRLF line endings in pre and between paragraphs',
    input: '<pre>[python]\r\nfor i in range(2):\r\n    print(i)\r\n[/python]</pre>\r\n<p>[sage]</p>\r\n<p>2 + 2</p>\r\n<p>[/sage]</p>',
    options: NO_STYLE,
  },
  {
    name: 'pasted plain text becomes <br> lines',
    input: '<p>[python]<br>import this<br><br>print(42)<br>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'pasted from VS Code: white-space:pre divs with raw spaces',
    input:
      '<div style="color: #cccccc; background-color: #1f1f1f; font-family: Consolas, \'Courier New\', monospace; font-weight: normal; font-size: 14px; line-height: 19px; white-space: pre;"><div><span style="color: #cccccc;">[python]</span></div><div><span style="color: #c586c0;">for</span><span style="color: #cccccc;"> </span><span style="color: #9cdcfe;">i</span><span style="color: #cccccc;"> </span><span style="color: #569cd6;">in</span><span style="color: #cccccc;"> </span><span style="color: #dcdcaa;">range</span><span style="color: #cccccc;">(</span><span style="color: #b5cea8;">3</span><span style="color: #cccccc;">):</span></div><div><span style="color: #cccccc;">    </span><span style="color: #dcdcaa;">print</span><span style="color: #cccccc;">(</span><span style="color: #9cdcfe;">i</span><span style="color: #cccccc;">)</span></div><div><br></div><div><span style="color: #cccccc;">[/python]</span></div></div>',
    options: NO_STYLE,
  },
  {
    name: 'pasted from VS Code through TinyMCE: spaces as &nbsp;',
    input:
      '<div style="white-space: pre;"><div>[python]</div><div><span style="color: #569cd6;">def</span> <span style="color: #dcdcaa;">g</span>():</div><div>&nbsp;&nbsp;&nbsp;&nbsp;<span style="color: #c586c0;">return</span> <span style="color: #b5cea8;">1</span></div><div>[/python]</div></div>',
    options: NO_STYLE,
  },
  {
    name: 'pasted from a Jupyter page: highlighted pre with spans',
    input:
      '<p>[python]</p><div class="highlight"><pre><span></span><span class="k">for</span> <span class="n">i</span> <span class="ow">in</span> <span class="nb">range</span><span class="p">(</span><span class="mi">3</span><span class="p">):</span>\n    <span class="nb">print</span><span class="p">(</span><span class="n">i</span><span class="p">)</span>\n</pre></div><p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'pasted from Word: MsoNormal paragraphs and o:p',
    input:
      '<p class="MsoNormal"><span lang="EN-GB">[python]<o:p></o:p></span></p>\n<p class="MsoNormal"><span lang="EN-GB">total = 0<o:p></o:p></span></p>\n<p class="MsoNormal"><span lang="EN-GB">for n in [1, 2]:<o:p></o:p></span></p>\n<p class="MsoNormal"><span lang="EN-GB">&nbsp;&nbsp;&nbsp; total += n<o:p></o:p></span></p>\n<p class="MsoNormal"><span lang="EN-GB">[/python]<o:p></o:p></span></p>',
    options: NO_STYLE,
  },
  // --- Recorded in the harness Moodle: TinyMCE 6 (4.5) and Atto (4.3) driven by Chromium ---
  {
    name: 'recorded tinymce 6 (Moodle 4.5), typed with Enter: <p> per line, blank line as <p></p>',
    input: '<p>[python]</p>\n<p>for i in range(3):</p>\n<p>    print(i, "&lt;&amp;&gt;")</p>\n<p></p>\n<p>print("done")</p>\n<p>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'recorded tinymce 6 (Moodle 4.5), typed with Shift+Enter',
    input: '<p>[python]<br>for i in range(3):<br>    print(i, "&lt;&amp;&gt;")<br><br>print("done")<br>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'recorded tinymce 6 (Moodle 4.5), plain-text paste: its blank line became a paragraph break',
    input: '<p>[python]<br>for i in range(3):<br>    print(i, "&lt;&amp;&gt;")</p>\n<p>print("done")<br>[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'recorded tinymce 6 (Moodle 4.5), paste from VS Code: TinyMCE already dropped the indentation',
    input: '<div>\n<div>[python]</div>\n<div>for i in range(3):</div>\n<div>print(i, "&lt;&amp;&gt;")</div>\n<br>\n<div>print("done")</div>\n<div>[/python]</div>\n</div>',
    options: NO_STYLE,
  },
  {
    name: 'recorded atto (Moodle 4.3), typed: <br> lines, &nbsp; pairs, a trailing <br>',
    input: '[python]<br>for i in range(3):<br>&nbsp; &nbsp; print(i, "&lt;&amp;&gt;")<br><br>print("done")<br>[/python]<br>',
    options: NO_STYLE,
  },
  {
    name: 'recorded atto (Moodle 4.3), paste from VS Code, with a rangy selection marker',
    input: '<div><div>[python]</div><div>for i in range(3):</div><div>    print(i, "&lt;&amp;&gt;")</div><br><div>print("done")</div><div>[/python]</div><span id="selectionBoundary_1795465790346_5723555141162098" class="rangySelectionBoundary" style="line-height: 0; display: none;">\ufeff</span></div>',
    options: NO_STYLE,
  },
  // --- Atto ---
  {
    name: 'atto typed code: <br> lines and a trailing <br>',
    input: `${P}[python]<br>for i in range(3):<br>&nbsp; &nbsp; print(i)<br>[/python]<br></p>`,
    options: NO_STYLE,
  },
  {
    name: 'atto browser divs with <div><br></div> for an empty line',
    input: '<div>[python]</div><div>x = 1</div><div><br></div><div>print(x)</div><div>[/python]</div>',
    options: NO_STYLE,
  },
  {
    name: 'atto paragraphs with a trailing <br> in each',
    input: `${P}[sage]<br></p>${P}var('x')<br></p>${P}solve(x^2 - 4 == 0, x)<br></p>${P}[/sage]<br></p>`,
    options: NO_STYLE,
  },
  {
    name: 'plain text area (no editor): raw newlines and a blank line',
    input: '[python]\nimport this\n\nprint(42)\n[/python]',
    options: NO_STYLE,
  },
  {
    name: 'hand-written HTML: <br> at line ends, raw indentation kept',
    input: '<p>[python]<br>\nfor i in range(3):<br>\n    print(i)<br>\n[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'common indentation of the whole block is removed',
    input: '<pre>[python]\n    a = 1\n    if a:\n        print(a)\n[/python]</pre>',
    options: NO_STYLE,
  },
  // --- Options ---
  { name: 'sage with language=gp (unquoted)', input: '<p>[sage language=gp]factor(2^64+1)[/sage]</p>', options: NO_STYLE },
  { name: 'sage lang alias', input: '<p>[sage lang=octave]x = 1:5[/sage]</p>', options: NO_STYLE },
  { name: 'double-quoted value', input: '<p>[sage language="maxima"]integrate(x^2, x);[/sage]</p>', options: NO_STYLE },
  { name: "single-quoted value", input: "<p>[sage language='r']summary(c(1, 2, 3))[/sage]</p>", options: NO_STYLE },
  {
    name: 'sage with its own server',
    input: '<p>[sage server="https://sagecell.example.org:8888/"]2^10[/sage]</p>',
    options: NO_STYLE,
  },
  {
    name: 'mybinder with every option',
    input:
      '<p>[mybinder repo=binder-examples/requirements ref=main provider=gh binder-url=https://mybinder.org kernel=python3 session=lab1 timeout=120]import numpy[/mybinder]</p>',
    options: NO_STYLE,
  },
  {
    name: 'mybinder from a git URL (provider=git)',
    input: '<p>[mybinder provider=git repo="https://gitlab.example.org/course/env.git" ref=v1.2]print(1)[/mybinder]</p>',
    options: NO_STYLE,
  },
  {
    name: 'mybinder from GitLab with a subgroup',
    input: '<p>[mybinder provider=GL repo=group/subgroup/project]print(1)[/mybinder]</p>',
    options: NO_STYLE,
  },
  {
    name: 'mybinder from a Zenodo DOI',
    input: '<p>[mybinder provider=zenodo repo=10.5281/zenodo.3242074]print(1)[/mybinder]</p>',
    options: NO_STYLE,
  },
  { name: 'jupyter with a kernel', input: '<p>[jupyter kernel=ir]summary(cars)[/jupyter]</p>', options: NO_STYLE },
  {
    name: 'bare flags, written in canonical order',
    input: '<p>[python hide-code readonly isolated autorun]print(1)[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'flags with true/false/yes/no/on/off/1/0 values',
    input: '<p>[python autorun=true readonly=false isolated=YES hide-code=0]print(1)[/python]</p>',
    options: NO_STYLE,
  },
  { name: 'session and timeout', input: '<p>[python session=week-1 timeout=030]x = 1[/python]</p>', options: NO_STYLE },
  {
    name: 'trust-outputs kept where the site allows it',
    input: '<p>[python trust-outputs]display(HTML("&lt;b&gt;x&lt;/b&gt;"))[/python]</p>',
    options: { style: false, allowTrustOutputs: true },
  },
  {
    name: 'trust-outputs dropped with a visible note by default',
    input: '<p>[python trust-outputs]print(1)[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'autorun dropped with a visible note where the site forbids it',
    input: '<p>[python autorun session=a]print(1)[/python]</p>',
    options: { style: false, allowAutorun: false },
  },
  {
    name: 'tag names and keys are ASCII case-insensitive',
    input: '<p>[PYTHON Session=A1 AutoRun]print(1)[/Python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'options separated by &nbsp; (editor spacing)',
    input: '<p>[sage&nbsp;language=gp&nbsp; session=s]1+1[/sage]</p>',
    options: NO_STYLE,
  },
  { name: 'spaces around =', input: '<p>[sage language = "gp"]1+1[/sage]</p>', options: NO_STYLE },
  { name: 'URL with query and fragment', input: '<p>[jupyter kernel=python3 session=a:b]1[/jupyter] [sage server=https://s.example.org/path?a=1&amp;b=2#x]1[/sage]</p>', options: NO_STYLE },
  // --- Several blocks, contexts ---
  {
    name: 'python and sage blocks in one text, style written once',
    input: '<p>[python]</p><p>print(1)</p><p>[/python]</p><p>Then Sage:</p><p>[sage]</p><p>plot(sin(x), (x, 0, pi))</p><p>[/sage]</p>',
  },
  {
    name: 'all four block kinds',
    input:
      '<p>[python]print("pyodide")[/python]</p><p>[sage]2 + 2[/sage]</p><p>[mybinder repo=binder-examples/requirements]import numpy[/mybinder]</p><p>[jupyter]1 + 1[/jupyter]</p>',
  },
  { name: 'block inside a div', input: '<div class="box">[python]x = 1[/python]</div>', options: NO_STYLE },
  { name: 'block inside a list item', input: '<ol><li>Run: [python]print(1)[/python]</li><li>Next</li></ol>', options: NO_STYLE },
  {
    name: 'block inside a table cell',
    input: '<table><tbody><tr><td>[sage]</td></tr><tr><td>1+1</td></tr></tbody></table><table><tr><td><p>[python]</p><p>x = 2</p><p>[/python]</p></td></tr></table>',
    options: NO_STYLE,
  },
  {
    name: 'block spanning list items',
    input: '<ul><li>[python]</li><li>a = 1</li><li>print(a)</li><li>[/python]</li></ul>',
    options: NO_STYLE,
  },
  { name: 'block inside a blockquote', input: '<blockquote><p>[python]</p><p>1</p><p>[/python]</p></blockquote>', options: NO_STYLE },
  {
    name: 'block that starts mid-paragraph and ends mid-paragraph',
    input: '<p>Intro [python]</p><p>x = 1</p><p>[/python] outro</p>',
    options: NO_STYLE,
  },
  { name: '[[sage]] writes a literal [sage]', input: '<p>Write [[sage]]...[[/sage]] around Sage code.</p>', options: NO_STYLE },
  {
    name: 'escape inside code keeps the tag text in the code',
    input: '<p>[python]print("[[python]] and [[/python]]")[/python]</p>',
    options: NO_STYLE,
  },
  { name: 'escaped opening tag with options', input: '<p>[[sage language=gp]]</p>', options: NO_STYLE },
  { name: 'text without shortcodes is returned unchanged', input: '<p>Lists like [1, 2] and [python3] or [sagemath] or [python stay text.</p>' },
  {
    name: 'not a tag: name followed by other characters',
    input: '<p>[python-like] [sage.x] [jupyter/] [mybinder=1]</p>',
  },
  { name: 'empty block gives an empty cell', input: '<p>[python][/python]</p>', options: NO_STYLE },
  { name: 'block of blank paragraphs gives an empty cell', input: '<p>[python]</p><p>&nbsp;</p><p>&nbsp;</p><p>[/python]</p>', options: NO_STYLE },
  {
    name: 'two blocks in one paragraph stay inline',
    input: '<p>[python]a = 1[/python] and [python]b = 2[/python]</p>',
    options: NO_STYLE,
  },
  {
    name: 'output of a rewrite is left alone (idempotent)',
    input:
      '<exec-cell backend="pyodide">print("[python]")</exec-cell><exec-cell-error role="alert"><strong>m</strong><code>[sage]</code></exec-cell-error><exec-cell-note>[sage]</exec-cell-note>[<!---->sage]',
  },
  { name: 'inside an existing exec-cell: untouched', input: '<exec-cell>[python]x[/python]</exec-cell>' },
  { name: 'inside script, style and textarea: untouched', input: '<script>var s = "[python]x[/python]";</script><style>/*[sage]*/</style><textarea>[python]y[/python]</textarea>' },
  { name: 'inside a contenteditable region: untouched', input: '<div contenteditable="true"><p>[python]x[/python]</p><div>nested</div><p>[python]y[/python]</p></div><div contenteditable="false">[python]z[/python]</div>', options: NO_STYLE },
  { name: 'inside a comment: untouched', input: '<!-- [python]x[/python] --><p>ok</p>' },
  // --- Moodle modes ---
  {
    name: 'moodle mode: in <nolink>, class tex2jax_ignore, ASCII written as references',
    input: '<p>[python]</p><p>print("$$x$$ \\\\(y\\\\) {a} :-) https://example.org")</p><p>[/python]</p>',
    options: { moodle: true },
  },
  {
    name: 'moodle mode: error box and note are wrapped too',
    input: '<p>[python trust-outputs]1[/python]</p><p>[sage]</p>',
    options: { moodle: true, style: false },
  },
  {
    name: 'moodle pre-clean stage: canonical protected shortcode, errors untouched',
    input:
      '<p>[sage lang=GP autorun]</p><p>print("[[sage]]" , 1 &lt; 2)</p><p>[/sage]</p><p>[python sesion=x]1[/python]</p><p>[[python]]</p>',
    options: { protect: true },
  },
  {
    name: 'moodle post-clean stage on protected text gives the cell',
    input:
      '<nolink>[sage l\u200ba\u200bn\u200bg\u200bu\u200ba\u200bg\u200be\u200b=\u200b"\u200bg\u200bp\u200b" a\u200bu\u200bt\u200bo\u200br\u200bu\u200bn]\np\u200br\u200bi\u200bn\u200bt\u200b(\u200b"\u200b[\u200bs\u200ba\u200bg\u200be\u200b]\u200b"\u200b , 1 &lt; 2)\n[/sage]</nolink>',
    options: { moodle: true, style: false },
  },
  // --- Errors ---
  { name: 'error: unterminated block', input: '<p>[python]</p><p>print(1)</p>', options: NO_STYLE },
  { name: 'error: closing tag without opening', input: '<p>print(1)</p><p>[/sage]</p>', options: NO_STYLE },
  { name: 'error: nested blocks', input: '<p>[python]</p><p>a</p><p>[sage]b[/sage]</p><p>[/python]</p>', options: NO_STYLE },
  { name: 'error: mismatched closing tag', input: '<p>[python]x[/sage] y[/python]</p>', options: NO_STYLE },
  { name: 'error: unknown option', input: '<p>[python sesion=a]x[/python]</p>', options: NO_STYLE },
  { name: 'error: option not allowed on this block', input: '<p>[python language=gp]x[/python]</p>', options: NO_STYLE },
  { name: 'error: duplicate option (lang and language)', input: '<p>[sage lang=gp language=r]x[/sage]</p>', options: NO_STYLE },
  { name: 'error: bad language', input: '<p>[sage language=cobol]x[/sage]</p>', options: NO_STYLE },
  { name: 'error: mybinder without repo', input: '<p>[mybinder ref=main]x[/mybinder]</p>', options: NO_STYLE },
  { name: 'error: repo is a URL for gh', input: '<p>[mybinder repo=https://github.com/a/b]x[/mybinder]</p>', options: NO_STYLE },
  { name: 'error: bad provider', input: '<p>[mybinder provider=svn repo=a/b]x[/mybinder]</p>', options: NO_STYLE },
  { name: 'error: bad timeout', input: '<p>[python timeout=0]x[/python][python timeout=1.5]y[/python]</p>', options: NO_STYLE },
  { name: 'error: flag with a value', input: '<p>[python readonly=maybe]x[/python]</p>', options: NO_STYLE },
  { name: 'error: option without value', input: '<p>[python session=]x[/python][jupyter kernel]y[/jupyter]</p>', options: NO_STYLE },
  { name: 'error: missing closing quote', input: '<p>[sage language="gp]x[/sage]</p>', options: NO_STYLE },
  { name: 'error: closing tag with options', input: '<p>[python]x[/python now]</p>', options: NO_STYLE },
  { name: 'error: image inside a block', input: '<p>[python]</p><p><img src="plot.png" alt="plot"></p><p>[/python]</p>', options: NO_STYLE },
  { name: 'error box keeps the whole text of a long block', input: '<p>[sage languag=gp]</p><p>a = 1</p><p>&nbsp; &nbsp; b = [a, 2]</p><p>[/sage]</p>' },
  // --- Hostile ---
  { hostile: true, name: 'hostile: attribute break-out through session', input: `<p>[python session='x" onload="alert(1)']x[/python]</p>`, options: NO_STYLE },
  { hostile: true, name: 'hostile: attribute break-out through server quotes', input: '<p>[sage server="https://a.example/x"onmouseover="alert(1)"]x[/sage]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: javascript: server URL', input: '<p>[sage server=javascript:alert(1)]x[/sage]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: mixed-case JaVaScRiPt: binder-url', input: '<p>[mybinder repo=a/b binder-url=JaVaScRiPt:alert(document.cookie)]x[/mybinder]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: data: URL', input: '<p>[sage server="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"]x[/sage]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: javascript: with an encoded colon', input: '<p>[sage server=javascript&#58;alert(1)]x[/sage]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: javascript: git repo URL', input: '<p>[mybinder provider=git repo=javascript://x.org/%0aalert(1)]x[/mybinder]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: typed </exec-cell><script> in code', input: '<p>[python]&lt;/exec-cell&gt;&lt;script&gt;alert(1)&lt;/script&gt;[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: real <script> inside a block', input: '<p>[python]</p><script>alert(1)</script><p>[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: double-encoded &amp;lt;script is decoded once', input: '<p>[python]print("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;")[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: quote smuggled as &quot; in a quoted value', input: '<p>[sage server="https://x.org/&quot; onload=&quot;alert(1)"]x[/sage]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: markup in an option value', input: '<p>[python session=a&lt;b&gt;]x[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: unterminated tag stays text', input: '<p>[python session="abc</p><p>x = 1</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: same block nested in itself', input: '<p>[python][python]x[/python][/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: shortcodes inside a script are untouched', input: '<script>document.write("[python]</script><script>alert(1)//[/python]")</script>' },
  { hostile: true, name: 'hostile: > inside a quoted attribute does not end the tag', input: '<a title="a>[python]b[/python]" href="#">t</a>' },
  { hostile: true, name: 'hostile: block opened inside a comment', input: '<!--[python]-->x[/python]', options: NO_STYLE },
  { hostile: true, name: 'hostile: unterminated comment swallows the rest', input: '<p>ok</p><!--[python]x[/python]' },
  { hostile: true, name: 'hostile: iframe, noscript, title, xmp, template are raw or inert', input: '<iframe>[python]a[/python]</iframe><noscript>[python]b[/python]</noscript><title>[python]c[/python]</title><xmp>[python]d[/python]</xmp><template>[python]e[/python]</template>' },
  { hostile: true, name: 'hostile: closing tag hidden in an attribute', input: '<p>[python]x<span title="[/python]">y</span>[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: onerror image in a block', input: '<p>[python]<img src=x onerror=alert(1)>[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: ref escaping the repository', input: '<p>[mybinder repo=a/b ref=../../etc/passwd]x[/mybinder]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: event handler in language value', input: '<p>[sage language="sage onload=alert(1)"]x[/sage]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: NUL and control characters in code', input: '<p>[python]a\u0000b = "\u0007"[/python]</p>', options: NO_STYLE },
  // --- [jobe]: C, Java… on the site's Jobe server ---
  {
    name: 'jobe: tinymce typed C with stdin and limits',
    input:
      '<p>[jobe lang=c stdin="3 4" cputime=2 memorylimit=64]</p>\n<p>#include &lt;stdio.h&gt;</p>\n<p>int main(void) {</p>\n<p>&nbsp; &nbsp; int a, b;</p>\n<p>&nbsp; &nbsp; if (scanf("%d %d", &amp;a, &amp;b) == 2) printf("%d\\n", a + b);</p>\n<p>&nbsp; &nbsp; return 0;</p>\n<p>}</p>\n<p>[/jobe]</p>',
  },
  {
    name: 'jobe: java in a TinyMCE codesample block, with its own server',
    input:
      '<p>[jobe language=Java server=https://jobe.example.edu/jobe/index.php/restapi/]</p><pre class="language-java"><code>public class Hello {\n    public static void main(String[] args) {\n        System.out.println("a &lt; b &amp;&amp; c");\n    }\n}</code></pre><p>[/jobe]</p>',
    options: NO_STYLE,
  },
  {
    name: 'jobe: atto paragraphs with br, python with a bare stdin box',
    input: `${P}[jobe lang=python stdin]<br>name = input()<br>print("hi", name)<br>[/jobe]<br></p>`,
    options: NO_STYLE,
  },
  {
    name: 'jobe: stdin holding double quotes (single-quoted), common options',
    input: `<p>[JOBE lang=cpp stdin='say "hi"' session=s1 timeout=30 readonly]int main() { return 0; }[/jobe]</p>`,
    options: NO_STYLE,
  },
  { name: 'jobe: no language is an error naming the languages', input: '<p>[jobe]print(1)[/jobe]</p>', options: NO_STYLE },
  { name: 'jobe: unknown language', input: '<p>[jobe lang=cobol]DISPLAY 1.[/jobe]</p>', options: NO_STYLE },
  { name: 'jobe: cputime above the server cap', input: '<p>[jobe lang=c cputime=500]int main(void){return 0;}[/jobe]</p>', options: NO_STYLE },
  { name: 'jobe: memorylimit not a number', input: '<p>[jobe lang=c memorylimit=lots]int main(void){return 0;}[/jobe]</p>', options: NO_STYLE },
  { name: 'jobe: an option of another block', input: '<p>[jobe lang=c repo=a/b]x[/jobe]</p>', options: NO_STYLE },
  { name: 'jobe: stdin too long', input: `<p>[jobe lang=c stdin="${'x'.repeat(1001)}"]x[/jobe]</p>`, options: NO_STYLE },
  {
    name: 'jobe: moodle mode',
    input: '<p>[jobe lang=java stdin="1 2"]</p><p>class A { public static void main(String[] a) { System.out.println(":-) $$x$$"); } }</p><p>[/jobe]</p>',
    options: { moodle: true, style: false },
  },
  { name: 'jobe: protected for Moodle pre-clean', input: `<p>[jobe lang=c stdin='a "b"' cputime=3]int main(void){return 0;}[/jobe]</p>`, options: { protect: true } },
  { name: 'jobe: [[jobe]] is the text [jobe]', input: '<p>Write [[jobe lang=c]] … [[/jobe]].</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: jobe stdin tries to break out of its attribute', input: `<p>[jobe lang=c stdin='"><script>alert(1)</script>']x[/jobe]</p>`, options: NO_STYLE },
  { hostile: true, name: 'hostile: a fake error box hides only its own content', input: '<exec-cell-error>[python]x[/python]</exec-cell-error><span class="exec-cell-error">[python]y<span>z</span>[/python]</span>[python]w[/python]', options: NO_STYLE },
  { hostile: true, name: 'hostile: stray </exec-cell> before a block', input: '</exec-cell>[python]x[/python]</exec-cell>', options: NO_STYLE },
  { hostile: true, name: 'hostile: textarea inside a block', input: '<p>[python]<textarea>[/python]</textarea>[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: closing tag without ]', input: '<p>[python]x[/python</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: [[python] is a [ then a tag', input: '<p>[[python]x[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: runs of brackets', input: '<p>[[[[[[python]]]]]] [[[/sage]]]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: closing tag in an editable region', input: '<p>[python]</p><div contenteditable>[/python]</div>', options: NO_STYLE },
  { hostile: true, name: 'hostile: svg script inside a block', input: '<p>[python]<svg><script>alert(1)</script></svg>[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: CDATA and bogus comments hide shortcodes', input: '<![CDATA[[python]x[/python]]]><?php [python] ?>[/python]', options: NO_STYLE },
  { hostile: true, name: 'hostile: markup in the author text of an error box', input: '<p>[python sesion=1]</p><p>&lt;/code&gt;&lt;/span&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p><p>[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: moodle mode escapes filter triggers inside the code', input: '<p>[sage]</p><p>latex(x) + "$$\\\\frac{1}{2}$$ {{ }"</p><p>[/sage]</p>', options: { moodle: true, style: false } },
  { hostile: true, name: 'hostile: unterminated quoted attribute hides the rest', input: '<p title="x>[python]a[/python]</p>' },
  { hostile: true, name: 'hostile: numeric references PHP refuses stay as written', input: '<p>[python]a = "&#0;&#13;&#128;&#xD800;&#x110000;&#99999999999;"[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: strtol 0x quirk and entities without semicolon', input: '<p>[python]s = "&#x0x41; &amp &lt &copy; &NotEqualTilde;"[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: encoded bracket is not a tag in source', input: '<p>&#91;python]x[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: encoded closing bracket ends a tag', input: '<p>[python session=a&#93;x[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: uppercase SCRIPT and unclosed raw text', input: '<SCRIPT>[python]x[/python]<p>[python]y[/python]', options: NO_STYLE },
  { hostile: true, name: 'hostile: stray end tags of refused elements are ignored, as by the parser', input: '<p>[python]x</script></img>y[/python]</p>', options: NO_STYLE },
  { hostile: true, name: 'hostile: style element in code block', input: '<p>[python]<style>*{display:none}</style>x[/python]</p>', options: NO_STYLE },
];
