// SPDX-License-Identifier: BSD-3-Clause
// `npx cem analyze`: the custom elements manifest (dist/custom-elements.json, written by
// scripts/build.mjs), which editors read to autocomplete <exec-cell> and the docs site turns
// into its reference page. The element's doc comment (src/element/exec-cell.ts) carries what
// the analyzer cannot infer: the tag name, attributes, events, CSS parts and custom properties.

/**
 * What the analyzer gets wrong about this element, mended once the manifest is linked:
 * - Lit's internal state (`_showCode`… declared with `state: true` in `static properties`) is
 *   listed as attributes and public fields: left out.
 * - A field declared with `declare` has no comment of its own: it takes its attribute's.
 * - `customElements.define(tag, …)` in define.ts, with the tag in a variable, is read as a tag
 *   named "tag" for an anonymous class: it is `exec-cell` for ExecCell.
 */
function execCellMends() {
  return {
    name: 'exec-cell-mends',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.customElement) continue;
          d.attributes = (d.attributes ?? []).filter((a) => !a.name.startsWith('_'));
          d.members = (d.members ?? []).filter((m) => !m.name.startsWith('_'));
          for (const m of d.members) {
            const attr = d.attributes.find((a) => a.fieldName === m.name);
            if (attr) m.attribute = attr.name;
            if (!m.description && attr?.description) m.description = attr.description;
          }
        }
        for (const e of mod.exports ?? []) {
          if (e.kind === 'custom-element-definition' && e.name === 'tag') {
            e.name = 'exec-cell';
            e.declaration = { name: 'ExecCell', module: 'src/element/exec-cell.ts' };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/element/**/*.ts'],
  exclude: ['src/element/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  // package.json names ./dist/custom-elements.json itself; the analyzer would write its --outdir there.
  packagejson: false,
  plugins: [execCellMends()],
};
