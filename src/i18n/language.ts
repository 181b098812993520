// SPDX-License-Identifier: BSD-3-Clause
/**
 * The reader's language: which catalogue a cell speaks, and which way it is written.
 *
 * @packageDocumentation
 */
import { en, type Messages } from './catalogues/en.js';
import { de } from './catalogues/de.js';
import { fr } from './catalogues/fr.js';
import { es } from './catalogues/es.js';
import { ptBR } from './catalogues/pt-BR.js';
import { ar } from './catalogues/ar.js';
import { pageConfig } from '../config.js';
import { supportedLanguage } from './tags.js';

export { supportedLanguage };

/** The languages exec-cell speaks, by BCP 47 tag, each with its catalogue. */
export const CATALOGUES: Readonly<Record<string, Messages>> = { en, de, fr, es, 'pt-BR': ptBR, ar };

/** One backend's messages in every language exec-cell speaks (src/kernels/<backend>/catalogue.ts). */
export type BackendCatalogue<M> = { readonly [lang in 'en' | 'de' | 'fr' | 'es' | 'pt-BR' | 'ar']: M };

/**
 * Add a backend's messages to the catalogues: its catalogue module does it as the backend's
 * code loads, so a page downloads the messages of the backends it uses, not all of them.
 */
export function addCatalogue<M extends object>(catalogue: BackendCatalogue<M>): void {
  for (const [lang, messages] of Object.entries(catalogue)) Object.assign(CATALOGUES[lang]!, messages);
}

/** Languages written right to left: the cell's controls and messages are mirrored. */
const RIGHT_TO_LEFT = new Set(['ar']);

/**
 * The language a cell speaks: the closest `lang` attribute (its own, an ancestor's, the
 * page's), else the script tag's `data-lang`, else English. A language exec-cell does not
 * speak falls back to English.
 */
export function languageOf(el: Element): string {
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

export function messagesFor(lang: string): Messages {
  return CATALOGUES[lang] ?? en;
}

export function isRightToLeft(lang: string): boolean {
  return RIGHT_TO_LEFT.has(lang);
}
