// SPDX-License-Identifier: BSD-3-Clause
/**
 * What every docs page gets at build time (a Vite plugin, run before Vite reads the HTML):
 * - `<!-- nav -->`: the site's navigation list, the current page marked;
 * - `::: markup LANG` … `:::` fences: the markup between them, escaped and highlighted, in
 *   `<pre><code>` (static: for examples that need a server, and for "before" markup);
 * - `<!-- reference -->`: the element's reference, tables made from the custom elements
 *   manifest (dist/custom-elements.json).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The navigation: [file, title] in groups. */
export const NAV = [
  ['Start', [['index.html', 'Getting started'], ['reference.html', 'Reference'], ['authors.html', 'Authors’ guide'], ['moodle.html', 'Moodle admins’ guide']]],
  ['Where code runs', [['pyodide.html', 'Python in the browser'], ['jupyter.html', 'Jupyter and JupyterHub'], ['binder.html', 'Binder'], ['sagecell.html', 'SageCell'], ['jobe.html', 'Jobe']]],
  ['Moving from', [['migrate-thebe.html', 'Thebe and ThebeLab'], ['migrate-juniper.html', 'Juniper'], ['migrate-sagecell-embed.html', 'The SageCell embed'], ['migrate-filter-sagecell.html', 'Moodle’s filter_sagecell']]],
];

export const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function nav(current) {
  const groups = NAV.map(([group, pages]) => {
    const items = pages
      .map(([file, title]) => `<li><a href="${file}"${file === current ? ' aria-current="page"' : ''}>${title}</a></li>`)
      .join('');
    return `<li><span class="group">${group}</span><ul>${items}</ul></li>`;
  });
  return `<nav aria-label="Documentation"><a class="home" href="index.html">exec-cell</a><ul>${groups.join('')}</ul></nav>`;
}

/** Highlighted HTML (or shortcode) markup: tags, attribute names, values, comments, shortcodes. */
export function highlight(text, lang) {
  if (lang !== 'html' && lang !== 'shortcode') return escapeHtml(text);
  const out = [];
  const patterns =
    lang === 'html'
      ? /(<!--[\s\S]*?-->)|(<\/?[A-Za-z][\w-]*)|(\s[A-Za-z_:@][\w:.-]*)(?==)|("[^"]*"|'[^']*')|(\/?>)/g
      : /(\[\[?\/?[a-z]+\]?)|(\s[a-z-]+)(?==)|("[^"]*"|'[^']*'|=[^\s\]]+)|(\])/g;
  let last = 0;
  for (const m of text.matchAll(patterns)) {
    out.push(escapeHtml(text.slice(last, m.index)));
    const kind =
      lang === 'html'
        ? m[1] ? 'comment' : m[2] ? 'tag' : m[3] ? 'attr' : m[4] ? 'value' : 'tag'
        : m[1] ? 'tag' : m[2] ? 'attr' : m[3] ? 'value' : 'tag';
    out.push(`<span class="hl-${kind}">${escapeHtml(m[0])}</span>`);
    last = m.index + m[0].length;
  }
  out.push(escapeHtml(text.slice(last)));
  return out.join('');
}

function fences(html) {
  return html.replace(/^[ \t]*::: markup (\w+)(?: "([^"]*)")?\n([\s\S]*?)\n[ \t]*:::[ \t]*$/gm, (_, lang, label, body) => {
    const code = `<pre class="markup" tabindex="0"${label ? ` aria-label="${escapeHtml(label)}"` : ''}><code class="language-${lang}">${highlight(dedent(body), lang)}</code></pre>`;
    return label ? `<figure><figcaption>${escapeHtml(label)}</figcaption>${code}</figure>` : code;
  });
}

function dedent(text) {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** `code` in a manifest description becomes <code>; everything else is escaped. */
const describe = (s = '') => escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>');

function table(caption, head, rows) {
  if (!rows.length) return '';
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<div class="table"><table><caption>${caption}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** The reference tables for every custom element of the manifest. */
export function reference(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));
  return elements
    .map((d) => {
      const type = (t) => (t?.text ? `<code>${escapeHtml(t.text)}</code>` : '');
      const fields = (d.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
      const methods = fields.filter((m) => m.kind === 'method');
      const properties = fields.filter((m) => m.kind === 'field');
      return [
        `<h2 id="attributes">Attributes</h2>`,
        `<p>Set them in the markup: <code>&lt;${d.tagName} autorun readonly&gt;</code>. Every attribute is optional. A boolean attribute is on when present.</p>`,
        table('Attributes of &lt;exec-cell&gt;', ['attribute', 'property', 'type', 'meaning'], (d.attributes ?? []).map((a) => [`<code>${a.name}</code>`, a.fieldName ? `<code>${a.fieldName}</code>` : '', type(a.type), describe(a.description)])),
        `<h2 id="properties">Properties</h2>`,
        `<p>The attributes above are properties too (their names in the table). These are the others.</p>`,
        table('Properties of &lt;exec-cell&gt;', ['property', 'type', 'meaning'], properties.filter((p) => !p.attribute).map((p) => [`<code>${p.name}</code>`, type(p.type), describe(p.description)])),
        `<h2 id="methods">Methods</h2>`,
        table('Methods of &lt;exec-cell&gt;', ['method', 'returns', 'what it does'], methods.map((m) => [`<code>${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})</code>`, type(m.return?.type), describe(m.description)])),
        `<h2 id="events">Events</h2>`,
        `<p>Every event bubbles and crosses shadow roots (<code>composed</code>), so a page can listen on <code>document</code>.</p>`,
        table('Events of &lt;exec-cell&gt;', ['event', 'when'], (d.events ?? []).map((e) => [`<code>${e.name}</code>`, describe(e.description)])),
        `<h2 id="parts">CSS parts</h2>`,
        `<p>Style the pieces of a cell from the page: <code>exec-cell::part(run-button) { font-weight: bold; }</code>.</p>`,
        table('CSS parts of &lt;exec-cell&gt;', ['part', 'what it is'], (d.cssParts ?? []).map((p) => [`<code>${p.name}</code>`, describe(p.description)])),
        `<h2 id="custom-properties">CSS custom properties</h2>`,
        `<p>Set them on the cells or any ancestor: <code>exec-cell { --exec-cell-accent: #6a1b9a; }</code>. Dark mode follows the reader’s <code>prefers-color-scheme</code>.</p>`,
        table('CSS custom properties of &lt;exec-cell&gt;', ['property', 'what it colours or sizes'], (d.cssProperties ?? []).map((p) => [`<code>${p.name}</code>`, describe(p.description)])),
      ].join('\n');
    })
    .join('\n');
}

/**
 * A wide table scrolls sideways in its wrapper: the wrapper takes the keyboard focus (so it can
 * be scrolled without a mouse) and is a region named after the table's caption.
 */
function focusableTables(html) {
  return html.replace(/<div class="table">(\s*<table>\s*<caption>)([\s\S]*?)<\/caption>/g, (_, open, caption) =>
    `<div class="table" tabindex="0" role="region" aria-label="${caption.replace(/<[^>]*>/g, '').replace(/"/g, '&quot;')}">${open}${caption}</caption>`);
}

/** @returns {import('vite').Plugin} */
export function docsPages({ manifest }) {
  return {
    name: 'exec-cell-docs:pages',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        let out = fences(html).replace('<!-- nav -->', nav(basename(ctx.filename)));
        if (out.includes('<!-- reference -->')) out = out.replace('<!-- reference -->', reference(manifest));
        return focusableTables(out);
      },
    },
  };
}
