// SPDX-License-Identifier: BSD-3-Clause
import { answer } from './shared.js';
import type { en } from './en.js';

export const es: typeof en = {
  pyodideWidgetsRestarted: 'El kernel se reinició: estos widgets ya no funcionan. Vuelva a ejecutar la celda para obtener widgets activos.',
  pyodideWidgetsFailedName: 'Widgets no disponibles',
  pyodideWidgetsFailed: 'No se pudo instalar ipywidgets en el Python de esta página, así que los widgets no se mostrarán. Recargue la página para volver a intentarlo.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} respondió ${answer(status, statusText)}.`,
  pyodidePhaseLoadingPackages: 'Cargando paquetes',
  pyodidePhasePackages: 'Paquetes',
  pyodideLoadingFromPublic: (packages: string, host: string) => `Cargando ${packages} desde la distribución pública de Pyodide (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Cargando ${packages} desde este sitio…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Cargando ${packages} desde ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) =>
    `Carga de ${packages} desde la distribución pública de Pyodide (${host}) completada.`,
  pyodideLoadedFromSite: (packages: string) => `Carga de ${packages} desde este sitio completada.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `Carga de ${packages} desde ${host} completada.`,
  pyodideNotLoaded: (packages: string) => `No se pudo cargar ${packages}.`,

  pyodideStartDownloadFailed: (file: string, detail: string) => `Python no pudo iniciarse: no se pudo descargar ${file} (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python no pudo iniciarse: ${url} respondió ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) => `Python no pudo iniciarse: no se pudo compilar ${file} (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python no pudo iniciarse: la Content Security Policy de este sitio no permite WebAssembly.',
  pyodideCspHint: "Añada 'wasm-unsafe-eval' a la directiva script-src de la política que el sitio envía con los archivos de exec-cell.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) => `Python no pudo iniciarse: ${url} no se cargó (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python no pudo iniciarse: ${detail}`,
  pyodideServeFolderHint: 'El sitio debe servir la carpeta pyodide/ de exec-cell (junto a exec-cell.js) tal como viene en el paquete.',
  pyodideServeModulesHint:
    'El sitio debe servir la carpeta pyodide/ de exec-cell, y los archivos .mjs con un tipo JavaScript (text/javascript).',
  pyodideReloadHint: 'Recargue la página; si sigue fallando, avise al autor de la página.',
};
