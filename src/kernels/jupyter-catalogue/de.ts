// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../i18n/plural.js';
import { megabytes } from './shared.js';
import type { en } from './en.js';

export const de: typeof en = {

  jupyterSocketNotOpen: (server: string) => `Der Kernel wurde gestartet, aber seine Verbindung zu ${server} kommt nicht zustande.`,
  jupyterSocketNotOpenHint:
    'Prüfen Sie, ob WebSockets den Server erreichen (ein vorgeschalteter Proxy muss sie durchlassen), und klicken Sie dann auf „Neu starten“.',
  jupyterNotRunning: 'Der Kernel läuft nicht.',
  jupyterConnectionDown: 'Die Verbindung zum Kernel ist unterbrochen.',
  jupyterFreshKernelInstead: 'Stattdessen wird ein neuer Kernel gestartet.',
  jupyterRestartNoAnswer: 'Der neu gestartete Kernel antwortet nicht.',
  jupyterRestartFailed: (detail: string) => `Der Kernel konnte nicht neu gestartet werden: ${detail}`,
  jupyterReloadToStartOver: 'Laden Sie die Seite neu, um von vorn zu beginnen.',
  jupyterCodeNotSent: 'Der Code hat den Kernel nicht erreicht: Die Verbindung brach ab, während er gesendet wurde.',
  jupyterRunCellAgain: 'Führen Sie die Zelle erneut aus.',
  jupyterReconnected: 'Wieder mit dem Jupyter-Server verbunden: Der Kernel hat seine Variablen behalten.',
  jupyterKernelGone: (server: string) =>
    `Der Jupyter-Server unter ${server} hat diesen Kernel nicht mehr (der Server wurde neu gestartet oder hat den Kernel beendet): Die Variablen des Kernels sind verloren.`,
  jupyterRestartThenRunCells: 'Klicken Sie auf „Neu starten“, um einen neuen Kernel zu starten, und führen Sie dann die benötigten Zellen erneut aus.',
  jupyterKernelDied:
    'Der Kernel wurde beendet, während er diesen Code ausführte (vielleicht ist er abgestürzt oder hatte zu wenig Speicher). Seine Variablen sind verloren.',
  jupyterConnectionLost: (server: string) => `Die Verbindung zum Jupyter-Server unter ${server} ist abgebrochen.`,
  jupyterConnectionLostHint:
    'Die Zelle verbindet sich von selbst neu, sobald der Server wieder erreichbar ist. Geschieht das nicht, prüfen Sie, ob der Server noch läuft, und klicken Sie dann auf „Neu starten“.',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `Dieser Code ist zu groß, um ihn an einen Jupyter-Server zu senden (${megabytes('de', mb)}\u00a0MB; ein Server nimmt höchstens ${megabytes('de', maxMb)}\u00a0MB an).`,
  jupyterCodeTooLargeHint: 'Kürzen Sie die Zelle: Laden Sie große Daten aus einer Datei oder von einer URL, statt sie in den Code einzufügen.',

  jupyterWidgetsRestarted:
    'Der Kernel wurde neu gestartet: Diese Widgets funktionieren nicht mehr. Führen Sie die Zelle erneut aus, um aktive Widgets zu erhalten.',
  jupyterWidgetsShutDown:
    'Der Kernel wurde beendet: Diese Widgets funktionieren nicht mehr. Führen Sie die Zelle erneut aus, um aktive Widgets zu erhalten.',
  jupyterWidgetsKernelStopped:
    'Der Kernel ist ausgefallen: Diese Widgets funktionieren nicht mehr. Klicken Sie auf „Neu starten“ und führen Sie dann die Zelle erneut aus.',
  jupyterWidgetsKernelGone:
    'Der Kernel existiert nicht mehr: Diese Widgets funktionieren nicht mehr. Klicken Sie auf „Neu starten“ und führen Sie dann die Zelle erneut aus.',

  hubPhaseSigningIn: 'Anmeldung',
  hubAskingForServer: 'Ihr Jupyter-Server wird bei dieser Website erfragt…',
  hubPhaseStartingServer: 'Server-Start',
  hubStartingServer: 'Ihr Jupyter-Server wird gestartet…',
  hubSignInUnreachable: (url: string) => `Die Jupyter-Anmeldung dieser Website unter ${url} ist nicht erreichbar.`,
  hubSignInUnreachableHint: 'Prüfen Sie Ihre Netzwerkverbindung und führen Sie die Zelle dann erneut aus.',
  hubNoCapability: 'Sie dürfen hier keinen Code auf dem JupyterHub dieser Website ausführen.',
  hubNoCapabilityHint: 'Bitten Sie Ihre Lehrkraft oder die Administration der Website um Zugang (Berechtigung filter/execcell:runjupyter).',
  hubNotRecognised: 'Melden Sie sich erneut an: Diese Website hat Sie für das Ausführen von Code auf Ihrem Jupyter-Server nicht erkannt.',
  hubNotRecognisedHint:
    'Ihre Sitzung ist möglicherweise abgelaufen. Melden Sie sich erneut bei der Website an (oder bitten Sie deren Administration um Zugang) und führen Sie die Zelle dann erneut aus.',
  hubAnswerCutOff: 'Der JupyterHub ist nicht erreichbar: Die Antwort zu Ihrem Jupyter-Server brach ab.',
  hubAnswerCutOffHint: 'Führen Sie die Zelle gleich noch einmal aus. Passiert es weiterhin, informieren Sie die Administration der Website.',
  hubBadAnswer: 'Die Jupyter-Anmeldung dieser Website hat ohne Server und Token geantwortet.',
  hubBadAnswerHint: 'Informieren Sie die Administration der Website: Der Token-Endpunkt muss mit {"server", "token", "expires_at"} antworten.',
  hubSpawnFailed: (detail: string) => `Ihr Server konnte nicht starten: ${detail}`,
  hubSpawnFailedNoReason: 'Ihr Server konnte nicht starten: Der JupyterHub nannte keinen Grund.',
  hubSpawnFailedHint: 'Führen Sie die Zelle gleich noch einmal aus. Schlägt es erneut fehl, informieren Sie die Administration der Website.',
  hubRateLimited: (detail: string) => `Zu viele Anfragen nach einem Jupyter-Token: ${detail}`,
  hubRateLimitedNoDetail: 'Zu viele Anfragen nach einem Jupyter-Token.',
  hubRateLimitedHint: 'Warten Sie eine Minute und führen Sie die Zelle dann erneut aus.',
  hubSignInAgain: 'Melden Sie sich erneut an: Diese Website hat Sie nicht erkannt.',
  hubSignInAgainHint: 'Melden Sie sich erneut bei der Website an und führen Sie die Zelle dann erneut aus.',
  hubUnreachable: (detail: string) => `Der JupyterHub ist nicht erreichbar: ${detail}`,
  hubUnreachableStatus: (status: number) => `Der JupyterHub ist nicht erreichbar (die Website antwortete mit ${number('de', status)}).`,
  hubUnreachableHint: 'Führen Sie die Zelle in ein paar Minuten erneut aus. Schlägt es weiterhin fehl, informieren Sie die Administration der Website.',
  hubTokenRefused: (server: string) => `Ihr Jupyter-Server unter ${server} hat das Token abgelehnt, das diese Website dafür ausgegeben hat.`,
  hubTokenRefusedHint:
    'Laden Sie die Seite neu. Passiert es erneut, informieren Sie die Administration der Website (der Token-Endpunkt stellt Tokens womöglich für einen anderen Benutzer aus).',
};
