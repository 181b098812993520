// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the in-browser Python backend (its worker and package loading) says to the reader, in
 * every language exec-cell speaks; the messages of its page side (backend.ts, interpreter.ts)
 * are the core catalogue's `python*`. Each language has exactly English's keys and parameters
 * (the type checker and test/unit/i18n.test.ts hold them to it). They join the catalogues
 * when the page side's code loads (interpreter.ts imports them; the worker only names
 * messages, and carries no catalogue). Keys begin with the backend's name, as they share one catalogue
 * with every other backend.
 *
 * `packages` is a list the worker writes (package-plan.ts): names and versions, with sizes
 * while they load ("six 1.17.0 (11 kB), python-dateutil 2.9.0.post0"). `status` is an HTTP
 * status code, written as it is (not as a number of the language); `statusText` may be empty.
 */
import { addCatalogue } from '../../i18n/language.js';
import { en } from './catalogue/en.js';

export type PyodideMessages = typeof en;

// With the backend's code, not before: a page loads the messages of the backends it uses, and
// of the languages its cells speak (each other language is a chunk of its own, which the
// backend registry waits for: backendWordsHere).
addCatalogue(en, {
  de: () => import('./catalogue/de.js').then((m) => m.de),
  fr: () => import('./catalogue/fr.js').then((m) => m.fr),
  es: () => import('./catalogue/es.js').then((m) => m.es),
  'pt-BR': () => import('./catalogue/pt-BR.js').then((m) => m.ptBR),
  ar: () => import('./catalogue/ar.js').then((m) => m.ar),
});
