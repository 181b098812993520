// SPDX-License-Identifier: BSD-3-Clause
// German (Deutsch).
import type { Messages } from './en.js';
import { number, percent, plural } from '../plural.js';

const L = 'de';

export const de: Messages = {
  // The cell's controls.
  codeLabel: 'Code',
  toolbarLabel: 'Codezelle',
  run: 'Ausführen',
  runTitle: 'Ausführen (Shift+Enter)',
  stop: 'Stoppen',
  stopTitle: 'Laufenden Code stoppen',
  restart: 'Neu starten',
  restartTitle: 'Kernel neu starten: löscht seine Variablen',
  reset: 'Zurücksetzen',
  resetTitle: 'Ursprünglichen Code wiederherstellen',
  showCode: 'Code anzeigen',
  hideCode: 'Code ausblenden',
  executionCount: 'Ausführungszähler',
  statusIdle: 'Bereit',
  statusConnecting: 'Wird gestartet…',
  statusBusy: 'Läuft…',
  statusError: 'Fehler',
  stdinLabel: 'Eingabe (stdin)',
  outputLabel: 'Ausgabe',
  logSummary: (lines: number) => plural(L, lines, { one: 'Protokoll (# Zeile)', other: 'Protokoll (# Zeilen)' }),
  progressLabel: (phase: string, fraction: number) => `${phase}: ${percent(L, fraction)}`,
  codeLine: (line: number, message: string) => `Zeile ${number(L, line)}: ${message}`,

  // What a run is waiting for.
  phaseWaiting: 'Warten',
  waitingForOtherCell: 'Wartet, bis eine andere Zelle mit diesem Kernel fertig ist…',
  phaseStartingPython: 'Python-Start',
  loadingPython: 'Python wird in diese Seite geladen (beim ersten Mal etwa 6\u00a0MB)…',

  // The cell's settings.
  pageSettingsInvalid: (problems: string) => `Die exec-cell-Einstellungen dieser Seite sind ungültig: ${problems}.`,
  pageSettingsHint: 'Die Autorin oder der Autor der Seite kann sie am Script-Tag von exec-cell (data-*-Attribute) oder im Block data-exec-cell-config der Seite korrigieren.',
  timeoutNotNumber: (value: string) => `timeout="${value}" ist keine gültige Anzahl von Sekunden.`,
  timeoutHint: 'Geben Sie für die Zelle eine Anzahl von Sekunden an, etwa timeout="30" (0 für kein Zeitlimit), oder entfernen Sie das Attribut.',
  backendUnknown: (name: string) => `Unbekanntes Backend „${name}“.`,
  backendUnknownHint: 'Verwenden Sie backend="pyodide", "jupyter", "binder", "sagecell" oder "jobe".',
  cellSettingsInvalid: (detail: string) => `Die Einstellungen dieser Zelle sind ungültig: ${detail}.`,
  cellSettingsHint: 'Prüfen Sie die Attribute server, binder-url und repo der Zelle.',

  // How a run ended, when it did not end well.
  timedOut: (seconds: number) =>
    plural(L, seconds, {
      one: 'Nach #\u00a0s gestoppt: Diese Zelle darf höchstens # Sekunde laufen.',
      other: 'Nach #\u00a0s gestoppt: Diese Zelle darf höchstens # Sekunden laufen.',
    }),
  timedOutHint: 'Beschleunigen Sie den Code – oder bitten Sie die Autorin oder den Autor der Seite um ein längeres Zeitlimit.',
  restarted: 'Neu gestartet: Der Kernel beginnt von vorn, seine Variablen sind gelöscht.',
  interruptRestartedKernel: 'Der Code ließ sich nicht unterbrechen, daher wurde sein Kernel neu gestartet. Die Variablen des Kernels sind verloren.',
  runCellsAgain: 'Führen Sie die benötigten Zellen erneut aus.',
  somethingWentWrong: (detail: string) => `Etwas ist schiefgelaufen: ${detail}`,
  pressRestartAndRetry: 'Klicken Sie auf „Neu starten“ und versuchen Sie es erneut.',
  kernelStopped: 'Der Kernel dieser Zelle wurde beendet. Seine Variablen sind verloren.',
  pressRestartForFreshKernel: 'Klicken Sie auf „Neu starten“, um einen neuen Kernel zu starten.',

  // Python in the browser.
  pythonNotRunning: 'Python läuft nicht.',
  pressRestartForFreshPython: 'Klicken Sie auf „Neu starten“, um Python neu zu starten.',
  pythonCrashed: 'Python wurde unerwartet beendet (vielleicht hatte der Browser zu wenig Speicher): Variablen aus früheren Ausführungen sind verloren.',
  pythonCrashedHint: 'Führen Sie die benötigten Zellen erneut aus; beim nächsten Ausführen startet Python neu.',
  stoppedWhilePackagesLoaded: 'Beim Laden von Paketen durch einen Neustart von Python gestoppt: Variablen aus früheren Ausführungen sind verloren.',
  interruptRestartedPython: 'Der Code ließ sich nicht unterbrechen, daher wurde Python neu gestartet: Variablen aus früheren Ausführungen sind verloren.',
  stoppedByRestartingPython: 'Durch einen Neustart von Python gestoppt (anders kann diese Seite es nicht unterbrechen): Variablen aus früheren Ausführungen sind verloren.',
  pythonStoppedOnLeave: 'Python wurde beendet, als Sie die Seite verlassen haben: Variablen aus früheren Ausführungen sind verloren.',
  pythonOutOfMemory: (mib: number) =>
    `Python ist der Speicher ausgegangen (diese Seite erlaubt ${number(L, mib)}\u00a0MiB), daher wurde Python neu gestartet: Variablen aus früheren Ausführungen sind verloren.`,
  pythonOutOfMemoryHint: 'Verbrauchen Sie weniger Speicher (kleinere Daten, weniger Kopien) und führen Sie dann die benötigten Zellen erneut aus.',
  pythonUnrecoverable: 'Python hatte einen nicht behebbaren Fehler und wurde daher neu gestartet: Variablen aus früheren Ausführungen sind verloren.',
  pythonBootTimeout: (seconds: number) => `Python ist nicht innerhalb von ${number(L, seconds)}\u00a0s gestartet.`,
  pythonBootTimeoutHint: 'Beim ersten Besuch werden etwa 6\u00a0MB heruntergeladen: Laden Sie die Seite bei einer langsamen Verbindung neu und versuchen Sie es erneut. Schlägt es weiterhin fehl, stellt die Website den Ordner pyodide/ von exec-cell möglicherweise nicht bereit.',
  pythonStoppedBeforeStart: 'Python wurde gestoppt, bevor es starten konnte.',
  pythonWorkerFailed: (detail: string) => `Der Python-Worker ist ausgefallen${detail ? ` (${detail})` : ''}.`,
  pythonWorkerFailedHint: 'Laden Sie die Seite neu. Schlägt es weiterhin fehl, stellt die Website die Dateien von exec-cell (die Ordner chunks/ und pyodide/) möglicherweise nicht bereit.',

  // Outputs.
  inputRequested: 'Der Code erwartet eine Eingabe',
  send: 'Senden',
  longOutput: (shown: number, total: number) =>
    `Lange Ausgabe: Die letzten ${number(L, shown)} von ${number(L, total)} Zeilen werden angezeigt.`,
  showAll: 'Alles anzeigen',
  download: 'Herunterladen',
  showingAll: (total: number) => plural(L, total, { one: '# Zeile wird angezeigt.', other: 'Alle # Zeilen werden angezeigt.' }),
  outputNotShown: (detail: string) => `Diese Ausgabe konnte nicht angezeigt werden: ${detail}`,
  imageTooLarge: (mb: number, maxMb: number) =>
    `Dieses Bild ist zu groß für die Anzeige hier (${number(L, mb)}\u00a0MB; höchstens ${number(L, maxMb)}\u00a0MB). Verkleinern Sie es (geringere Auflösung oder dpi) und führen Sie die Zelle erneut aus.`,
  outputTypeUnknown: (types: string) => (types ? `[Ausgabe vom Typ ${types} kann hier nicht angezeigt werden]` : '[Ausgabe ohne Inhalt]'),

  // An error output in exec-cell's own words (a Jobe compile error): its name, then what happened.
  errorLine: (name: string, value: string) => `${name}: ${value}`,

  // Interactive outputs: Sage's @interact and Jupyter widgets.
  interactControls: 'Interaktive Steuerelemente',
  submit: 'Übernehmen',
  rangeUpperEnd: 'Obergrenze',
  numbered: (name: string, n: number) => `${name} ${number(L, n)}`,
  matrixEntry: (name: string, row: number, column: number) => `${name}, Zeile ${number(L, row)}, Spalte ${number(L, column)}`,
  controlUnsupported: (name: string, type: string) => `[${name}: Ein Steuerelement vom Typ ${type} kann hier nicht angezeigt werden]`,
  widgetValue: 'Wert',
  widgetLower: (name: string) => `${name} (Untergrenze)`,
  widgetUpper: (name: string) => `${name} (Obergrenze)`,
  widgetNotShown: (detail: string) => `Dieses Widget konnte nicht angezeigt werden: ${detail}`,
  widgetNoModel: 'Diese Widget-Ausgabe nennt kein Widget-Modell und kann daher nicht angezeigt werden.',
  widgetNotLive: 'Dieses Widget ist nicht aktiv: Der Kernel, der es erzeugt hat, ist nicht mit dieser Zelle verbunden. Führen Sie die Zelle aus, um ein aktives Widget zu erhalten.',
  widgetClosed: 'Dieses Widget ist nicht mehr aktiv (sein Kernel hat es geschlossen oder wurde neu gestartet). Führen Sie die Zelle erneut aus, um ein aktives Widget zu erhalten.',
  widgetLibraryMissing: (library: string, supported: string) =>
    `Dieses Widget stammt aus der Bibliothek ${library}, die auf dieser Seite nicht verfügbar ist; daher wird stattdessen sein Text angezeigt. Hier aktiv unterstützte Widget-Bibliotheken: ${supported}.`,
  widgetKernelStopped: 'Der Kernel wurde beendet: Dieses Widget funktioniert nicht mehr.',

  // Pages written for the SageCell embed: the menu of a cell that offers several languages.
  languageMenu: 'Sprache',
  // What a screen reader hears when a run ends (once, not each line of output).
  announceFinished: (count: number) =>
    count === 0 ? 'Ausführung beendet, keine Ausgabe' : plural(L, count, { one: 'Ausführung beendet, # Ausgabe', other: 'Ausführung beendet, # Ausgaben' }),
  announceError: (name: string) => `Ausführung mit einem Fehler beendet: ${name}`,
  announceStopped: 'Ausführung gestoppt',

  // Starting a kernel on a Jupyter server: said before any backend's code has loaded.
  jupyterNoServer: 'Für diese Zelle ist kein Jupyter-Server angegeben, auf dem sie laufen kann.',
  jupyterNoServerHint: 'Geben Sie der Zelle ein Attribut server="https://…" oder der Seite ein data-server am Script-Tag von exec-cell.',
  jupyterPhaseStartingKernel: 'Kernel-Start',
  jupyterStartingKernel: (name: string, server: string) => `Kernel ${name} wird auf ${server} gestartet`,
  jupyterUnreachable: (server: string) => `Der Jupyter-Server unter ${server} ist nicht erreichbar.`,
  jupyterUnreachableHint:
    'Prüfen Sie, ob der Server läuft, von dieser Seite aus erreichbar ist und den Ursprung dieser Seite zulässt (ServerApp.allow_origin).',
  jupyterTokenRefused: (server: string, status: number, reason: string) =>
    `Der Jupyter-Server unter ${server} hat das Token abgelehnt (${number('de', status)} ${reason}).`,
  jupyterTokenRefusedHint: 'Prüfen Sie das Token: Das Attribut token der Zelle oder data-token der Seite muss mit dem Token des Servers übereinstimmen.',
  jupyterNoSuchKernel: (server: string, name: string) => `Der Jupyter-Server unter ${server} hat keinen Kernel namens „${name}“.`,
  jupyterKernelsAvailable: (names: string) => `Verwenden Sie einen dieser Kernel: ${names} (Attribut kernel).`,
  jupyterStartFailed: (server: string, name: string, detail: string) =>
    `Der Jupyter-Server unter ${server} konnte den Kernel ${name} nicht starten: ${detail}`,
  jupyterTryLater: 'Versuchen Sie es später erneut oder wenden Sie sich an die Administration des Servers.',
  jupyterBackendUnavailable: (backend: string) => `Das Backend ${backend} ist in dieser Version von exec-cell nicht verfügbar.`,
  jupyterBackendUnavailableHint: 'Verwenden Sie backend="pyodide" (Python im Browser) oder backend="jupyter" mit einem Attribut server="…".',
  jupyterChunkFailed: (backend: string, detail: string) => `Der Code für das Backend ${backend} konnte nicht geladen werden (${detail}).`,
  jupyterChunkFailedHint: 'Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
};
