// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the SageCell backend says to the reader, in every language exec-cell speaks. Each
 * language has exactly English's keys and parameters (the type checker and
 * test/unit/i18n.test.ts hold them to it). They join the catalogues when the backend's code loads (its
 * modules import this file), so a page carries the messages of the backends it uses only.
 * Keys begin with the backend's name, as they share one catalogue with every other backend.
 */
import { number, plural } from '../../i18n/plural.js';
import { addCatalogue } from '../../i18n/language.js';
import { arSeconds } from '../../i18n/catalogues/ar.js';

const en = {
  // Settings (backend.ts).
  sagecellNoServer: 'This cell has no SageCell server to run on.',
  sagecellNoServerHint: 'Give the cell a server="https://…" attribute, or the page a data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `SageCell cannot run language “${language}”.`,
  sagecellUnknownLanguageHint: (languages: string) => `Use one of: ${languages} (the language attribute).`,

  // Starting a kernel (start.ts, http.ts).
  sagecellWaitingForSlot: (n: number, root: string) =>
    `Waiting for a free kernel: a page may use ${plural('en', n, { one: '# SageCell kernel', other: '# SageCell kernels' })} at a time on ${root}.`,
  sagecellPhaseStarting: 'starting kernel',
  sagecellStarting: (root: string) => `Starting a Sage kernel on ${root}`,
  sagecellServerBusy: (seconds: number) => `The server is busy: still waiting for a kernel (${number('en', seconds)} s)…`,
  sagecellWaitingForRelease: 'The server still counts kernels this page had; waiting for it to let them go…',
  sagecellTooManyKernels: (root: string, message: string) => `The SageCell server at ${root} refuses to start another kernel for this page: “${message}”`,
  sagecellTooManyKernelsHint: 'Wait until other cells on this page have finished, then run this cell again (or reload the page).',
  sagecellUnreachable: (root: string) => `Could not reach the SageCell server at ${root}.`,
  sagecellUnreachableHint: 'Check your connection and the server address; if the page is yours, check that the server is running.',
  sagecellStartRefused: (root: string) => `The SageCell server at ${root} answers, but refused to start a kernel for this page.`,
  sagecellStartRefusedHint: 'It may not accept requests from this site. Try again later, or ask the page’s author.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `The SageCell server at ${root} could not start a kernel (${status} ${statusText || 'error'}).`,
  sagecellStartFailedHint: 'Try again in a minute; if it keeps failing, the server may be down.',
  sagecellNotSageCell: (root: string) => `The server at ${root} did not answer like a SageCell server.`,
  sagecellNotSageCellHint: 'Check the address: it must be the root of a SageCell server, such as https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `The SageCell server at ${root} is full: it had no free kernel for ${plural('en', seconds, { one: '# second', other: '# seconds' })}.`,
  sagecellServerFullHint: 'Many people may be using it right now. Run the cell again in a minute.',

  // Terms of service (terms.ts).
  sagecellTerms: (root: string, terms: string) => `The SageCell server at ${root} asks you to accept its terms of service before it runs code: “${terms}”`,
  sagecellTermsHint: 'Accept runs the code (and is remembered for this server in this browser); Decline leaves it unsent.',
  sagecellAccept: 'Accept',
  sagecellDecline: 'Decline',
  sagecellDeclined: (root: string) => `Not run: the SageCell server at ${root} runs code only for readers who accept its terms of service.`,
  sagecellDeclinedHint: 'Run the cell again to read the terms and accept them.',

  // The page's connection (holder.ts, from sockjs.ts and multiplex.ts).
  sagecellConnectFailed: (root: string, detail: string) => `Could not open a connection to the SageCell server at ${root} (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `Could not open a connection to the SageCell server at ${root} (no answer within ${number('en', seconds)} s).`,
  sagecellConnectClosed: (root: string, code: string) => `Could not open a connection to the SageCell server at ${root} (the connection closed (code ${code})).`,
  sagecellConnectClosedOpening: (root: string) => `Could not open a connection to the SageCell server at ${root} (the connection closed while it opened).`,
  sagecellConnectFailedHint: 'Check your connection; a network that blocks websockets blocks SageCell too.',

  // A kernel that ends (holder.ts).
  sagecellShutDown: 'This SageCell kernel has been shut down.',
  sagecellRunAgain: 'Run the cell again.',
  sagecellControlsEnded: 'These controls no longer work: the kernel that made them has ended.',
  sagecellControlsEndedHint: 'Run the cell again to get working controls.',
  sagecellInterrupted: 'Stopped. SageCell cannot interrupt running code, so its kernel was ended: its variables are lost.',
  sagecellInterruptedHint: 'The next run starts a fresh kernel.',
  sagecellConnectionLost: (root: string) =>
    `Lost the connection to the SageCell server at ${root}. The server ends a kernel whose connection drops, so this kernel's variables are lost.`,
  sagecellConnectionLostHint: 'Check your connection, then run the cell again: a fresh kernel starts.',
  sagecellKernelDied:
    'The SageCell server ended the kernel while this code ran, so its variables are lost. A SageCell kernel may compute for about 30 seconds in all, and lives at most 30 minutes.',
  sagecellKernelDiedHint: 'Make the code faster or split it into smaller steps, then run it again: a fresh kernel starts.',
  sagecellKernelEnded: 'The kernel was ended before this request finished.',
  // The next run, on a fresh kernel: why the previous one ended.
  sagecellFreshKernelDied:
    'A fresh kernel started: the SageCell server ended the previous kernel (kernels end after 15 idle minutes, 30 minutes in all, or about 30 seconds of computing), so variables from earlier runs are gone.',
  sagecellFreshKernelLost: 'A fresh kernel started: the connection to the SageCell server dropped, which ended the previous kernel, so variables from earlier runs are gone.',
  sagecellFreshKernelInterrupted: 'A fresh kernel started: the previous kernel was ended to stop its code, so variables from earlier runs are gone.',
  sagecellFreshKernelRestarted: 'A fresh kernel started: the kernel was restarted, so variables from earlier runs are gone.',
  sagecellFreshKernelClosed: 'A fresh kernel started: the previous kernel was shut down, so variables from earlier runs are gone.',
  sagecellFreshKernelEvicted:
    'A fresh kernel started: the previous kernel was ended to make room for another cell’s kernel (a page may hold only a few SageCell kernels at once), so variables from earlier runs are gone.',
  sagecellFreshKernelHint: 'Run the cells this one needs again.',
  // A shared kernel that ends between runs.
  sagecellEndedDied:
    'The SageCell server ended this kernel (kernels end after 15 idle minutes, 30 minutes in all, or about 30 seconds of computing). Its variables are lost.',
  sagecellEndedLost: (root: string) => `The connection to the SageCell server at ${root} dropped, which ended this kernel. Its variables are lost.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `This kernel was ended to make room for another cell’s: this page may hold ${plural('en', n, { one: '# SageCell kernel', other: '# SageCell kernels' })} at once on ${root}. Its variables are lost.`,
  sagecellEndedHint: 'Running a cell starts a fresh kernel: run the cells it needs again.',
  // Interact controls whose kernel ended.
  sagecellControlsStoppedDied: 'These controls stopped working: the SageCell server ended their kernel. Run the cell again to use them.',
  sagecellControlsStoppedLost: 'These controls stopped working: the connection to the SageCell server dropped. Run the cell again to use them.',
  sagecellControlsStoppedInterrupted: 'These controls stopped working: their kernel was ended to stop running code. Run the cell again to use them.',
  sagecellControlsStoppedRestarted: 'These controls stopped working: their kernel was restarted. Run the cell again to use them.',
  sagecellControlsStoppedClosed: 'These controls stopped working: their kernel was shut down. Run the cell again to use them.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `These controls stopped working: their kernel was ended to make room for another cell’s (this page may hold ${plural('en', n, { one: '# SageCell kernel', other: '# SageCell kernels' })} at once). Run the cell again to use them.`,

  // Outputs (outputs.ts, conversation.ts, interacts.ts).
  sagecellJmolPreview: '3-D plot (a still preview: the Jmol viewer does not run here)',
  sagecellJavaScriptNotRun: '[JavaScript output from the server is not run here]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">Open the 3-D plot</a> (it opens in a new tab).`,
  sagecellNoInput:
    'input() cannot work here: a SageCell server does not pass what you type to running code. Put the value in the code instead (for example n = 5), or use @interact with an input_box.',
  sagecellFilesWritten: (files: string) => `Files written: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[this output could not be shown: ${detail}]`,
  sagecellInteractControls: (names: string) => `Interact controls: ${names}`,

  // Pages written for the SageCell embed (shim/sagecell.ts, loader.ts).
  sagecellEvaluate: 'Evaluate',
};


const de: typeof en = {
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

const fr: typeof en = {
  sagecellNoServer: 'Cette cellule n’a aucun serveur SageCell sur lequel s’exécuter.',
  sagecellNoServerHint: 'Ajoutez à la cellule un attribut server="https://…", ou à la page un data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `SageCell ne peut pas exécuter le langage «\u00a0${language}\u00a0».`,
  sagecellUnknownLanguageHint: (languages: string) => `Utilisez l’un des langages suivants\u00a0: ${languages} (attribut language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `En attente d’un noyau libre\u00a0: une page peut utiliser ${plural('fr', n, {
      one: '# noyau SageCell',
      many: '# de noyaux SageCell',
      other: '# noyaux SageCell',
    })} à la fois sur ${root}.`,
  sagecellPhaseStarting: 'Démarrage du noyau',
  sagecellStarting: (root: string) => `Démarrage d’un noyau Sage sur ${root}`,
  sagecellServerBusy: (seconds: number) => `Le serveur est occupé\u00a0: toujours en attente d’un noyau (${number('fr', seconds)}\u00a0s)…`,
  sagecellWaitingForRelease: 'Le serveur compte encore des noyaux que cette page utilisait\u00a0; en attente de leur libération…',
  sagecellTooManyKernels: (root: string, message: string) =>
    `Le serveur SageCell à l’adresse ${root} refuse de démarrer un autre noyau pour cette page\u00a0: «\u00a0${message}\u00a0»`,
  sagecellTooManyKernelsHint: 'Attendez que les autres cellules de cette page aient terminé, puis réexécutez cette cellule (ou rechargez la page).',
  sagecellUnreachable: (root: string) => `Impossible de joindre le serveur SageCell à l’adresse ${root}.`,
  sagecellUnreachableHint: 'Vérifiez votre connexion et l’adresse du serveur\u00a0; si la page est la vôtre, vérifiez que le serveur fonctionne.',
  sagecellStartRefused: (root: string) => `Le serveur SageCell à l’adresse ${root} répond, mais a refusé de démarrer un noyau pour cette page.`,
  sagecellStartRefusedHint: 'Il n’accepte peut-être pas les requêtes de ce site. Réessayez plus tard ou contactez l’auteur de la page.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `Le serveur SageCell à l’adresse ${root} n’a pas pu démarrer de noyau (${status} ${statusText || 'erreur'}).`,
  sagecellStartFailedHint: 'Réessayez dans une minute\u00a0; si l’échec persiste, le serveur est peut-être hors service.',
  sagecellNotSageCell: (root: string) => `Le serveur à l’adresse ${root} n’a pas répondu comme un serveur SageCell.`,
  sagecellNotSageCellHint: 'Vérifiez l’adresse\u00a0: ce doit être la racine d’un serveur SageCell, par exemple https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `Le serveur SageCell à l’adresse ${root} est saturé\u00a0: il n’a eu aucun noyau libre pendant ${plural('fr', seconds, {
      one: '# seconde',
      many: '# de secondes',
      other: '# secondes',
    })}.`,
  sagecellServerFullHint: 'Beaucoup de personnes l’utilisent peut-être en ce moment. Réexécutez la cellule dans une minute.',

  sagecellTerms: (root: string, terms: string) =>
    `Le serveur SageCell à l’adresse ${root} vous demande d’accepter ses conditions d’utilisation avant d’exécuter du code\u00a0: «\u00a0${terms}\u00a0»`,
  sagecellTermsHint:
    '«\u00a0Accepter\u00a0» exécute le code (et ce choix est mémorisé pour ce serveur dans ce navigateur)\u00a0; «\u00a0Refuser\u00a0» ne l’envoie pas.',
  sagecellAccept: 'Accepter',
  sagecellDecline: 'Refuser',
  sagecellDeclined: (root: string) =>
    `Non exécuté\u00a0: le serveur SageCell à l’adresse ${root} n’exécute du code que pour les lecteurs qui acceptent ses conditions d’utilisation.`,
  sagecellDeclinedHint: 'Réexécutez la cellule pour lire les conditions et les accepter.',

  sagecellConnectFailed: (root: string, detail: string) => `Impossible d’ouvrir une connexion au serveur SageCell à l’adresse ${root} (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `Impossible d’ouvrir une connexion au serveur SageCell à l’adresse ${root} (aucune réponse en ${number('fr', seconds)}\u00a0s).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `Impossible d’ouvrir une connexion au serveur SageCell à l’adresse ${root} (la connexion s’est fermée, code ${code}).`,
  sagecellConnectClosedOpening: (root: string) =>
    `Impossible d’ouvrir une connexion au serveur SageCell à l’adresse ${root} (la connexion s’est fermée pendant son ouverture).`,
  sagecellConnectFailedHint: 'Vérifiez votre connexion\u00a0; un réseau qui bloque les WebSockets bloque aussi SageCell.',

  sagecellShutDown: 'Ce noyau SageCell a été fermé.',
  sagecellRunAgain: 'Réexécutez la cellule.',
  sagecellControlsEnded: 'Ces contrôles ne fonctionnent plus\u00a0: le noyau qui les a créés s’est arrêté.',
  sagecellControlsEndedHint: 'Réexécutez la cellule pour obtenir des contrôles qui fonctionnent.',
  sagecellInterrupted:
    'Arrêté. SageCell ne peut pas interrompre du code en cours d’exécution, son noyau a donc été arrêté\u00a0: ses variables sont perdues.',
  sagecellInterruptedHint: 'La prochaine exécution démarrera un nouveau noyau.',
  sagecellConnectionLost: (root: string) =>
    `La connexion au serveur SageCell à l’adresse ${root} a été perdue. Le serveur arrête un noyau dont la connexion est coupée, donc les variables de ce noyau sont perdues.`,
  sagecellConnectionLostHint: 'Vérifiez votre connexion, puis réexécutez la cellule\u00a0: un nouveau noyau démarrera.',
  sagecellKernelDied:
    'Le serveur SageCell a arrêté le noyau pendant l’exécution de ce code, ses variables sont donc perdues. Un noyau SageCell peut calculer pendant environ 30 secondes au total et vit au plus 30 minutes.',
  sagecellKernelDiedHint: 'Rendez le code plus rapide ou découpez-le en étapes plus petites, puis réexécutez-le\u00a0: un nouveau noyau démarrera.',
  sagecellKernelEnded: 'Le noyau a été arrêté avant la fin de cette requête.',
  sagecellFreshKernelDied:
    'Un nouveau noyau a démarré\u00a0: le serveur SageCell a arrêté le noyau précédent (les noyaux s’arrêtent après 15 minutes d’inactivité, 30 minutes au total ou environ 30 secondes de calcul)\u00a0; les variables des exécutions précédentes sont donc perdues.',
  sagecellFreshKernelLost:
    'Un nouveau noyau a démarré\u00a0: la connexion au serveur SageCell a été coupée, ce qui a arrêté le noyau précédent\u00a0; les variables des exécutions précédentes sont donc perdues.',
  sagecellFreshKernelInterrupted:
    'Un nouveau noyau a démarré\u00a0: le noyau précédent a été arrêté pour interrompre son code\u00a0; les variables des exécutions précédentes sont donc perdues.',
  sagecellFreshKernelRestarted:
    'Un nouveau noyau a démarré\u00a0: le noyau a été redémarré\u00a0; les variables des exécutions précédentes sont donc perdues.',
  sagecellFreshKernelClosed:
    'Un nouveau noyau a démarré\u00a0: le noyau précédent a été fermé\u00a0; les variables des exécutions précédentes sont donc perdues.',
  sagecellFreshKernelEvicted:
    'Un nouveau noyau a démarré\u00a0: le noyau précédent a été arrêté pour faire place au noyau d’une autre cellule (une page ne peut utiliser que quelques noyaux SageCell à la fois)\u00a0; les variables des exécutions précédentes sont donc perdues.',
  sagecellFreshKernelHint: 'Réexécutez les cellules dont celle-ci a besoin.',
  sagecellEndedDied:
    'Le serveur SageCell a arrêté ce noyau (les noyaux s’arrêtent après 15 minutes d’inactivité, 30 minutes au total ou environ 30 secondes de calcul). Ses variables sont perdues.',
  sagecellEndedLost: (root: string) =>
    `La connexion au serveur SageCell à l’adresse ${root} a été coupée, ce qui a arrêté ce noyau. Ses variables sont perdues.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `Ce noyau a été arrêté pour faire place à celui d’une autre cellule\u00a0: cette page peut utiliser ${plural('fr', n, {
      one: '# noyau SageCell',
      many: '# de noyaux SageCell',
      other: '# noyaux SageCell',
    })} à la fois sur ${root}. Ses variables sont perdues.`,
  sagecellEndedHint: 'Exécuter une cellule démarre un nouveau noyau\u00a0: réexécutez les cellules dont elle a besoin.',
  sagecellControlsStoppedDied: 'Ces contrôles ne fonctionnent plus\u00a0: le serveur SageCell a arrêté leur noyau. Réexécutez la cellule pour les utiliser.',
  sagecellControlsStoppedLost:
    'Ces contrôles ne fonctionnent plus\u00a0: la connexion au serveur SageCell a été coupée. Réexécutez la cellule pour les utiliser.',
  sagecellControlsStoppedInterrupted:
    'Ces contrôles ne fonctionnent plus\u00a0: leur noyau a été arrêté pour interrompre le code en cours d’exécution. Réexécutez la cellule pour les utiliser.',
  sagecellControlsStoppedRestarted: 'Ces contrôles ne fonctionnent plus\u00a0: leur noyau a été redémarré. Réexécutez la cellule pour les utiliser.',
  sagecellControlsStoppedClosed: 'Ces contrôles ne fonctionnent plus\u00a0: leur noyau a été fermé. Réexécutez la cellule pour les utiliser.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `Ces contrôles ne fonctionnent plus\u00a0: leur noyau a été arrêté pour faire place à celui d’une autre cellule (cette page peut utiliser ${plural('fr', n, {
      one: '# noyau SageCell',
      many: '# de noyaux SageCell',
      other: '# noyaux SageCell',
    })} à la fois). Réexécutez la cellule pour les utiliser.`,

  sagecellJmolPreview: 'Graphique 3D (aperçu fixe\u00a0: la visionneuse Jmol ne fonctionne pas ici)',
  sagecellJavaScriptNotRun: '[la sortie JavaScript du serveur n’est pas exécutée ici]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">Ouvrir le graphique 3D</a> (il s’ouvre dans un nouvel onglet).`,
  sagecellNoInput:
    'input() ne peut pas fonctionner ici\u00a0: un serveur SageCell ne transmet pas ce que vous tapez au code en cours d’exécution. Mettez plutôt la valeur dans le code (par exemple n = 5) ou utilisez @interact avec un input_box.',
  sagecellFilesWritten: (files: string) => `Fichiers écrits\u00a0: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[cette sortie n’a pas pu être affichée\u00a0: ${detail}]`,
  sagecellInteractControls: (names: string) => `Contrôles interactifs\u00a0: ${names}`,

  sagecellEvaluate: 'Évaluer',
};

const es: typeof en = {
  sagecellNoServer: 'Esta celda no tiene ningún servidor SageCell en el que ejecutarse.',
  sagecellNoServerHint: 'Añada a la celda un atributo server="https://…", o a la página un data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `SageCell no puede ejecutar el lenguaje «${language}».`,
  sagecellUnknownLanguageHint: (languages: string) => `Use uno de estos lenguajes: ${languages} (el atributo language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `Esperando un kernel libre: una página puede usar ${plural('es', n, { one: '# kernel de SageCell', other: '# kernels de SageCell' })} a la vez en ${root}.`,
  sagecellPhaseStarting: 'Iniciando el kernel',
  sagecellStarting: (root: string) => `Iniciando un kernel de Sage en ${root}`,
  sagecellServerBusy: (seconds: number) => `El servidor está ocupado: aún a la espera de un kernel (${number('es', seconds)}\u00a0s)…`,
  sagecellWaitingForRelease: 'El servidor aún cuenta kernels que tenía esta página; esperando a que los libere…',
  sagecellTooManyKernels: (root: string, message: string) => `El servidor SageCell en ${root} se niega a iniciar otro kernel para esta página: «${message}»`,
  sagecellTooManyKernelsHint: 'Espere a que terminen otras celdas de esta página y vuelva a ejecutar esta celda (o recargue la página).',
  sagecellUnreachable: (root: string) => `No se pudo contactar con el servidor SageCell en ${root}.`,
  sagecellUnreachableHint: 'Compruebe su conexión y la dirección del servidor; si la página es suya, compruebe que el servidor esté en marcha.',
  sagecellStartRefused: (root: string) => `El servidor SageCell en ${root} responde, pero se negó a iniciar un kernel para esta página.`,
  sagecellStartRefusedHint: 'Puede que no acepte solicitudes de este sitio. Inténtelo más tarde o consulte al autor de la página.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `El servidor SageCell en ${root} no pudo iniciar un kernel (${status} ${statusText || 'error'}).`,
  sagecellStartFailedHint: 'Inténtelo de nuevo dentro de un minuto; si sigue fallando, puede que el servidor no esté disponible.',
  sagecellNotSageCell: (root: string) => `El servidor en ${root} no respondió como un servidor SageCell.`,
  sagecellNotSageCellHint: 'Revise la dirección: debe ser la raíz de un servidor SageCell, como https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `El servidor SageCell en ${root} está lleno: no tuvo ningún kernel libre durante ${plural('es', seconds, { one: '# segundo', other: '# segundos' })}.`,
  sagecellServerFullHint: 'Puede que mucha gente lo esté usando ahora mismo. Vuelva a ejecutar la celda dentro de un minuto.',

  sagecellTerms: (root: string, terms: string) =>
    `El servidor SageCell en ${root} le pide que acepte sus condiciones de uso antes de ejecutar código: «${terms}»`,
  sagecellTermsHint: '«Aceptar» ejecuta el código (y se recuerda para este servidor en este navegador); «Rechazar» no lo envía.',
  sagecellAccept: 'Aceptar',
  sagecellDecline: 'Rechazar',
  sagecellDeclined: (root: string) =>
    `No se ejecutó: el servidor SageCell en ${root} solo ejecuta código para los lectores que aceptan sus condiciones de uso.`,
  sagecellDeclinedHint: 'Vuelva a ejecutar la celda para leer las condiciones y aceptarlas.',

  sagecellConnectFailed: (root: string, detail: string) => `No se pudo abrir una conexión con el servidor SageCell en ${root} (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `No se pudo abrir una conexión con el servidor SageCell en ${root} (sin respuesta en ${number('es', seconds)}\u00a0s).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `No se pudo abrir una conexión con el servidor SageCell en ${root} (la conexión se cerró, código ${code}).`,
  sagecellConnectClosedOpening: (root: string) =>
    `No se pudo abrir una conexión con el servidor SageCell en ${root} (la conexión se cerró mientras se abría).`,
  sagecellConnectFailedHint: 'Compruebe su conexión; una red que bloquea los WebSockets también bloquea SageCell.',

  sagecellShutDown: 'Este kernel de SageCell se ha apagado.',
  sagecellRunAgain: 'Vuelva a ejecutar la celda.',
  sagecellControlsEnded: 'Estos controles ya no funcionan: el kernel que los creó ha terminado.',
  sagecellControlsEndedHint: 'Vuelva a ejecutar la celda para obtener controles que funcionen.',
  sagecellInterrupted: 'Detenido. SageCell no puede interrumpir código en ejecución, así que se cerró su kernel: sus variables se han perdido.',
  sagecellInterruptedHint: 'La próxima ejecución iniciará un kernel nuevo.',
  sagecellConnectionLost: (root: string) =>
    `Se perdió la conexión con el servidor SageCell en ${root}. El servidor cierra un kernel cuya conexión se corta, así que las variables de este kernel se han perdido.`,
  sagecellConnectionLostHint: 'Compruebe su conexión y vuelva a ejecutar la celda: se iniciará un kernel nuevo.',
  sagecellKernelDied:
    'El servidor SageCell cerró el kernel mientras se ejecutaba este código, así que sus variables se han perdido. Un kernel de SageCell puede calcular unos 30 segundos en total y dura como máximo 30 minutos.',
  sagecellKernelDiedHint: 'Haga que el código sea más rápido o divídalo en pasos más pequeños y vuelva a ejecutarlo: se iniciará un kernel nuevo.',
  sagecellKernelEnded: 'El kernel se cerró antes de que terminara esta solicitud.',
  sagecellFreshKernelDied:
    'Se inició un kernel nuevo: el servidor SageCell cerró el kernel anterior (los kernels se cierran tras 15 minutos de inactividad, 30 minutos en total o unos 30 segundos de cálculo), así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelLost:
    'Se inició un kernel nuevo: se cortó la conexión con el servidor SageCell, lo que cerró el kernel anterior, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelInterrupted:
    'Se inició un kernel nuevo: se cerró el kernel anterior para detener su código, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelRestarted: 'Se inició un kernel nuevo: se reinició el kernel, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelClosed: 'Se inició un kernel nuevo: se apagó el kernel anterior, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelEvicted:
    'Se inició un kernel nuevo: se cerró el kernel anterior para dejar sitio al kernel de otra celda (una página solo puede tener unos pocos kernels de SageCell a la vez), así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelHint: 'Vuelva a ejecutar las celdas que esta necesita.',
  sagecellEndedDied:
    'El servidor SageCell cerró este kernel (los kernels se cierran tras 15 minutos de inactividad, 30 minutos en total o unos 30 segundos de cálculo). Sus variables se han perdido.',
  sagecellEndedLost: (root: string) => `Se cortó la conexión con el servidor SageCell en ${root}, lo que cerró este kernel. Sus variables se han perdido.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `Este kernel se cerró para dejar sitio al de otra celda: esta página puede tener ${plural('es', n, {
      one: '# kernel de SageCell',
      other: '# kernels de SageCell',
    })} a la vez en ${root}. Sus variables se han perdido.`,
  sagecellEndedHint: 'Al ejecutar una celda se inicia un kernel nuevo: vuelva a ejecutar las celdas que esta necesite.',
  sagecellControlsStoppedDied: 'Estos controles dejaron de funcionar: el servidor SageCell cerró su kernel. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedLost: 'Estos controles dejaron de funcionar: se cortó la conexión con el servidor SageCell. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedInterrupted:
    'Estos controles dejaron de funcionar: su kernel se cerró para detener el código en ejecución. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedRestarted: 'Estos controles dejaron de funcionar: su kernel se reinició. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedClosed: 'Estos controles dejaron de funcionar: su kernel se apagó. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `Estos controles dejaron de funcionar: su kernel se cerró para dejar sitio al de otra celda (esta página puede tener ${plural('es', n, {
      one: '# kernel de SageCell',
      other: '# kernels de SageCell',
    })} a la vez). Vuelva a ejecutar la celda para usarlos.`,

  sagecellJmolPreview: 'Gráfico 3D (una vista previa estática: el visor Jmol no funciona aquí)',
  sagecellJavaScriptNotRun: '[la salida JavaScript del servidor no se ejecuta aquí]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">Abrir el gráfico 3D</a> (se abre en una pestaña nueva).`,
  sagecellNoInput:
    'input() no puede funcionar aquí: un servidor SageCell no pasa lo que usted escribe al código en ejecución. Ponga el valor en el propio código (por ejemplo, n = 5) o use @interact con un input_box.',
  sagecellFilesWritten: (files: string) => `Archivos escritos: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[no se pudo mostrar esta salida: ${detail}]`,
  sagecellInteractControls: (names: string) => `Controles interactivos: ${names}`,

  sagecellEvaluate: 'Evaluar',
};

const ptBR: typeof en = {
  sagecellNoServer: 'Esta célula não tem um servidor SageCell onde ser executada.',
  sagecellNoServerHint: 'Adicione à célula um atributo server="https://…" ou à página um data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `O SageCell não pode executar a linguagem “${language}”.`,
  sagecellUnknownLanguageHint: (languages: string) => `Use uma destas linguagens: ${languages} (o atributo language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `Aguardando um kernel livre: uma página pode usar ${plural('pt-BR', n, {
      one: '# kernel do SageCell',
      other: '# kernels do SageCell',
    })} ao mesmo tempo em ${root}.`,
  sagecellPhaseStarting: 'Iniciando o kernel',
  sagecellStarting: (root: string) => `Iniciando um kernel do Sage em ${root}`,
  sagecellServerBusy: (seconds: number) => `O servidor está ocupado: ainda aguardando um kernel (${number('pt-BR', seconds)}\u00a0s)…`,
  sagecellWaitingForRelease: 'O servidor ainda conta kernels que esta página tinha; aguardando que ele os libere…',
  sagecellTooManyKernels: (root: string, message: string) =>
    `O servidor SageCell em ${root} se recusa a iniciar outro kernel para esta página: “${message}”`,
  sagecellTooManyKernelsHint: 'Aguarde até que outras células desta página terminem e execute esta célula novamente (ou recarregue a página).',
  sagecellUnreachable: (root: string) => `Não foi possível acessar o servidor SageCell em ${root}.`,
  sagecellUnreachableHint: 'Verifique sua conexão e o endereço do servidor; se a página for sua, verifique se o servidor está em execução.',
  sagecellStartRefused: (root: string) => `O servidor SageCell em ${root} responde, mas se recusou a iniciar um kernel para esta página.`,
  sagecellStartRefusedHint: 'Talvez ele não aceite solicitações deste site. Tente novamente mais tarde ou fale com o autor da página.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `O servidor SageCell em ${root} não conseguiu iniciar um kernel (${status} ${statusText || 'erro'}).`,
  sagecellStartFailedHint: 'Tente novamente em um minuto; se continuar falhando, talvez o servidor esteja fora do ar.',
  sagecellNotSageCell: (root: string) => `O servidor em ${root} não respondeu como um servidor SageCell.`,
  sagecellNotSageCellHint: 'Verifique o endereço: ele deve ser a raiz de um servidor SageCell, como https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `O servidor SageCell em ${root} está cheio: ficou sem nenhum kernel livre por ${plural('pt-BR', seconds, { one: '# segundo', other: '# segundos' })}.`,
  sagecellServerFullHint: 'Talvez muitas pessoas estejam usando o servidor agora. Execute a célula novamente em um minuto.',

  sagecellTerms: (root: string, terms: string) =>
    `O servidor SageCell em ${root} pede que você aceite os termos de uso dele antes de executar código: “${terms}”`,
  sagecellTermsHint: '“Aceitar” executa o código (e fica salvo para este servidor neste navegador); “Recusar” não o envia.',
  sagecellAccept: 'Aceitar',
  sagecellDecline: 'Recusar',
  sagecellDeclined: (root: string) =>
    `Não executado: o servidor SageCell em ${root} só executa código para leitores que aceitam os termos de uso dele.`,
  sagecellDeclinedHint: 'Execute a célula novamente para ler os termos e aceitá-los.',

  sagecellConnectFailed: (root: string, detail: string) => `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (sem resposta em ${number('pt-BR', seconds)}\u00a0s).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (a conexão foi fechada, código ${code}).`,
  sagecellConnectClosedOpening: (root: string) =>
    `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (a conexão foi fechada enquanto era aberta).`,
  sagecellConnectFailedHint: 'Verifique sua conexão; uma rede que bloqueia WebSockets também bloqueia o SageCell.',

  sagecellShutDown: 'Este kernel do SageCell foi desligado.',
  sagecellRunAgain: 'Execute a célula novamente.',
  sagecellControlsEnded: 'Estes controles não funcionam mais: o kernel que os criou foi encerrado.',
  sagecellControlsEndedHint: 'Execute a célula novamente para obter controles que funcionem.',
  sagecellInterrupted:
    'Interrompido. O SageCell não consegue interromper código em execução, então o kernel foi encerrado: as variáveis dele foram perdidas.',
  sagecellInterruptedHint: 'A próxima execução iniciará um novo kernel.',
  sagecellConnectionLost: (root: string) =>
    `A conexão com o servidor SageCell em ${root} foi perdida. O servidor encerra um kernel cuja conexão cai, então as variáveis deste kernel foram perdidas.`,
  sagecellConnectionLostHint: 'Verifique sua conexão e execute a célula novamente: um novo kernel será iniciado.',
  sagecellKernelDied:
    'O servidor SageCell encerrou o kernel enquanto este código era executado, então as variáveis dele foram perdidas. Um kernel do SageCell pode processar por cerca de 30 segundos no total e dura no máximo 30 minutos.',
  sagecellKernelDiedHint: 'Deixe o código mais rápido ou divida-o em etapas menores e execute-o novamente: um novo kernel será iniciado.',
  sagecellKernelEnded: 'O kernel foi encerrado antes que esta solicitação terminasse.',
  sagecellFreshKernelDied:
    'Um novo kernel foi iniciado: o servidor SageCell encerrou o kernel anterior (os kernels são encerrados após 15 minutos ociosos, 30 minutos no total ou cerca de 30 segundos de processamento), então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelLost:
    'Um novo kernel foi iniciado: a conexão com o servidor SageCell caiu, o que encerrou o kernel anterior, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelInterrupted:
    'Um novo kernel foi iniciado: o kernel anterior foi encerrado para parar o código dele, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelRestarted: 'Um novo kernel foi iniciado: o kernel foi reiniciado, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelClosed: 'Um novo kernel foi iniciado: o kernel anterior foi desligado, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelEvicted:
    'Um novo kernel foi iniciado: o kernel anterior foi encerrado para dar lugar ao kernel de outra célula (uma página pode manter apenas alguns kernels do SageCell ao mesmo tempo), então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelHint: 'Execute novamente as células de que esta precisa.',
  sagecellEndedDied:
    'O servidor SageCell encerrou este kernel (os kernels são encerrados após 15 minutos ociosos, 30 minutos no total ou cerca de 30 segundos de processamento). As variáveis dele foram perdidas.',
  sagecellEndedLost: (root: string) => `A conexão com o servidor SageCell em ${root} caiu, o que encerrou este kernel. As variáveis dele foram perdidas.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `Este kernel foi encerrado para dar lugar ao de outra célula: esta página pode manter ${plural('pt-BR', n, {
      one: '# kernel do SageCell',
      other: '# kernels do SageCell',
    })} ao mesmo tempo em ${root}. As variáveis dele foram perdidas.`,
  sagecellEndedHint: 'Executar uma célula inicia um novo kernel: execute novamente as células de que ela precisa.',
  sagecellControlsStoppedDied: 'Estes controles pararam de funcionar: o servidor SageCell encerrou o kernel deles. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedLost: 'Estes controles pararam de funcionar: a conexão com o servidor SageCell caiu. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedInterrupted:
    'Estes controles pararam de funcionar: o kernel deles foi encerrado para parar o código em execução. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedRestarted: 'Estes controles pararam de funcionar: o kernel deles foi reiniciado. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedClosed: 'Estes controles pararam de funcionar: o kernel deles foi desligado. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `Estes controles pararam de funcionar: o kernel deles foi encerrado para dar lugar ao de outra célula (esta página pode manter ${plural('pt-BR', n, {
      one: '# kernel do SageCell',
      other: '# kernels do SageCell',
    })} ao mesmo tempo). Execute a célula novamente para usá-los.`,

  sagecellJmolPreview: 'Gráfico 3D (uma prévia estática: o visualizador Jmol não funciona aqui)',
  sagecellJavaScriptNotRun: '[a saída JavaScript do servidor não é executada aqui]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">Abrir o gráfico 3D</a> (ele abre em uma nova aba).`,
  sagecellNoInput:
    'input() não funciona aqui: um servidor SageCell não repassa o que você digita ao código em execução. Coloque o valor no próprio código (por exemplo, n = 5) ou use @interact com um input_box.',
  sagecellFilesWritten: (files: string) => `Arquivos gravados: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[não foi possível mostrar esta saída: ${detail}]`,
  sagecellInteractControls: (names: string) => `Controles interativos: ${names}`,

  sagecellEvaluate: 'Avaliar',
};

const ar: typeof en = {
  sagecellNoServer: 'ليس لهذه الخلية خادم SageCell تعمل عليه.',
  sagecellNoServerHint: 'أضِف إلى الخلية السمة server="https://…"، أو إلى الصفحة السمة data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `لا يستطيع SageCell تشغيل اللغة «\u2068${language}\u2069».`,
  sagecellUnknownLanguageHint: (languages: string) => `استخدم إحدى هذه اللغات: \u2068${languages}\u2069 (السمة language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `بانتظار نواة متاحة: الحد الأقصى لعدد نوى SageCell التي يمكن للصفحة استخدامها في آن واحد على \u2068${root}\u2069 هو ${number('ar', n)}.`,
  sagecellPhaseStarting: 'بدء تشغيل النواة',
  sagecellStarting: (root: string) => `جارٍ بدء نواة Sage على \u2068${root}\u2069`,
  sagecellServerBusy: (seconds: number) => `الخادم مشغول: لا يزال الانتظار مستمرًا للحصول على نواة (منذ ${arSeconds(seconds)})…`,
  sagecellWaitingForRelease: 'لا يزال الخادم يحتسب نوى كانت لهذه الصفحة؛ بانتظار أن يحررها…',
  sagecellTooManyKernels: (root: string, message: string) =>
    `يرفض خادم SageCell على \u2068${root}\u2069 بدء نواة أخرى لهذه الصفحة: «\u2068${message}\u2069»`,
  sagecellTooManyKernelsHint: 'انتظر حتى تنتهي الخلايا الأخرى في هذه الصفحة، ثم شغِّل هذه الخلية مجددًا (أو أعد تحميل الصفحة).',
  sagecellUnreachable: (root: string) => `تعذّر الوصول إلى خادم SageCell على \u2068${root}\u2069.`,
  sagecellUnreachableHint: 'تحقَّق من اتصالك ومن عنوان الخادم؛ وإن كانت الصفحة صفحتك، فتحقَّق من أن الخادم يعمل.',
  sagecellStartRefused: (root: string) => `يستجيب خادم SageCell على \u2068${root}\u2069، لكنه رفض بدء نواة لهذه الصفحة.`,
  sagecellStartRefusedHint: 'ربما لا يقبل الطلبات من هذا الموقع. حاول مرة أخرى لاحقًا، أو اسأل مؤلف الصفحة.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `تعذّر على خادم SageCell على \u2068${root}\u2069 بدء نواة (\u2068${status} ${statusText || 'خطأ'}\u2069).`,
  sagecellStartFailedHint: 'حاول مرة أخرى بعد دقيقة؛ وإن استمر الفشل، فربما يكون الخادم متوقفًا.',
  sagecellNotSageCell: (root: string) => `لم يستجب الخادم على \u2068${root}\u2069 كما يستجيب خادم SageCell.`,
  sagecellNotSageCellHint: 'تحقَّق من العنوان: يجب أن يكون جذر خادم SageCell، مثل https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `خادم SageCell على \u2068${root}\u2069 ممتلئ: لم تتوفر لديه نواة شاغرة طوال ${arSeconds(seconds)}.`,
  sagecellServerFullHint: 'ربما يستخدمه كثيرون الآن. شغِّل الخلية مجددًا بعد دقيقة.',

  sagecellTerms: (root: string, terms: string) =>
    `يطلب منك خادم SageCell على \u2068${root}\u2069 قبول شروط الخدمة الخاصة به قبل أن يشغّل الشيفرة: «\u2068${terms}\u2069»`,
  sagecellTermsHint: '«قبول» يشغّل الشيفرة (ويُحفظ اختيارك لهذا الخادم في هذا المتصفح)؛ «رفض» لا يرسلها.',
  sagecellAccept: 'قبول',
  sagecellDecline: 'رفض',
  sagecellDeclined: (root: string) =>
    `لم يُشغَّل: لا يشغّل خادم SageCell على \u2068${root}\u2069 الشيفرة إلا للقرّاء الذين يقبلون شروط الخدمة الخاصة به.`,
  sagecellDeclinedHint: 'شغِّل الخلية مجددًا لقراءة الشروط وقبولها.',

  sagecellConnectFailed: (root: string, detail: string) => `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (\u2068${detail}\u2069).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (لا رد خلال ${arSeconds(seconds)}).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (أُغلق الاتصال، الرمز \u2068${code}\u2069).`,
  sagecellConnectClosedOpening: (root: string) => `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (أُغلق الاتصال أثناء فتحه).`,
  sagecellConnectFailedHint: 'تحقَّق من اتصالك؛ فالشبكة التي تحظر WebSockets تحظر SageCell أيضًا.',

  sagecellShutDown: 'أُوقفت نواة SageCell هذه.',
  sagecellRunAgain: 'شغِّل الخلية مجددًا.',
  sagecellControlsEnded: 'لم تعد عناصر التحكم هذه تعمل: انتهت النواة التي أنشأتها.',
  sagecellControlsEndedHint: 'شغِّل الخلية مجددًا للحصول على عناصر تحكم تعمل.',
  sagecellInterrupted: 'أُوقف التنفيذ. لا يستطيع SageCell مقاطعة الشيفرة قيد التشغيل، لذا أُنهيت نواتها: فُقدت متغيراتها.',
  sagecellInterruptedHint: 'سيبدأ التشغيل التالي نواة جديدة.',
  sagecellConnectionLost: (root: string) =>
    `انقطع الاتصال بخادم SageCell على \u2068${root}\u2069. يُنهي الخادم أي نواة ينقطع اتصالها، لذا فُقدت متغيرات هذه النواة.`,
  sagecellConnectionLostHint: 'تحقَّق من اتصالك، ثم شغِّل الخلية مجددًا: ستبدأ نواة جديدة.',
  sagecellKernelDied:
    'أنهى خادم SageCell النواة أثناء تشغيل هذه الشيفرة، لذا فُقدت متغيراتها. يمكن لنواة SageCell أن تحسب نحو 30 ثانية إجمالًا، وتبقى 30 دقيقة على الأكثر.',
  sagecellKernelDiedHint: 'اجعل الشيفرة أسرع أو قسِّمها إلى خطوات أصغر، ثم شغِّلها مجددًا: ستبدأ نواة جديدة.',
  sagecellKernelEnded: 'أُنهيت النواة قبل أن يكتمل هذا الطلب.',
  sagecellFreshKernelDied:
    'بدأت نواة جديدة: أنهى خادم SageCell النواة السابقة (تنتهي النوى بعد 15 دقيقة من الخمول، أو 30 دقيقة إجمالًا، أو نحو 30 ثانية من الحساب)، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelLost: 'بدأت نواة جديدة: انقطع الاتصال بخادم SageCell فانتهت النواة السابقة، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelInterrupted: 'بدأت نواة جديدة: أُنهيت النواة السابقة لإيقاف شيفرتها، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelRestarted: 'بدأت نواة جديدة: أُعيد تشغيل النواة، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelClosed: 'بدأت نواة جديدة: أُغلقت النواة السابقة، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelEvicted:
    'بدأت نواة جديدة: أُنهيت النواة السابقة لإفساح المجال لنواة خلية أخرى (لا يمكن للصفحة أن تحتفظ إلا بعدد قليل من نوى SageCell في آن واحد)، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelHint: 'شغِّل مجددًا الخلايا التي تحتاج إليها هذه الخلية.',
  sagecellEndedDied:
    'أنهى خادم SageCell هذه النواة (تنتهي النوى بعد 15 دقيقة من الخمول، أو 30 دقيقة إجمالًا، أو نحو 30 ثانية من الحساب). فُقدت متغيراتها.',
  sagecellEndedLost: (root: string) => `انقطع الاتصال بخادم SageCell على \u2068${root}\u2069 فانتهت هذه النواة. فُقدت متغيراتها.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `أُنهيت هذه النواة لإفساح المجال لنواة خلية أخرى: الحد الأقصى لعدد نوى SageCell التي يمكن لهذه الصفحة الاحتفاظ بها في آن واحد على \u2068${root}\u2069 هو ${number('ar', n)}. فُقدت متغيراتها.`,
  sagecellEndedHint: 'يبدأ تشغيل أي خلية نواة جديدة: شغِّل مجددًا الخلايا التي تحتاج إليها.',
  sagecellControlsStoppedDied: 'توقفت عناصر التحكم هذه عن العمل: أنهى خادم SageCell نواتها. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedLost: 'توقفت عناصر التحكم هذه عن العمل: انقطع الاتصال بخادم SageCell. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedInterrupted: 'توقفت عناصر التحكم هذه عن العمل: أُنهيت نواتها لإيقاف الشيفرة قيد التشغيل. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedRestarted: 'توقفت عناصر التحكم هذه عن العمل: أُعيد تشغيل نواتها. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedClosed: 'توقفت عناصر التحكم هذه عن العمل: أُغلقت نواتها. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `توقفت عناصر التحكم هذه عن العمل: أُنهيت نواتها لإفساح المجال لنواة خلية أخرى (الحد الأقصى لعدد نوى SageCell في هذه الصفحة في آن واحد هو ${number('ar', n)}). شغِّل الخلية مجددًا لاستخدامها.`,

  sagecellJmolPreview: 'رسم ثلاثي الأبعاد (معاينة ثابتة: لا يعمل عارض Jmol هنا)',
  sagecellJavaScriptNotRun: '[لا تُشغَّل هنا مخرجات JavaScript القادمة من الخادم]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">فتح الرسم ثلاثي الأبعاد</a> (يُفتح في علامة تبويب جديدة).`,
  sagecellNoInput:
    'لا يمكن أن تعمل input() هنا: لا يمرِّر خادم SageCell ما تكتبه إلى الشيفرة قيد التشغيل. ضع القيمة في الشيفرة نفسها بدلًا من ذلك (مثل n = 5)، أو استخدم @interact مع input_box.',
  sagecellFilesWritten: (files: string) => `الملفات المكتوبة: \u2068${files}\u2069`,
  sagecellOutputNotShown: (detail: string) => `[تعذّر عرض هذا المُخرَج: \u2068${detail}\u2069]`,
  sagecellInteractControls: (names: string) => `عناصر تحكم تفاعلية: \u2068${names}\u2069`,

  sagecellEvaluate: 'تقييم',
};

export type SagecellMessages = typeof en;

// With the backend's code, not before: a page loads the messages of the backends it uses.
addCatalogue({ en, de, fr, es, 'pt-BR': ptBR, ar });
