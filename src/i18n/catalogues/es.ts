// SPDX-License-Identifier: BSD-3-Clause
// Spanish (español).
import type { Messages } from './en.js';
import { number, percent, plural } from '../plural.js';

const L = 'es';

export const es: Messages = {
  // The cell's controls.
  codeLabel: 'Código',
  toolbarLabel: 'Celda de código',
  run: 'Ejecutar',
  runTitle: 'Ejecutar (Shift+Enter)',
  stop: 'Detener',
  stopTitle: 'Detener el código en ejecución',
  restart: 'Reiniciar',
  restartTitle: 'Reiniciar el kernel: borra sus variables',
  reset: 'Restablecer',
  resetTitle: 'Restaurar el código original',
  showCode: 'Mostrar código',
  hideCode: 'Ocultar código',
  executionCount: 'Número de ejecución',
  statusIdle: 'Listo',
  statusConnecting: 'Iniciando…',
  statusBusy: 'Ejecutando…',
  statusError: 'Error',
  stdinLabel: 'Entrada (stdin)',
  outputLabel: 'Salida',
  logSummary: (lines: number) => plural(L, lines, { one: 'Registro (# línea)', other: 'Registro (# líneas)' }),
  progressLabel: (phase: string, fraction: number) => `${phase}: ${percent(L, fraction)}`,
  codeLine: (line: number, message: string) => `Línea ${number(L, line)}: ${message}`,

  // What a run is waiting for.
  phaseWaiting: 'Esperando',
  waitingForOtherCell: 'Esperando a que termine otra celda que usa este kernel…',
  phaseStartingPython: 'Iniciando Python',
  loadingPython: 'Cargando Python en esta página (unos 6\u00a0MB la primera vez)…',

  // The cell's settings.
  pageSettingsInvalid: (problems: string) => `La configuración de exec-cell de esta página no es válida: ${problems}.`,
  pageSettingsHint: 'El autor de la página puede corregirla en la etiqueta script de exec-cell (atributos data-*) o en el bloque data-exec-cell-config de la página.',
  timeoutNotNumber: (value: string) => `timeout="${value}" no es un número de segundos.`,
  timeoutHint: 'Indique un número de segundos para la celda, como timeout="30" (0 para no poner límite), o quite el atributo.',
  backendUnknown: (name: string) => `Backend desconocido: «${name}».`,
  backendUnknownHint: 'Use backend="pyodide", "jupyter", "binder", "sagecell" o "jobe".',
  cellSettingsInvalid: (detail: string) => `La configuración de esta celda no es válida: ${detail}.`,
  cellSettingsHint: 'Revise los atributos server, binder-url y repo de la celda.',

  // How a run ended, when it did not end well.
  timedOut: (seconds: number) =>
    plural(L, seconds, {
      one: 'Ejecución detenida tras #\u00a0s: esta celda puede ejecutarse como máximo # segundo.',
      other: 'Ejecución detenida tras #\u00a0s: esta celda puede ejecutarse como máximo # segundos.',
    }),
  timedOutHint: 'Haga que el código sea más rápido o pida al autor de la página un límite de tiempo mayor.',
  restarted: 'Reiniciado: el kernel empieza de cero y sus variables se han borrado.',
  interruptRestartedKernel: 'El código no se detuvo al interrumpirlo, así que se reinició su kernel. Sus variables se han perdido.',
  runCellsAgain: 'Vuelva a ejecutar las celdas que necesite.',
  somethingWentWrong: (detail: string) => `Algo salió mal: ${detail}`,
  pressRestartAndRetry: 'Pulse «Reiniciar» e inténtelo de nuevo.',
  kernelStopped: 'El kernel de esta celda se ha detenido. Sus variables se han perdido.',
  pressRestartForFreshKernel: 'Pulse «Reiniciar» para iniciar un kernel nuevo.',

  // Python in the browser.
  pythonNotRunning: 'Python no se está ejecutando.',
  pressRestartForFreshPython: 'Pulse «Reiniciar» para iniciar Python de nuevo.',
  pythonCrashed: 'Python se detuvo inesperadamente (puede que el navegador se haya quedado sin memoria): se han perdido las variables de ejecuciones anteriores.',
  pythonCrashedHint: 'Vuelva a ejecutar las celdas que necesite; Python se iniciará de nuevo con la próxima ejecución.',
  stoppedWhilePackagesLoaded: 'Ejecución detenida durante la carga de paquetes reiniciando Python: se han perdido las variables de ejecuciones anteriores.',
  interruptRestartedPython: 'El código no se detuvo al interrumpirlo, así que se reinició Python: se han perdido las variables de ejecuciones anteriores.',
  stoppedByRestartingPython: 'Ejecución detenida reiniciando Python (esta página no puede interrumpirlo de otro modo): se han perdido las variables de ejecuciones anteriores.',
  pythonStoppedOnLeave: 'Python se detuvo cuando salió de la página: se han perdido las variables de ejecuciones anteriores.',
  pythonOutOfMemory: (mib: number) =>
    `Python se quedó sin memoria (esta página le permite ${number(L, mib)}\u00a0MiB), así que se reinició: se han perdido las variables de ejecuciones anteriores.`,
  pythonOutOfMemoryHint: 'Use menos memoria (datos más pequeños, menos copias) y vuelva a ejecutar las celdas que necesite.',
  pythonUnrecoverable: 'Python sufrió un fallo del que no puede recuperarse, así que se reinició: se han perdido las variables de ejecuciones anteriores.',
  pythonBootTimeout: (seconds: number) => `Python no se inició en ${number(L, seconds)}\u00a0s.`,
  pythonBootTimeoutHint: 'La primera visita descarga unos 6\u00a0MB: con una conexión lenta, recargue la página e inténtelo de nuevo. Si sigue fallando, puede que el sitio no sirva la carpeta pyodide/ de exec-cell.',
  pythonStoppedBeforeStart: 'Python se detuvo antes de iniciarse.',
  pythonWorkerFailed: (detail: string) => `Falló el worker de Python${detail ? ` (${detail})` : ''}.`,
  pythonWorkerFailedHint: 'Recargue la página. Si sigue fallando, puede que el sitio no sirva los archivos de exec-cell (sus carpetas chunks/ y pyodide/).',

  // Outputs.
  inputRequested: 'El código solicita una entrada',
  send: 'Enviar',
  longOutput: (shown: number, total: number) =>
    `Salida larga: se muestran las últimas ${number(L, shown)} de ${number(L, total)} líneas.`,
  showAll: 'Mostrar todo',
  download: 'Descargar',
  showingAll: (total: number) => plural(L, total, { one: 'Se muestra # línea.', other: 'Se muestran las # líneas.' }),
  outputNotShown: (detail: string) => `No se pudo mostrar esta salida: ${detail}`,
  imageTooLarge: (mb: number, maxMb: number) =>
    `Esta imagen es demasiado grande para mostrarla aquí (${number(L, mb)}\u00a0MB; como máximo ${number(L, maxMb)}\u00a0MB). Redúzcala (menor resolución o dpi) y vuelva a ejecutar la celda.`,
  outputTypeUnknown: (types: string) => (types ? `[no se puede mostrar aquí una salida de tipo ${types}]` : '[una salida sin contenido]'),

  // An error output in exec-cell's own words (a Jobe compile error): its name, then what happened.
  errorLine: (name: string, value: string) => `${name}: ${value}`,

  // Interactive outputs: Sage's @interact and Jupyter widgets.
  interactControls: 'Controles interactivos',
  submit: 'Aplicar',
  rangeUpperEnd: 'extremo superior',
  numbered: (name: string, n: number) => `${name} ${number(L, n)}`,
  matrixEntry: (name: string, row: number, column: number) => `${name}, fila ${number(L, row)}, columna ${number(L, column)}`,
  controlUnsupported: (name: string, type: string) => `[${name}: no se puede mostrar aquí un control de tipo ${type}]`,
  widgetValue: 'Valor',
  widgetLower: (name: string) => `${name} (extremo inferior)`,
  widgetUpper: (name: string) => `${name} (extremo superior)`,
  widgetNotShown: (detail: string) => `No se pudo mostrar este widget: ${detail}`,
  widgetNoModel: 'Esta salida de widget no indica ningún modelo de widget, así que no se puede mostrar.',
  widgetNotLive: 'Este widget no está activo: el kernel que lo creó no está conectado a esta celda. Ejecute la celda para obtener uno activo.',
  widgetClosed: 'Este widget ya no está activo (su kernel lo cerró o se reinició). Vuelva a ejecutar la celda para obtener uno activo.',
  widgetLibraryMissing: (library: string, supported: string) =>
    `Este widget procede de la biblioteca ${library}, que esta página no tiene, así que se muestra su texto en su lugar. Bibliotecas de widgets activos disponibles aquí: ${supported}.`,
  widgetKernelStopped: 'El kernel se detuvo: este widget ya no funciona.',

  // Pages written for the SageCell embed: the menu of a cell that offers several languages.
  languageMenu: 'Lenguaje',
  // What a screen reader hears when a run ends (once, not each line of output).
  announceFinished: (count: number) =>
    count === 0 ? 'Ejecución terminada, sin salida' : plural(L, count, { one: 'Ejecución terminada, # salida', other: 'Ejecución terminada, # salidas' }),
  announceError: (name: string) => `La ejecución terminó con un error: ${name}`,
  announceStopped: 'Ejecución detenida',

  // Starting a kernel on a Jupyter server: said before any backend's code has loaded.
  jupyterNoServer: 'Esta celda no tiene ningún servidor Jupyter en el que ejecutarse.',
  jupyterNoServerHint: 'Dé a la celda un atributo server="https://…", o a la página un atributo data-server en la etiqueta script de exec-cell.',
  jupyterPhaseStartingKernel: 'Iniciando el kernel',
  jupyterStartingKernel: (name: string, server: string) => `Iniciando un kernel ${name} en ${server}`,
  jupyterUnreachable: (server: string) => `No se pudo conectar con el servidor Jupyter ${server}.`,
  jupyterUnreachableHint:
    'Compruebe que el servidor esté en marcha y sea accesible desde esta página, y que admita el origen de esta página (ServerApp.allow_origin).',
  jupyterTokenRefused: (server: string, status: number, reason: string) =>
    `El servidor Jupyter ${server} rechazó el token (${number('es', status)} ${reason}).`,
  jupyterTokenRefusedHint: 'Revise el token: el atributo token de la celda o el data-token de la página debe coincidir con el token del servidor.',
  jupyterNoSuchKernel: (server: string, name: string) => `El servidor Jupyter ${server} no tiene ningún kernel llamado «${name}».`,
  jupyterKernelsAvailable: (names: string) => `Use uno de estos: ${names} (el atributo kernel).`,
  jupyterStartFailed: (server: string, name: string, detail: string) =>
    `El servidor Jupyter ${server} no pudo iniciar un kernel ${name}: ${detail}`,
  jupyterTryLater: 'Inténtelo de nuevo más tarde o consulte al administrador del servidor.',
  jupyterBackendUnavailable: (backend: string) => `El backend ${backend} no está disponible en esta versión de exec-cell.`,
  jupyterBackendUnavailableHint: 'Use backend="pyodide" (Python en el navegador) o backend="jupyter" con un atributo server="…".',
  jupyterChunkFailed: (backend: string, detail: string) => `No se pudo cargar el código del backend ${backend} (${detail}).`,
  jupyterChunkFailedHint: 'Compruebe su conexión y recargue la página.',
};
