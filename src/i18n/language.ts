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

/** A backend's messages in each language but English, each a chunk of its own (src/kernels/<backend>/catalogue/). */
export type OtherLanguages<M> = { readonly [lang in Exclude<Language, 'en'>]: () => Promise<M> };

/** Each backend's loaders, as its code registered them: a language loaded later fetches its part of each. */
const backends: OtherLanguages<object>[] = [];
const loading = new Map<Language, Promise<void>>();

/**
 * Fetch a language's catalogue, with the messages of every backend on the page, once; resolves
 * at once for one already here. A catalogue that cannot be fetched (the network went away)
 * leaves the cell in English, never without words.
 */
export function loadLanguage(lang: Language): Promise<void> {
  if (CATALOGUES[lang]) return Promise.resolve();
  const pending = loading.get(lang);
  if (pending) return pending;
  const other = lang as Exclude<Language, 'en'>;
  const load = Promise.all([LOADERS[other](), ...backends.map((b) => b[other]())]).then(
    ([core, ...parts]) => {
      CATALOGUES[lang] = Object.assign(core, ...parts);
    },
    () => {
      // The next cell tries again.
      loading.delete(lang);
    },
  );
  loading.set(lang, load);
  return load;
}

/** The backend messages on their way in the page's languages; see {@link backendWordsHere}. */
let partsComing: Promise<unknown> = Promise.resolve();

/**
 * Add a backend's messages to the catalogues: its catalogue module does it as the backend's
 * code loads, so a page downloads the messages of the backends it uses, not all of them, and
 * only in the languages its cells speak. The languages already on the page (or on their way)
 * fetch this backend's part now; {@link backendWordsHere} tells when they have it.
 */
export function addCatalogue<M extends object>(en: M, others: OtherLanguages<M>): void {
  Object.assign(CATALOGUES.en!, en);
  backends.push(others);
  const here = (Object.keys(CATALOGUES) as Language[]).filter((l): l is Exclude<Language, 'en'> => l !== 'en');
  const coming = [...loading.keys()].filter((l): l is Exclude<Language, 'en'> => l !== 'en' && !CATALOGUES[l]);
  const add = (lang: Exclude<Language, 'en'>) => others[lang]().then((m) => void Object.assign(CATALOGUES[lang]!, m));
  partsComing = Promise.all([
    partsComing,
    ...here.map(add),
    // A language still loading took the list of backends before this one joined it.
    ...coming.map((lang) => loading.get(lang)!.then(() => CATALOGUES[lang] && add(lang))),
    // A part that cannot be fetched leaves those messages in English (say() falls back).
  ]).catch(() => {});
}

/**
 * Resolves when the backends loaded so far have their messages in the page's languages: the
 * backend registry waits for it before a backend speaks, so that a German cell never shows
 * a backend's message in English first. Never rejects.
 */
export function backendWordsHere(): Promise<void> {
  return partsComing.then(() => undefined);
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
