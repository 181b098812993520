// SPDX-License-Identifier: BSD-3-Clause
/**
 * Four builds (scripts/build.mjs runs them all):
 * - `module`: the ES module entries `dist/exec-cell.mjs` (bundlers) and
 *   `dist/exec-cell-element.mjs` (what the script tag loads), with their lazily loaded chunks in
 *   `dist/chunks/` (editor, each backend, Markdown, math, sanitiser).
 * - `script`: the classic script `dist/exec-cell.js` (an IIFE: no `define()`, so RequireJS
 *   on Moodle pages is left alone).
 * - `sagecell-embed`: `dist/embedded_sagecell.js`, the classic script with jQuery, under the
 *   SageCell embed's file name (src/embedded-sagecell.ts).
 * - `service-worker`: `dist/exec-cell-sw.js`, the Python workers' synchronous channel.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * `@jupyterlab/services`' KernelConnection does `require('..')` (the package index: contents,
 * sessions, settings, ydoc…) for two names. Answer that require with a module holding just
 * those two, so the Jupyter chunk carries the kernel protocol and nothing else.
 */
function jupyterServicesSlim(): Plugin {
  const id = '\0exec-cell:jupyter-services-index';
  return {
    name: 'exec-cell:jupyter-services-slim',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '..' && importer && /@jupyterlab[\\/]services[\\/]lib[\\/]kernel[\\/]default\.js$/.test(importer)) {
        return id;
      }
      return null;
    },
    load(loadId) {
      if (loadId !== id) return null;
      return [
        "export { ServerConnection } from '@jupyterlab/services/lib/serverconnection.js';",
        "export { CommsOverSubshells } from '@jupyterlab/services/lib/kernel/comm.js';",
      ].join('\n');
    },
  };
}

/**
 * @jupyter-widgets/base-manager sanitises inline HTML with `sanitize-html` (and through it
 * postcss and htmlparser2: half of the widget chunk). exec-cell overrides that method to use
 * its own sanitiser (src/widgets/safe-html.ts), so the library is answered with a stub that
 * says so, should anything still call it.
 */
function widgetSanitizerStub(): Plugin {
  const id = '\0exec-cell:sanitize-html-stub';
  return {
    name: 'exec-cell:sanitize-html-stub',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'sanitize-html' && importer && /@jupyter-widgets[\\/]base-manager[\\/]/.test(importer)) return id;
      return null;
    },
    load(loadId) {
      if (loadId !== id) return null;
      return "export default function sanitize() { throw new Error('Widget HTML is sanitised by exec-cell (src/widgets/safe-html.ts).'); }";
    },
  };
}

/**
 * `chunks/[name]-[hash].js`, with a backend's folder in front of chunks from `src/kernels/<backend>/`
 * (`pyodide-backend-….js`): each backend's files are recognisable in dist/ and in a page's requests.
 */
function chunkName(chunk: { facadeModuleId?: string | null }): string {
  const backend = /[\\/]src[\\/]kernels[\\/]([\w-]+)[\\/]/.exec(chunk.facadeModuleId ?? '')?.[1];
  // An editor language (@codemirror/lang-cpp, @lezer/java…) is named after its package, not its `dist/index.js`.
  const pkgName = /[\\/]node_modules[\\/]@(codemirror|lezer)[\\/]([\w-]+)[\\/]/.exec(chunk.facadeModuleId ?? '');
  if (pkgName) return `chunks/${pkgName[1] === 'lezer' ? 'lezer-' : ''}${pkgName[2]}-[hash].js`;
  return `chunks/${backend ? `${backend}-` : ''}[name]-[hash].js`;
}

/**
 * The script tag's builds decode named character references with the browser's own parser
 * (src/filter/named-reference.dom.ts) rather than carrying the `entities` table: the loader is
 * the one script every page waits for.
 */
function namedReferencesFromTheBrowser(): Plugin {
  return {
    name: 'exec-cell:named-references-from-the-browser',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './named-reference.js' && importer && /[\\/]src[\\/]filter[\\/]entities\.ts$/.test(importer)) {
        return fileURLToPath(new URL('./src/filter/named-reference.dom.ts', import.meta.url));
      }
      return null;
    },
  };
}

const shared: UserConfig = {
  base: './',
  define: { __EXEC_CELL_VERSION__: JSON.stringify(pkg.version) },
  plugins: [jupyterServicesSlim(), widgetSanitizerStub()],
  resolve: {
    // json5's "browser" field names a UMD build with core-js inside; its ES build is a third the size.
    alias: [{ find: /^json5$/, replacement: 'json5/dist/index.min.mjs' }],
  },
  // The Python worker (src/kernels/pyodide/worker.ts) must be an ES module worker: Pyodide 314
  // refuses classic ones. It sits with the other chunks, one level below dist/pyodide/ (the
  // runtime scripts/build.mjs copies there), and loads only when a Python cell runs.
  worker: {
    format: 'es',
    rolldownOptions: {
      output: { entryFileNames: 'chunks/pyodide-[name]-[hash].js', chunkFileNames: 'chunks/pyodide-[name]-[hash].js' },
    },
  },
  build: {
    target: 'es2022',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    reportCompressedSize: false,
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'service-worker') {
    // dist/exec-cell-sw.js: a classic script (every engine takes those as a Service Worker),
    // beside exec-cell.js so that its scope is exec-cell's folder (sync-protocol.ts).
    return {
      ...shared,
      build: {
        ...shared.build,
        lib: { entry: 'src/kernels/pyodide/service-worker.ts', formats: ['iife'], name: 'ExecCellServiceWorker', fileName: () => 'exec-cell-sw.js' },
      },
    };
  }
  if (mode === 'sagecell-embed') {
    // dist/embedded_sagecell.js: the script tag with jQuery, under the SageCell embed's name.
    // jQuery registers itself as RequireJS's named "jquery" module when it finds `define.amd`;
    // on a Moodle page that would stand in for Moodle's own jQuery: it must not look.
    return {
      ...shared,
      define: { ...shared.define, 'define.amd': 'undefined' },
      plugins: [...(shared.plugins ?? []), namedReferencesFromTheBrowser()],
      build: {
        ...shared.build,
        lib: { entry: 'src/embedded-sagecell.ts', formats: ['iife'], name: 'ExecCellSagecellEmbed', fileName: () => 'embedded_sagecell.js' },
      },
    };
  }
  if (mode === 'script') {
    return {
      ...shared,
      plugins: [...(shared.plugins ?? []), namedReferencesFromTheBrowser()],
      build: {
        ...shared.build,
        lib: { entry: 'src/loader.ts', formats: ['iife'], name: 'ExecCellLoader', fileName: () => 'exec-cell.js' },
      },
    };
  }
  return {
    ...shared,
    // The widget chunk bundles UMD libraries (Backbone, jQuery 3) that define themselves as
    // RequireJS modules (Backbone anonymously) when they see `define.amd`: on a Moodle page that
    // breaks RequireJS. They must not look.
    define: { ...shared.define, 'define.amd': 'undefined' },
    build: {
      ...shared.build,
      // Two entries over shared chunks: exec-cell.mjs for bundlers (the element, rewrite(), the
      // types), and exec-cell-element.mjs, which the script tag loads: the element alone, since
      // the script tag carries the filter itself.
      lib: {
        // sagecell-shim.mjs: makeSagecell() for pages written for the SageCell embed; the script
        // tag's `sagecell` global loads it on first use.
        // thebe-compat.mjs: Thebe markup into cells, loaded by the script tag on pages that have some.
        entry: {
          'exec-cell': 'src/index.ts',
          'exec-cell-element': 'src/element/define.ts',
          'sagecell-shim': 'src/shim/sagecell.ts',
          'thebe-compat': 'src/compat/thebe.ts',
          'juniper-compat': 'src/compat/juniper.ts',
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
      rollupOptions: {
        // Entry chunks may export more than their module does, so the element's code lives in
        // exec-cell-element.mjs itself rather than in a chunk behind it: one request less
        // before a cell can start its kernel.
        preserveEntrySignatures: 'allow-extension',
        // Lib mode leaves ES output unminified (for bundlers' pure annotations); this build is also
        // what the script tag loads, so it is minified whole.
        output: { chunkFileNames: chunkName, minify: true },
      },
    },
  };
});
