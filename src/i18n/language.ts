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
 * The supported language closest to a BCP 47 tag: the tag itself (`pt-BR`), else its language
 * (`de-AT` → `de`, `pt-PT` → `pt-BR`); undefined when exec-cell does not speak it.
 */
export function supportedLanguage(tag: string): string | undefined {
  const wanted = tag.trim().toLowerCase().replace('_', '-');
  if (!wanted) return undefined;
  const tags = Object.keys(CATALOGUES);
  const exact = tags.find((t) => t.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  return tags.find((t) => t.toLowerCase().split('-')[0] === base);
}

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
