// SPDX-License-Identifier: BSD-3-Clause
/**
 * Which of exec-cell's languages a BCP 47 tag means, with no catalogue loaded: the script tag
 * uses it for its one sentence (src/kernels/sagecell/setup-failed.ts), language.ts for the rest.
 *
 * @packageDocumentation
 */

/** The languages exec-cell speaks (language.ts holds a catalogue for each, checked by the unit tests). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ar'] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * The supported language closest to a BCP 47 tag: the tag itself (`pt-BR`), else its language
 * (`de-AT` → `de`, `pt-PT` → `pt-BR`); undefined when exec-cell does not speak it.
 */
export function supportedLanguage(tag: string): Language | undefined {
  const wanted = tag.trim().toLowerCase().replace('_', '-');
  if (!wanted) return undefined;
  const exact = LANGUAGES.find((t) => t.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  return LANGUAGES.find((t) => t.toLowerCase().split('-')[0] === base);
}
