// SPDX-License-Identifier: BSD-3-Clause
/**
 * The reader's language: which catalogue a cell speaks, and which way it is written.
 *
 * @packageDocumentation
 */
import { en, type Messages } from './catalogues/en.js';
import { pageConfig } from '../config.js';
import { supportedLanguage, type Language } from './tags.js';

export { supportedLanguage };

/**
 * The catalogues at hand, by BCP 47 tag. English ships with the element; each other language
 * is a chunk of its own (about 2.5 KiB), fetched by the first cell that speaks it
 * ({@link loadLanguage}): an English page downloads no other language.
 */
export const CATALOGUES: Partial<Record<Language, Messages>> = { en };

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  de: () => import('./catalogues/de.js').then((m) => m.de),
  fr: () => import('./catalogues/fr.js').then((m) => m.fr),
  es: () => import('./catalogues/es.js').then((m) => m.es),
  'pt-BR': () => import('./catalogues/pt-BR.js').then((m) => m.ptBR),
  ar: () => import('./catalogues/ar.js').then((m) => m.ar),
};

/** One backend's messages in every language exec-cell speaks (src/kernels/<backend>/catalogue.ts). */
export type BackendCatalogue<M> = { readonly [lang in Language]: M };

/** Backend messages added so far, by language: a language loaded later takes them in too. */
const added: Partial<Record<Language, object[]>> = {};
const loading = new Map<Language, Promise<void>>();

/**
 * Fetch a language's catalogue, once; resolves at once for one already here. A catalogue that
 * cannot be fetched (the network went away) leaves the cell in English, never without words.
 */
export function loadLanguage(lang: Language): Promise<void> {
  if (CATALOGUES[lang]) return Promise.resolve();
  const pending = loading.get(lang);
  if (pending) return pending;
  const load = LOADERS[lang as Exclude<Language, 'en'>]().then(
    (messages) => {
      CATALOGUES[lang] = Object.assign(messages, ...(added[lang] ?? []));
    },
    () => {
      // The next cell tries again.
      loading.delete(lang);
    },
  );
  loading.set(lang, load);
  return load;
}

/**
 * Add a backend's messages to the catalogues: its catalogue module does it as the backend's
 * code loads, so a page downloads the messages of the backends it uses, not all of them.
 */
export function addCatalogue<M extends object>(catalogue: BackendCatalogue<M>): void {
  for (const [lang, messages] of Object.entries(catalogue) as [Language, M][]) {
    (added[lang] ??= []).push(messages);
    if (CATALOGUES[lang]) Object.assign(CATALOGUES[lang], messages);
  }
}

/** Languages written right to left: the cell's controls and messages are mirrored. */
const RIGHT_TO_LEFT = new Set(['ar']);

/**
 * The language a cell speaks: the closest `lang` attribute (its own, an ancestor's, the
 * page's), else the script tag's `data-lang`, else English. A language exec-cell does not
 * speak falls back to English.
 */
export function languageOf(el: Element): Language {
  let declared: string | null | undefined;
  // Up through shadow roots too: an output drawn inside a cell speaks the cell's language.
  for (let at: Element | null = el; at && !declared; ) {
    declared = at.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  declared ??= pageConfig().lang;
  return (declared && supportedLanguage(declared)) || 'en';
}

/** The catalogue for the language of `el` (see {@link languageOf}). */
export function messagesOf(el: Element): Messages {
  return messagesFor(languageOf(el));
}

/** A language's catalogue if it is here (see {@link loadLanguage}), else English. */
export function messagesFor(lang: string): Messages {
  return CATALOGUES[lang as Language] ?? en;
}

export function isRightToLeft(lang: string): boolean {
  return RIGHT_TO_LEFT.has(lang);
}
