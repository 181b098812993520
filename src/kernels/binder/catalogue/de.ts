// SPDX-License-Identifier: BSD-3-Clause
import { plural } from '../../../i18n/plural.js';
import { quoted, clock, inMinutes } from './shared.js';
import type { en } from './en.js';

// German: the reader is addressed as in de.ts ("Klicken Sie…").
const deDuring = {
  connecting: (label: string) => `während er gebeten wurde, ${label} zu starten`,
  waiting: (label: string) => `während ${label} auf den Build wartete`,
  fetching: (label: string) => `während ${label} abgerufen wurde`,
  building: (label: string) => `während ${label} erstellt wurde`,
  pushing: (label: string) => `während das Image von ${label} gespeichert wurde`,
  launching: (label: string) => `während ein Server für ${label} gestartet wurde`,
  starting: (label: string) => `während ${label} gestartet wurde`,
};
const deLost = (host: string, during: string) => `Die Verbindung zum BinderHub unter ${host} ist abgebrochen, ${during}.`;
const deSilent = (host: string, seconds: number, during: string) =>
  `Der BinderHub unter ${host} hat ${plural('de', seconds, { one: '# Sekunde', other: '# Sekunden' })} lang nichts gesendet, ${during}; daher wurde die Verbindung aufgegeben.`;
const deBuildFailed = (label: string, phase: string, reason: string) =>
  `Der Binder-Build von ${label} ist ${phase} fehlgeschlagen: ${reason || 'Den Grund nennt das Build-Protokoll'}`;

export const de: typeof en = {
  binderPhaseConnecting: 'Verbindungsaufbau',
  binderPhaseWaiting: 'Warten',
  binderPhaseFetching: 'Abrufen',
  binderPhaseBuilding: 'Erstellen',
  binderPhasePushing: 'Speichern',
  binderPhaseBuilt: 'Image erstellt',
  binderPhaseLaunching: 'Serverstart',
  binderPhaseReady: 'Bereit',
  binderAsking: (host: string, label: string) => `Server für ${label} wird bei ${host} angefragt`,
  binderCheckingSaved: (label: string) => `Der zuvor gestartete Binder-Server für ${label} wird geprüft`,
  binderOtherTab: (label: string) => `Ein anderer Tab startet den Binder-Server für ${label}; diese Zelle nutzt ihn ebenfalls`,
  binderServerRunning: 'Der Server läuft',
  binderRetry: 'Erneut versuchen',

  binderNoRepo: 'Diese Binder-Zelle nennt kein Repository.',
  binderNoRepoHint: 'Geben Sie ihr ein Attribut repo="owner/name" (zum Beispiel repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `„${provider}“ ist kein Binder-Anbieter.`,
  binderProviderHint: (providers: string) => `Verwenden Sie im Attribut provider einen dieser Werte: ${providers} (Standard ist gh, also GitHub).`,
  binderUrlNotUrl: (url: string) => `Die Binder-Adresse „${url}“ ist keine URL.`,
  binderUrlNotHttp: (url: string) => `Die Binder-Adresse „${url}“ ist keine http(s)-URL.`,
  binderUrlHint: 'Setzen Sie binder-url auf einen BinderHub wie https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `„${repo}“ ist kein GitHub-Repository: Schreiben Sie es als owner/name.`,
  binderNotGitHubHint: 'Zum Beispiel repo="binder-examples/requirements"; für einen anderen Git-Host verwenden Sie provider="git" mit der Klon-URL.',
  binderNotGitLab: (repo: string) => `„${repo}“ ist kein GitLab-Projekt: Schreiben Sie es als group/project.`,
  binderNotGitLabHint: 'Zum Beispiel repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `„${repo}“ ist keine Git-Klon-URL.`,
  binderNotGitUrlHint: 'Mit provider="git" ist repo die URL, die Sie klonen würden (https://…, git://…, ssh://… oder git@host:path).',
  binderNotGist: (repo: string) => `„${repo}“ ist kein Gist: Schreiben Sie ihn als user/gist-id.`,
  binderNotGistHint: 'Zum Beispiel repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `„${repo}“ ist kein DOI.`,
  binderNotDoiHint: 'Geben Sie den DOI des Datensatzes an, zum Beispiel repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `„${repo}“ ist keine HydroShare-Ressource.`,
  binderNotHydroShareHint: 'Geben Sie die 32-stellige ID der Ressource oder ihre URL an.',
  binderNotCkan: (repo: string) => `„${repo}“ ist keine URL eines CKAN-Datensatzes.`,
  binderNotCkanHint: 'Geben Sie die URL des Datensatzes an; sie enthält /dataset/.',

  binderUnreachable: (host: string) => `Der BinderHub unter ${host} ist nicht erreichbar.`,
  binderUnreachableHint: 'Prüfen Sie Ihre Netzwerkverbindung und das Attribut binder-url der Zelle und klicken Sie dann auf „Erneut versuchen“.',
  binderLostConnecting: (host: string, label: string) => deLost(host, deDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => deLost(host, deDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => deLost(host, deDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => deLost(host, deDuring.building(label)),
  binderLostPushing: (host: string, label: string) => deLost(host, deDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => deLost(host, deDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => deLost(host, deDuring.starting(label)),
  binderLostHint:
    'Prüfen Sie Ihr Netzwerk und klicken Sie dann auf „Erneut versuchen“: BinderHub macht dort weiter, wo er aufgehört hat (ein fertiges Image wird sofort gefunden).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => deSilent(host, seconds, deDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => deSilent(host, seconds, deDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => deSilent(host, seconds, deDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => deSilent(host, seconds, deDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => deSilent(host, seconds, deDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => deSilent(host, seconds, deDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => deSilent(host, seconds, deDuring.starting(label)),
  binderSilentHint:
    'Die Verbindung ist wahrscheinlich unterwegs abgebrochen. Klicken Sie auf „Erneut versuchen“, um erneut anzufragen (ein fertiges Image wird sofort gefunden).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `Der BinderHub unter ${host} antwortete mit HTTP ${status}${statusText ? ` ${statusText}` : ''}, statt einen Build zu starten.`,
  binderHttpStatusHint: 'Er ist vielleicht ausgefallen oder überlastet: Klicken Sie in einer Minute auf „Erneut versuchen“ oder versuchen Sie es später noch einmal.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `${url} hat nicht wie ein BinderHub geantwortet (${contentType ? `gesendet wurde ${contentType} statt eines Event-Streams` : 'gesendet wurde kein Event-Stream'}).`,
  binderNotBinderHubHint: 'Prüfen Sie das Attribut binder-url der Zelle (zum Beispiel https://mybinder.org/) oder data-binder-url der Seite.',

  binderRateLimited: (host: string, detail: string) =>
    `${host} startet vorerst keine weiteren Server für Ihre Netzwerkadresse: Die Zahl der Serverstarts pro Stunde ist begrenzt (${detail}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `Versuchen Sie es ab ${clock('de', n)} Uhr erneut (${inMinutes('de', minutes)}); bis dahin fragt diese Seite nicht erneut an. Bereits gestartete Server laufen weiter.`,

  binderProviderUnknown: (host: string, provider: string) => `Der BinderHub unter ${host} kennt den Anbieter „${provider}“ nicht.`,
  binderRefNotFound: (label: string, detail: string) => `Binder konnte ${label} nicht finden: ${detail}`,
  binderRefNotFoundHint:
    'Prüfen Sie die Attribute repo und ref der Zelle: Das Repository muss öffentlich sein und ref ein existierender Branch, Tag oder Commit.',
  binderRepoUnreadable: (host: string, label: string, detail: string) => `Der BinderHub unter ${host} kann das Repository „${label}“ nicht lesen: ${detail}`,
  binderRepoUnreadableHint: 'Prüfen Sie die Attribute repo, ref und provider der Zelle.',
  binderNotAllowed: (host: string, label: string, detail: string) => `${host} erlaubt nicht, ${label} zu starten: ${detail}`,
  binderAskAdminsHint: 'Wenden Sie sich an die Administratoren oder verwenden Sie einen anderen BinderHub (binder-url).',
  binderFull: (host: string, detail: string) => `Der BinderHub unter ${host} ist im Moment voll ausgelastet: ${detail}`,
  binderFullHint: 'Klicken Sie in ein paar Minuten auf „Erneut versuchen“.',
  binderForbidden: (host: string, label: string, detail: string) => `Der BinderHub unter ${host} hat den Start von ${label} abgelehnt: ${detail}`,
  binderRejected: (host: string, label: string, detail: string) => `Der BinderHub unter ${host} hat die Anfrage für ${label} zurückgewiesen: ${detail}`,
  binderRejectedHint: 'Prüfen Sie das Attribut binder-url der Zelle: Dieser BinderHub nimmt Anfragen nicht auf die übliche Weise entgegen.',
  binderLaunchFailed: (host: string, label: string, detail: string) => `Der BinderHub unter ${host} konnte keinen Server für ${label} starten: ${detail}`,
  binderLaunchFailedHint: 'Er ist vielleicht ausgelastet: Klicken Sie in ein paar Minuten auf „Erneut versuchen“.',
  binderBuildFailedWaiting: (label: string, reason: string) => deBuildFailed(label, 'beim Warten', reason),
  binderBuildFailedFetching: (label: string, reason: string) => deBuildFailed(label, 'beim Abrufen', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => deBuildFailed(label, 'beim Erstellen', reason),
  binderBuildFailedPushing: (label: string, reason: string) => deBuildFailed(label, 'beim Speichern des Images', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `Das Build-Protokoll endet mit: ${quoted(tail, '„', '“')}. ` : ''}` +
    'Die Umgebung des Repositorys (requirements.txt, environment.yml…) muss von dessen Autorin oder Autor korrigiert werden; das vollständige Protokoll steht unter „Protokoll“.',
  binderFailed: (host: string, label: string, detail: string) =>
    `Der BinderHub unter ${host} konnte ${label} nicht starten: ${detail || 'Er hat keinen Grund genannt'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `Der BinderHub unter ${host} konnte ${label} nicht starten: Er meldete das Image als fertig, startete aber keinen Server (sein ready-Ereignis enthält weder url noch token).`,
  binderFailedHint: 'Klicken Sie auf „Erneut versuchen“; schlägt es weiterhin fehl, versuchen Sie es später noch einmal.',

  binderServerStopped: (label: string) =>
    `Der Binder-Server für ${label} wurde beendet (Binder beendet Server, die ungenutzt bleiben): Seine Variablen sind verloren. Der Code in allen Zellen bleibt erhalten.`,
  binderServerStoppedHint: 'Führen Sie eine Zelle aus, um einen neuen Server zu starten.',
  binderKernelStopped: (label: string) =>
    `Der Kernel auf dem Binder-Server für ${label} wurde beendet (Binder beendet Kernel, die ungenutzt bleiben): Seine Variablen sind verloren. Der Code in allen Zellen bleibt erhalten.`,
  binderKernelStoppedHint: 'Führen Sie eine Zelle aus, um einen neuen Kernel zu starten.',
  binderRelaunching: (label: string) =>
    `Der Binder-Server für ${label} wurde abgeschaltet: Ein neuer wird gestartet. Die bisherigen Variablen sind verloren.`,
  binderRestartingKernel: (label: string) => `Der Kernel für ${label} wurde beendet: Ein neuer wird gestartet. Die bisherigen Variablen sind verloren.`,
  binderRelaunched: (label: string) =>
    `Der Binder-Server für ${label} wurde abgeschaltet und ein neuer gestartet: Die bisherigen Variablen sind verloren, und nichts wurde erneut ausgeführt.`,
  binderKernelRestarted: (label: string) =>
    `Der Kernel für ${label} wurde beendet und ein neuer gestartet: Die bisherigen Variablen sind verloren, und nichts wurde erneut ausgeführt.`,
  binderRunAgainHint: 'Führen Sie die Zellen, von denen diese abhängt, erneut aus.',
  binderServerLostDuringRun: (label: string) => `Der Binder-Server für ${label} wurde beendet, während diese Zelle lief: Seine Variablen sind verloren.`,
  binderKernelLostDuringRun: (label: string) => `Der Kernel für ${label} wurde beendet, während diese Zelle lief: Seine Variablen sind verloren.`,
  binderServerLostDuringRunHint: 'Klicken Sie auf „Erneut versuchen“, um diese Zelle auf einem neuen Server auszuführen (ihr Code bleibt erhalten).',
  binderKernelLostDuringRunHint: 'Klicken Sie auf „Erneut versuchen“, um diese Zelle auf einem neuen Kernel auszuführen (ihr Code bleibt erhalten).',
};
