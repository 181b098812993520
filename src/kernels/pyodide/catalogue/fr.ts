// SPDX-License-Identifier: BSD-3-Clause
import { answer } from './shared.js';
import type { en } from './en.js';

export const fr: typeof en = {
  pyodideWidgetsRestarted: 'Le noyau a redémarré\u00a0: ces widgets ne fonctionnent plus. Réexécutez la cellule pour obtenir des widgets actifs.',
  pyodideWidgetsFailedName: 'Widgets indisponibles',
  pyodideWidgetsFailed: 'Impossible d’installer ipywidgets dans le Python de cette page\u00a0: les widgets ne s’afficheront pas. Rechargez la page pour réessayer.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} a répondu ${answer(status, statusText)}.`,
  pyodidePhaseLoadingPackages: 'Chargement des paquets',
  pyodidePhasePackages: 'Paquets',
  pyodideLoadingFromPublic: (packages: string, host: string) =>
    `Chargement de ${packages} depuis la distribution publique de Pyodide (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Chargement de ${packages} depuis ce site…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Chargement de ${packages} depuis ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) =>
    `Chargement de ${packages} depuis la distribution publique de Pyodide (${host}) terminé.`,
  pyodideLoadedFromSite: (packages: string) => `Chargement de ${packages} depuis ce site terminé.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `Chargement de ${packages} depuis ${host} terminé.`,
  pyodideNotLoaded: (packages: string) => `Impossible de charger ${packages}.`,

  pyodideStartDownloadFailed: (file: string, detail: string) =>
    `Python n’a pas pu démarrer\u00a0: impossible de télécharger ${file} (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python n’a pas pu démarrer\u00a0: ${url} a répondu ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) =>
    `Python n’a pas pu démarrer\u00a0: ${file} n’a pas pu être compilé (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python n’a pas pu démarrer\u00a0: la Content Security Policy de ce site n’autorise pas WebAssembly.',
  pyodideCspHint: "Ajoutez 'wasm-unsafe-eval' à la directive script-src de la politique que le site envoie avec les fichiers d’exec-cell.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) =>
    `Python n’a pas pu démarrer\u00a0: ${url} ne s’est pas chargé (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python n’a pas pu démarrer\u00a0: ${detail}`,
  pyodideServeFolderHint: 'Le site doit servir le dossier pyodide/ d’exec-cell (à côté d’exec-cell.js) tel qu’il figure dans le paquet.',
  pyodideServeModulesHint:
    'Le site doit servir le dossier pyodide/ d’exec-cell, et les fichiers .mjs avec un type JavaScript (text/javascript).',
  pyodideReloadHint: 'Rechargez la page\u00a0; si l’échec persiste, prévenez l’auteur de la page.',
};
