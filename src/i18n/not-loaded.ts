// SPDX-License-Identifier: BSD-3-Clause
/**
 * The loader's sentence for a page whose cells cannot work because exec-cell's own code did not
 * load (src/loader.ts). The catalogues are in that code, so this one sentence is carried by the
 * small script itself, in each language exec-cell speaks, like the SageCell shim's
 * (src/kernels/sagecell/setup-failed.ts).
 */
import type { Language } from './tags.js';

const notLoadedEn = (base: string, reason: string) =>
  `exec-cell could not load its code from ${base} (${reason}). Reload the page; if it persists, tell the page's author.`;
const notLoadedDe = (base: string, reason: string) =>
  `exec-cell konnte seinen Code nicht von ${base} laden (${reason}). Laden Sie die Seite neu; bleibt der Fehler bestehen, informieren Sie die Autorin oder den Autor der Seite.`;
const notLoadedFr = (base: string, reason: string) =>
  `exec-cell n’a pas pu charger son code depuis ${base} (${reason}). Rechargez la page\u00a0; si le problème persiste, prévenez l’auteur de la page.`;
const notLoadedEs = (base: string, reason: string) =>
  `exec-cell no pudo cargar su código desde ${base} (${reason}). Recargue la página; si el problema continúa, avise al autor de la página.`;
const notLoadedPtBR = (base: string, reason: string) =>
  `O exec-cell não conseguiu carregar seu código de ${base} (${reason}). Recarregue a página; se o problema continuar, avise o autor da página.`;
const notLoadedAr = (base: string, reason: string) =>
  `تعذّر على exec-cell تحميل شيفرته من \u2068${base}\u2069 (\u2068${reason}\u2069). أعد تحميل الصفحة؛ وإن استمرت المشكلة، فأبلغ مؤلف الصفحة.`;

/** The loader's sentence by language. */
export const codeNotLoaded: Record<Language, (base: string, reason: string) => string> = {
  en: notLoadedEn,
  de: notLoadedDe,
  fr: notLoadedFr,
  es: notLoadedEs,
  'pt-BR': notLoadedPtBR,
  ar: notLoadedAr,
};
