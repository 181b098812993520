// SPDX-License-Identifier: BSD-3-Clause
/**
 * The loader's one sentence (src/loader.ts: the SageCell shim could not be set up), one
 * function per language outside the catalogues, so that the small script carries these six
 * sentences and not every catalogue.
 */
const setupFailedEn = (detail: string) =>
  `This SageCell cell could not be set up (${detail}). Reload the page; if it persists, tell the page's author.`;
const setupFailedDe = (detail: string) =>
  `Diese SageCell-Zelle konnte nicht eingerichtet werden (${detail}). Laden Sie die Seite neu; bleibt der Fehler bestehen, informieren Sie die Autorin oder den Autor der Seite.`;
const setupFailedFr = (detail: string) =>
  `Cette cellule SageCell n’a pas pu être mise en place (${detail}). Rechargez la page\u00a0; si le problème persiste, prévenez l’auteur de la page.`;
const setupFailedEs = (detail: string) =>
  `No se pudo preparar esta celda de SageCell (${detail}). Recargue la página; si el problema continúa, avise al autor de la página.`;
const setupFailedPtBR = (detail: string) =>
  `Não foi possível configurar esta célula do SageCell (${detail}). Recarregue a página; se o problema continuar, avise o autor da página.`;
const setupFailedAr = (detail: string) =>
  `تعذّر إعداد خلية SageCell هذه (\u2068${detail}\u2069). أعد تحميل الصفحة؛ وإن استمرت المشكلة، فأبلغ مؤلف الصفحة.`;

/** The loader's sentence by language . */
export const sagecellSetupFailed = {
  en: setupFailedEn,
  de: setupFailedDe,
  fr: setupFailedFr,
  es: setupFailedEs,
  'pt-BR': setupFailedPtBR,
  ar: setupFailedAr,
};
