// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

export const de: typeof en = {
  sagecellNoServer: 'Diese Zelle hat keinen SageCell-Server, auf dem sie laufen kann.',
  sagecellNoServerHint: 'Geben Sie der Zelle ein Attribut server="https://…" oder der Seite ein data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `SageCell kann die Sprache „${language}“ nicht ausführen.`,
  sagecellUnknownLanguageHint: (languages: string) => `Verwenden Sie eine dieser Sprachen: ${languages} (Attribut language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `Warten auf einen freien Kernel: Eine Seite darf auf ${root} höchstens ${number('de', n)} SageCell-Kernel gleichzeitig nutzen.`,
  sagecellPhaseStarting: 'Kernel-Start',
  sagecellStarting: (root: string) => `Ein Sage-Kernel wird auf ${root} gestartet`,
  sagecellServerBusy: (seconds: number) => `Der Server ist ausgelastet: Es wird weiter auf einen Kernel gewartet (${number('de', seconds)}\u00a0s)…`,
  sagecellWaitingForRelease: 'Der Server zählt noch Kernel, die diese Seite hatte; es wird gewartet, bis er sie freigibt…',
  sagecellTooManyKernels: (root: string, message: string) =>
    `Der SageCell-Server unter ${root} weigert sich, einen weiteren Kernel für diese Seite zu starten: „${message}“`,
  sagecellTooManyKernelsHint:
    'Warten Sie, bis andere Zellen auf dieser Seite fertig sind, und führen Sie diese Zelle dann erneut aus (oder laden Sie die Seite neu).',
  sagecellUnreachable: (root: string) => `Der SageCell-Server unter ${root} ist nicht erreichbar.`,
  sagecellUnreachableHint: 'Prüfen Sie Ihre Verbindung und die Serveradresse; wenn es Ihre Seite ist, prüfen Sie, ob der Server läuft.',
  sagecellStartRefused: (root: string) => `Der SageCell-Server unter ${root} antwortet, hat es aber abgelehnt, einen Kernel für diese Seite zu starten.`,
  sagecellStartRefusedHint:
    'Möglicherweise nimmt er keine Anfragen von dieser Website an. Versuchen Sie es später erneut oder fragen Sie die Autorin oder den Autor der Seite.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `Der SageCell-Server unter ${root} konnte keinen Kernel starten (${status} ${statusText || 'Fehler'}).`,
  sagecellStartFailedHint: 'Versuchen Sie es in einer Minute erneut; schlägt es weiterhin fehl, ist der Server möglicherweise nicht verfügbar.',
  sagecellNotSageCell: (root: string) => `Der Server unter ${root} hat nicht wie ein SageCell-Server geantwortet.`,
  sagecellNotSageCellHint: 'Prüfen Sie die Adresse: Sie muss auf die Wurzel eines SageCell-Servers zeigen, etwa https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `Der SageCell-Server unter ${root} ist voll ausgelastet: Er hatte ${plural('de', seconds, { one: '# Sekunde', other: '# Sekunden' })} lang keinen freien Kernel.`,
  sagecellServerFullHint: 'Vielleicht nutzen ihn gerade viele Personen. Führen Sie die Zelle in einer Minute erneut aus.',

  sagecellTerms: (root: string, terms: string) =>
    `Der SageCell-Server unter ${root} bittet Sie, seine Nutzungsbedingungen zu akzeptieren, bevor er Code ausführt: „${terms}“`,
  sagecellTermsHint: '„Akzeptieren“ führt den Code aus (und wird für diesen Server in diesem Browser gespeichert); „Ablehnen“ sendet ihn nicht.',
  sagecellAccept: 'Akzeptieren',
  sagecellDecline: 'Ablehnen',
  sagecellDeclined: (root: string) =>
    `Nicht ausgeführt: Der SageCell-Server unter ${root} führt Code nur für Leserinnen und Leser aus, die seine Nutzungsbedingungen akzeptieren.`,
  sagecellDeclinedHint: 'Führen Sie die Zelle erneut aus, um die Bedingungen zu lesen und zu akzeptieren.',

  sagecellConnectFailed: (root: string, detail: string) => `Die Verbindung zum SageCell-Server unter ${root} konnte nicht geöffnet werden (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `Die Verbindung zum SageCell-Server unter ${root} konnte nicht geöffnet werden (keine Antwort innerhalb von ${number('de', seconds)}\u00a0s).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `Die Verbindung zum SageCell-Server unter ${root} konnte nicht geöffnet werden (die Verbindung wurde geschlossen, Code ${code}).`,
  sagecellConnectClosedOpening: (root: string) =>
    `Die Verbindung zum SageCell-Server unter ${root} konnte nicht geöffnet werden (die Verbindung wurde beim Öffnen geschlossen).`,
  sagecellConnectFailedHint: 'Prüfen Sie Ihre Verbindung; ein Netzwerk, das WebSockets blockiert, blockiert auch SageCell.',

  sagecellShutDown: 'Dieser SageCell-Kernel wurde beendet.',
  sagecellRunAgain: 'Führen Sie die Zelle erneut aus.',
  sagecellControlsEnded: 'Diese Steuerelemente funktionieren nicht mehr: Der Kernel, der sie erzeugt hat, wurde beendet.',
  sagecellControlsEndedHint: 'Führen Sie die Zelle erneut aus, um funktionierende Steuerelemente zu erhalten.',
  sagecellInterrupted: 'Gestoppt. SageCell kann laufenden Code nicht unterbrechen, daher wurde sein Kernel beendet: Seine Variablen sind verloren.',
  sagecellInterruptedHint: 'Beim nächsten Ausführen startet ein neuer Kernel.',
  sagecellConnectionLost: (root: string) =>
    `Die Verbindung zum SageCell-Server unter ${root} ist abgebrochen. Der Server beendet einen Kernel, dessen Verbindung abbricht; die Variablen dieses Kernels sind daher verloren.`,
  sagecellConnectionLostHint: 'Prüfen Sie Ihre Verbindung und führen Sie die Zelle dann erneut aus: Ein neuer Kernel wird gestartet.',
  sagecellKernelDied:
    'Der SageCell-Server hat den Kernel beendet, während dieser Code lief; seine Variablen sind daher verloren. Ein SageCell-Kernel darf insgesamt etwa 30 Sekunden rechnen und läuft höchstens 30 Minuten.',
  sagecellKernelDiedHint:
    'Beschleunigen Sie den Code oder teilen Sie ihn in kleinere Schritte auf und führen Sie ihn dann erneut aus: Ein neuer Kernel wird gestartet.',
  sagecellKernelEnded: 'Der Kernel wurde beendet, bevor diese Anfrage abgeschlossen war.',
  sagecellFreshKernelDied:
    'Ein neuer Kernel wurde gestartet: Der SageCell-Server hat den vorherigen Kernel beendet (Kernel enden nach 15 Minuten Leerlauf, nach insgesamt 30 Minuten oder nach etwa 30 Sekunden Rechenzeit); daher sind Variablen aus früheren Ausführungen verloren.',
  sagecellFreshKernelLost:
    'Ein neuer Kernel wurde gestartet: Die Verbindung zum SageCell-Server ist abgebrochen, wodurch der vorherige Kernel beendet wurde; daher sind Variablen aus früheren Ausführungen verloren.',
  sagecellFreshKernelInterrupted:
    'Ein neuer Kernel wurde gestartet: Der vorherige Kernel wurde beendet, um seinen Code zu stoppen; daher sind Variablen aus früheren Ausführungen verloren.',
  sagecellFreshKernelRestarted: 'Ein neuer Kernel wurde gestartet: Der Kernel wurde neu gestartet; daher sind Variablen aus früheren Ausführungen verloren.',
  sagecellFreshKernelClosed:
    'Ein neuer Kernel wurde gestartet: Der vorherige Kernel wurde heruntergefahren; daher sind Variablen aus früheren Ausführungen verloren.',
  sagecellFreshKernelEvicted:
    'Ein neuer Kernel wurde gestartet: Der vorherige Kernel wurde beendet, um Platz für den Kernel einer anderen Zelle zu schaffen (eine Seite darf nur wenige SageCell-Kernel gleichzeitig nutzen); daher sind Variablen aus früheren Ausführungen verloren.',
  sagecellFreshKernelHint: 'Führen Sie die Zellen, die diese Zelle braucht, erneut aus.',
  sagecellEndedDied:
    'Der SageCell-Server hat diesen Kernel beendet (Kernel enden nach 15 Minuten Leerlauf, nach insgesamt 30 Minuten oder nach etwa 30 Sekunden Rechenzeit). Seine Variablen sind verloren.',
  sagecellEndedLost: (root: string) =>
    `Die Verbindung zum SageCell-Server unter ${root} ist abgebrochen, wodurch dieser Kernel beendet wurde. Seine Variablen sind verloren.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `Dieser Kernel wurde beendet, um Platz für den Kernel einer anderen Zelle zu schaffen: Diese Seite darf auf ${root} höchstens ${number('de', n)} SageCell-Kernel gleichzeitig nutzen. Seine Variablen sind verloren.`,
  sagecellEndedHint: 'Beim Ausführen einer Zelle startet ein neuer Kernel: Führen Sie die benötigten Zellen erneut aus.',
  sagecellControlsStoppedDied:
    'Diese Steuerelemente funktionieren nicht mehr: Der SageCell-Server hat den zugehörigen Kernel beendet. Führen Sie die Zelle erneut aus, um sie zu verwenden.',
  sagecellControlsStoppedLost:
    'Diese Steuerelemente funktionieren nicht mehr: Die Verbindung zum SageCell-Server ist abgebrochen. Führen Sie die Zelle erneut aus, um sie zu verwenden.',
  sagecellControlsStoppedInterrupted:
    'Diese Steuerelemente funktionieren nicht mehr: Der zugehörige Kernel wurde beendet, um laufenden Code zu stoppen. Führen Sie die Zelle erneut aus, um sie zu verwenden.',
  sagecellControlsStoppedRestarted:
    'Diese Steuerelemente funktionieren nicht mehr: Der zugehörige Kernel wurde neu gestartet. Führen Sie die Zelle erneut aus, um sie zu verwenden.',
  sagecellControlsStoppedClosed:
    'Diese Steuerelemente funktionieren nicht mehr: Der zugehörige Kernel wurde heruntergefahren. Führen Sie die Zelle erneut aus, um sie zu verwenden.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `Diese Steuerelemente funktionieren nicht mehr: Der zugehörige Kernel wurde beendet, um Platz für den Kernel einer anderen Zelle zu schaffen (diese Seite darf höchstens ${number('de', n)} SageCell-Kernel gleichzeitig nutzen). Führen Sie die Zelle erneut aus, um sie zu verwenden.`,

  sagecellJmolPreview: '3D-Grafik (eine statische Vorschau: Der Jmol-Viewer läuft hier nicht)',
  sagecellJavaScriptNotRun: '[JavaScript-Ausgabe des Servers wird hier nicht ausgeführt]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">3D-Grafik öffnen</a> (sie öffnet sich in einem neuen Tab).`,
  sagecellNoInput:
    'input() funktioniert hier nicht: Ein SageCell-Server gibt Ihre Eingaben nicht an laufenden Code weiter. Schreiben Sie den Wert stattdessen in den Code (zum Beispiel n = 5) oder verwenden Sie @interact mit einer input_box.',
  sagecellFilesWritten: (files: string) => `Geschriebene Dateien: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[diese Ausgabe konnte nicht angezeigt werden: ${detail}]`,
  sagecellInteractControls: (names: string) => `Interaktive Steuerelemente: ${names}`,

  sagecellEvaluate: 'Auswerten',
};
