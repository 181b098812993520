// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the SageCell backend says to the reader, in every language exec-cell speaks. Each
 * language has exactly English's keys and parameters (the type checker and
 * test/unit/i18n.test.ts hold them to it). They join the catalogues when the backend's code loads (its
 * modules import this file), so a page carries the messages of the backends it uses only.
 * Keys begin with the backend's name, as they share one catalogue with every other backend.
 */
import { addCatalogue } from '../../i18n/language.js';
import { en } from './catalogue/en.js';

export type SagecellMessages = typeof en;

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
