// SPDX-License-Identifier: BSD-3-Clause
import { answer } from './shared.js';
import type { en } from './en.js';

export const de: typeof en = {
  pyodideWidgetsRestarted: 'Der Kernel wurde neu gestartet: Diese Widgets funktionieren nicht mehr. Führen Sie die Zelle erneut aus, um aktive Widgets zu erhalten.',
  pyodideWidgetsFailedName: 'Widgets nicht verfügbar',
  pyodideWidgetsFailed: 'ipywidgets konnte im Python dieser Seite nicht installiert werden, daher werden keine Widgets angezeigt. Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} antwortete mit ${answer(status, statusText)}.`,
  pyodidePhaseLoadingPackages: 'Laden der Pakete',
  pyodidePhasePackages: 'Pakete',
  pyodideLoadingFromPublic: (packages: string, host: string) => `Lädt ${packages} aus der öffentlichen Pyodide-Distribution (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Lädt ${packages} von dieser Website…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Lädt ${packages} von ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) => `${packages} aus der öffentlichen Pyodide-Distribution (${host}) geladen.`,
  pyodideLoadedFromSite: (packages: string) => `${packages} von dieser Website geladen.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `${packages} von ${host} geladen.`,
  pyodideNotLoaded: (packages: string) => `Laden fehlgeschlagen: ${packages}.`,

  pyodideStartDownloadFailed: (file: string, detail: string) =>
    `Python konnte nicht starten: ${file} konnte nicht heruntergeladen werden (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python konnte nicht starten: ${url} antwortete mit ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) =>
    `Python konnte nicht starten: ${file} konnte nicht kompiliert werden (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python konnte nicht starten: Die Content Security Policy dieser Website erlaubt kein WebAssembly.',
  pyodideCspHint:
    "Fügen Sie 'wasm-unsafe-eval' zu script-src in der Policy hinzu, die die Website mit den Dateien von exec-cell sendet.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) => `Python konnte nicht starten: ${url} wurde nicht geladen (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python konnte nicht starten: ${detail}`,
  pyodideServeFolderHint:
    'Die Website muss den Ordner pyodide/ von exec-cell (neben exec-cell.js) so bereitstellen, wie er im Paket enthalten ist.',
  pyodideServeModulesHint:
    'Die Website muss den Ordner pyodide/ von exec-cell bereitstellen und .mjs-Dateien mit einem JavaScript-Typ (text/javascript) ausliefern.',
  pyodideReloadHint: 'Laden Sie die Seite neu. Schlägt es weiterhin fehl, wenden Sie sich an die Autorin oder den Autor der Seite.',
};
