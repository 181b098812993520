// SPDX-License-Identifier: BSD-3-Clause
import { answer } from './shared.js';

export const en = {
  // Widgets of an interpreter that Restart or Stop replaced: the words of a Jupyter kernel's restart.
  pyodideWidgetsRestarted: 'The kernel restarted: these widgets no longer work. Run the cell again to get live ones.',
  // The widget wheels could not be installed (an error output: its name, then what it means).
  pyodideWidgetsFailedName: 'Widgets unavailable',
  pyodideWidgetsFailed: 'ipywidgets could not be installed in this page’s Python, so widgets will not show. Reload the page to try again.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} answered ${answer(status, statusText)}.`,
  // The progress line while a run's packages load (the phase, then what, from where).
  pyodidePhaseLoadingPackages: 'loading packages',
  pyodidePhasePackages: 'packages',
  pyodideLoadingFromPublic: (packages: string, host: string) => `Loading ${packages} from the public Pyodide distribution (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Loading ${packages} from this site…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Loading ${packages} from ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) => `Loaded ${packages} from the public Pyodide distribution (${host}).`,
  pyodideLoadedFromSite: (packages: string) => `Loaded ${packages} from this site.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `Loaded ${packages} from ${host}.`,
  pyodideNotLoaded: (packages: string) => `Could not load ${packages}.`,

  // Python did not start: what failed, and what the site must do.
  pyodideStartDownloadFailed: (file: string, detail: string) => `Python could not start: could not download ${file} (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python could not start: ${url} answered ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) => `Python could not start: ${file} could not be compiled (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python could not start: this site’s Content Security Policy does not allow WebAssembly.',
  pyodideCspHint: "Add 'wasm-unsafe-eval' to the script-src of the policy the site sends with exec-cell’s files.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) => `Python could not start: ${url} did not load (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python could not start: ${detail}`,
  pyodideServeFolderHint: 'The site must serve exec-cell’s pyodide/ folder (beside exec-cell.js) as it is in the package.',
  pyodideServeModulesHint: 'The site must serve exec-cell’s pyodide/ folder, and .mjs files with a JavaScript type (text/javascript).',
  pyodideReloadHint: 'Reload the page; if it keeps failing, tell the page’s author.',
};
