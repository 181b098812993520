// SPDX-License-Identifier: BSD-3-Clause
/**
 * The documentation site (`npm run docs`, `npm run docs:build`; scripts/docs.mjs runs this
 * build and copies exec-cell's dist/ beside it). Plain HTML pages, each an input of a
 * multi-page build; the plugins in pages.mjs add the navigation, highlight the static
 * markup and write the reference page from the custom elements manifest.
 *
 * Environment: DOCS_OUT (the output folder, default .docs-dist/ at the repository's root),
 * DOCS_MANIFEST (default dist/custom-elements.json).
 */
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { docsPages } from './pages.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(root, '..');
const pages = readdirSync(root).filter((f) => f.endsWith('.html'));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: process.env.DOCS_OUT ?? join(repo, '.docs-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), join(root, p)])),
    },
  },
  plugins: [docsPages({ manifest: process.env.DOCS_MANIFEST ?? join(repo, 'dist/custom-elements.json') })],
});
