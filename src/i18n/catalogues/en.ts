// SPDX-License-Identifier: BSD-3-Clause
/**
 * English: the reference catalogue. Every other language has exactly these keys (the type
 * checker and test/unit/i18n.test.ts hold them to it). A message with parameters is a
 * function, so that each language can order the words and choose its plural forms.
 */
import { number, percent, plural } from '../plural.js';

const L = 'en';

export const en = {
  // The cell's controls.
  codeLabel: 'Code',
  toolbarLabel: 'Code cell',
  run: 'Run',
  runTitle: 'Run (Shift+Enter)',
  stop: 'Stop',
  stopTitle: 'Stop the running code',
  restart: 'Restart',
  restartTitle: 'Restart the kernel: clears its variables',
  reset: 'Reset',
  resetTitle: 'Restore the original code',
  showCode: 'Show code',
  hideCode: 'Hide code',
  executionCount: 'Execution count',
  statusIdle: 'Ready',
  statusConnecting: 'Starting…',
  statusBusy: 'Running…',
  statusError: 'Error',
  stdinLabel: 'Input (stdin)',
  outputLabel: 'Output',
  logSummary: (lines: number) => plural(L, lines, { one: 'Log (# line)', other: 'Log (# lines)' }),
  progressLabel: (phase: string, fraction: number) => `${phase}: ${percent(L, fraction)}`,
  codeLine: (line: number, message: string) => `Line ${number(L, line)}: ${message}`,

  // What a run is waiting for.
  phaseWaiting: 'waiting',
  waitingForOtherCell: 'Waiting for another cell on this kernel to finish…',
  phaseStartingPython: 'starting Python',
  loadingPython: 'Loading Python into this page (about 6 MB the first time)…',

  // The cell's settings.
  pageSettingsInvalid: (problems: string) => `This page’s exec-cell settings are not valid: ${problems}.`,
  pageSettingsHint: 'The page’s author can correct them on the exec-cell script tag (data-* attributes) or in the page’s data-exec-cell-config block.',
  timeoutNotNumber: (value: string) => `timeout="${value}" is not a number of seconds.`,
  timeoutHint: 'Give the cell a number of seconds, such as timeout="30" (0 for no limit), or remove the attribute.',
  backendUnknown: (name: string) => `Unknown backend “${name}”.`,
  backendUnknownHint: 'Use backend="pyodide", "jupyter", "binder", "sagecell" or "jobe".',
  cellSettingsInvalid: (detail: string) => `This cell’s settings are not valid: ${detail}.`,
  cellSettingsHint: 'Check the cell’s server, binder-url and repo attributes.',

  // How a run ended, when it did not end well.
  timedOut: (seconds: number) =>
    plural(L, seconds, {
      one: 'Stopped after # s: this cell may run for at most # second.',
      other: 'Stopped after # s: this cell may run for at most # seconds.',
    }),
  timedOutHint: 'Make the code faster, or ask the page’s author for a longer time limit.',
  restarted: 'Restarted: the kernel is fresh, and its variables are cleared.',
  interruptRestartedKernel: 'The code did not stop when interrupted, so its kernel was restarted. Its variables are lost.',
  runCellsAgain: 'Run the cells you need again.',
  somethingWentWrong: (detail: string) => `Something went wrong: ${detail}`,
  pressRestartAndRetry: 'Press Restart and try again.',
  kernelStopped: 'The kernel this cell runs on has stopped. Its variables are lost.',
  pressRestartForFreshKernel: 'Press Restart to start a fresh kernel.',

  // Python in the browser.
  pythonNotRunning: 'Python is not running.',
  pressRestartForFreshPython: 'Press Restart to start a fresh Python.',
  pythonCrashed: 'Python stopped unexpectedly (the browser may have run short of memory): variables from earlier runs are lost.',
  pythonCrashedHint: 'Run the cells you need again; a fresh Python starts with the next run.',
  stoppedWhilePackagesLoaded: 'Stopped while packages were loading, by restarting Python: variables from earlier runs are lost.',
  interruptRestartedPython: 'The code did not stop when interrupted, so Python was restarted: variables from earlier runs are lost.',
  stoppedByRestartingPython: 'Stopped by restarting Python (this page cannot interrupt it otherwise): variables from earlier runs are lost.',
  pythonStoppedOnLeave: 'Python was stopped when you left the page: variables from earlier runs are lost.',
  pythonOutOfMemory: (mib: number) => `Python ran out of memory (this page allows it ${number(L, mib)} MiB), so it was restarted: variables from earlier runs are lost.`,
  pythonOutOfMemoryHint: 'Use less memory (smaller data, fewer copies), then run the cells you need again.',
  pythonUnrecoverable: 'Python failed in a way it cannot recover from, so it was restarted: variables from earlier runs are lost.',
  pythonBootTimeout: (seconds: number) => `Python did not start within ${number(L, seconds)} s.`,
  pythonBootTimeoutHint: 'The first visit downloads about 6 MB: on a slow connection, reload and try again. If it keeps failing, the site may not serve exec-cell’s pyodide/ folder.',
  pythonStoppedBeforeStart: 'Python was stopped before it started.',
  pythonWorkerFailed: (detail: string) => `The Python worker failed${detail ? ` (${detail})` : ''}.`,
  pythonWorkerFailedHint: 'Reload the page. If it keeps failing, the site may not serve exec-cell’s files (its chunks/ and pyodide/ folders).',

  // Outputs.
  inputRequested: 'Input requested by the code',
  send: 'Send',
  longOutput: (shown: number, total: number) => `Long output: showing the last ${number(L, shown)} of ${number(L, total)} lines.`,
  showAll: 'Show all',
  download: 'Download',
  showingAll: (total: number) => plural(L, total, { one: 'Showing all # line.', other: 'Showing all # lines.' }),
  outputNotShown: (detail: string) => `This output could not be shown: ${detail}`,
  imageTooLarge: (mb: number, maxMb: number) =>
    `This image is too large to show here (${number(L, mb)} MB; at most ${number(L, maxMb)} MB). Make it smaller (a lower resolution or dpi) and run the cell again.`,
  outputTypeUnknown: (types: string) => (types ? `[output of type ${types} cannot be shown here]` : '[an output with no content]'),

  // An error output in exec-cell's own words (a Jobe compile error): its name, then what happened.
  errorLine: (name: string, value: string) => `${name}: ${value}`,

  // Interactive outputs: Sage's @interact and Jupyter widgets.
  interactControls: 'Interactive controls',
  submit: 'Submit',
  rangeUpperEnd: 'upper end',
  numbered: (name: string, n: number) => `${name} ${number(L, n)}`,
  matrixEntry: (name: string, row: number, column: number) => `${name}, row ${number(L, row)}, column ${number(L, column)}`,
  controlUnsupported: (name: string, type: string) => `[${name}: a ${type} control cannot be shown here]`,
  widgetValue: 'Value',
  widgetLower: (name: string) => `${name} (lower)`,
  widgetUpper: (name: string) => `${name} (upper)`,
  widgetNotShown: (detail: string) => `This widget could not be shown: ${detail}`,
  widgetNoModel: 'This widget output names no widget model, so it cannot be shown.',
  widgetNotLive: 'This widget is not live: the kernel that made it is not connected to this cell. Run the cell to get a live one.',
  widgetClosed: 'This widget is not live any more (its kernel closed it or restarted). Run the cell again to get a live one.',
  widgetLibraryMissing: (library: string, supported: string) =>
    `This widget comes from the library ${library}, which this page does not have, so its text is shown instead. Widgets shown live here: ${supported}.`,
  widgetKernelStopped: 'The kernel stopped: this widget no longer works.',

  // Pages written for the SageCell embed: the menu of a cell that offers several languages.
  languageMenu: 'Language',
  // What a screen reader hears when a run ends (once, not each line of output).
  announceFinished: (count: number) =>
    count === 0 ? 'Run finished, no output' : plural(L, count, { one: 'Run finished, # output', other: 'Run finished, # outputs' }),
  announceError: (name: string) => `Run ended with an error: ${name}`,
  announceStopped: 'Run stopped',

  // Starting a kernel on a Jupyter server: said before any backend's code has loaded.
  jupyterNoServer: 'This cell has no Jupyter server to run on.',
  jupyterNoServerHint: 'Give the cell a server="https://…" attribute, or the page a data-server on the exec-cell script tag.',
  jupyterPhaseStartingKernel: 'starting kernel',
  jupyterStartingKernel: (name: string, server: string) => `Starting a ${name} kernel on ${server}`,
  jupyterUnreachable: (server: string) => `Could not reach the Jupyter server at ${server}.`,
  jupyterUnreachableHint:
    'Check that the server is running and reachable from this page, and that it allows this page’s origin (ServerApp.allow_origin).',
  jupyterTokenRefused: (server: string, status: number, reason: string) =>
    `The Jupyter server at ${server} refused the token (${number('en', status)} ${reason}).`,
  jupyterTokenRefusedHint: 'Check the token: the cell’s token attribute or the page’s data-token must match the server’s token.',
  jupyterNoSuchKernel: (server: string, name: string) => `The Jupyter server at ${server} has no kernel named “${name}”.`,
  jupyterKernelsAvailable: (names: string) => `Use one of: ${names} (the kernel attribute).`,
  jupyterStartFailed: (server: string, name: string, detail: string) =>
    `The Jupyter server at ${server} could not start a ${name} kernel: ${detail}`,
  jupyterTryLater: 'Try again later, or ask the server’s administrator.',
  jupyterBackendUnavailable: (backend: string) => `The ${backend} backend is not available in this version of exec-cell.`,
  jupyterBackendUnavailableHint: 'Use backend="pyodide" (Python in the browser), or backend="jupyter" with a server="…" attribute.',
  jupyterChunkFailed: (backend: string, detail: string) => `Could not load the code for the ${backend} backend (${detail}).`,
  jupyterChunkFailedHint: 'Check your connection and reload the page.',
};

/** The messages of one language: what {@link en} has, each as a string or a function of the same parameters. */
export type Messages = typeof en;
