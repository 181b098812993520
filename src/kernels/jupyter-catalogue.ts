// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the Jupyter and JupyterHub backends (jupyter.ts, comms.ts, hub/) say to the reader, in
 * every language exec-cell speaks. Each language has exactly English's keys and parameters (the
 * type checker and test/unit/i18n.test.ts hold them to it). They join the catalogues when the
 * backend's code loads (its modules import this file), so a page carries the messages of the
 * backends it uses only; what is said while a kernel starts, before that code has arrived
 * (jupyter-start.ts, registry.ts), is in the core catalogues. Keys begin with the backend's
 * name, as they share one catalogue with every other backend.
 *
 * `server`, `url`, `name`, `names`, `backend`, `reason` and `detail` come from elsewhere (a
 * URL, a kernel name, a server's own message) and are shown as they came.
 */
import { addCatalogue } from '../i18n/language.js';
import { en } from './jupyter-catalogue/en.js';

export type JupyterMessages = typeof en;

// With the backend's code, not before: a page loads the messages of the backends it uses, and
// of the languages its cells speak (each other language is a chunk of its own, which the
// backend registry waits for: backendWordsHere).
addCatalogue(en, {
  de: () => import('./jupyter-catalogue/de.js').then((m) => m.de),
  fr: () => import('./jupyter-catalogue/fr.js').then((m) => m.fr),
  es: () => import('./jupyter-catalogue/es.js').then((m) => m.es),
  'pt-BR': () => import('./jupyter-catalogue/pt-BR.js').then((m) => m.ptBR),
  ar: () => import('./jupyter-catalogue/ar.js').then((m) => m.ar),
});
