// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the Binder backend says to the reader, in every language exec-cell speaks. Each
 * language has exactly English's keys and parameters (the type checker and
 * test/unit/i18n.test.ts hold them to it). They join the catalogues when the backend's code loads (its
 * modules import this file), so a page carries the messages of the backends it uses only.
 * Keys begin with the backend's name, as they share one catalogue with every other backend.
 *
 * `host`, `label` (the repository as the reader would name it), `url` and `repo` are names,
 * shown as they are; `detail` and `reason` are what the BinderHub said, shown as it came.
 */
import { number, plural } from '../../i18n/plural.js';
import { addCatalogue } from '../../i18n/language.js';
import { arSeconds } from '../../i18n/catalogues/ar.js';

/** Between the build log lines of {@link binderMessages}' `binderBuildFailedHint` (never in a log line: lines are trimmed text). */
export const BINDER_TAIL_SEPARATOR = '\u001f';

/** Each log line of `tail` in the language's quotation marks, one after the other. */
const quoted = (tail: string, open: string, close: string) =>
  tail
    .split(BINDER_TAIL_SEPARATOR)
    .map((l) => `${open}${l}${close}`)
    .join(' ');

/** A time of day (epoch milliseconds) as the language writes it: 3:42 PM, 15:42. */
const clock = (lang: string, at: number) => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(at);

/** "in 5 minutes" as the language says it. */
const inMinutes = (lang: string, minutes: number) => new Intl.RelativeTimeFormat(lang).format(minutes, 'minute');

/** An interpolated string in Arabic text, isolated so that its own direction cannot reorder the sentence. */
const iso = (s: string) => `\u2068${s}\u2069`;

// What the BinderHub was doing for a repository when its stream was lost or went silent, one
// phrase per build phase (`launching` also stands for `built`; `starting` for any other).
const enDuring = {
  connecting: (label: string) => `asking it to start ${label}`,
  waiting: (label: string) => `waiting to build ${label}`,
  fetching: (label: string) => `fetching ${label}`,
  building: (label: string) => `building ${label}`,
  pushing: (label: string) => `saving the image of ${label}`,
  launching: (label: string) => `starting a server for ${label}`,
  starting: (label: string) => `starting ${label}`,
};
const enLost = (host: string, during: string) => `The connection to the BinderHub at ${host} was lost while ${during}.`;
const enSilent = (host: string, seconds: number, during: string) =>
  `The BinderHub at ${host} sent nothing for ${number('en', seconds)} seconds while ${during}, so the connection was given up.`;
const enBuildFailed = (label: string, phase: string, reason: string) =>
  `The Binder build of ${label} failed while ${phase}: ${reason || 'the build log says why'}`;

const en = {
  // The build stream's phases, as the progress bar names them (the cell capitalises the first letter).
  binderPhaseConnecting: 'connecting',
  binderPhaseWaiting: 'waiting',
  binderPhaseFetching: 'fetching',
  binderPhaseBuilding: 'building',
  binderPhasePushing: 'pushing',
  binderPhaseBuilt: 'built',
  binderPhaseLaunching: 'launching',
  binderPhaseReady: 'ready',
  // Progress while a server is found or launched.
  binderAsking: (host: string, label: string) => `Asking ${host} for ${label}`,
  binderCheckingSaved: (label: string) => `Checking the Binder server started earlier for ${label}`,
  binderOtherTab: (label: string) => `Another tab is starting the Binder server for ${label}; this cell will use it too`,
  binderServerRunning: 'The server is running',
  // The button under a failure that may go away when asked again.
  binderRetry: 'Retry',

  // The cell's attributes.
  binderNoRepo: 'This Binder cell names no repository.',
  binderNoRepoHint: 'Give it a repo="owner/name" attribute (for example repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `“${provider}” is not a Binder provider.`,
  binderProviderHint: (providers: string) => `Use one of ${providers} in the provider attribute (gh, GitHub, is the default).`,
  binderUrlNotUrl: (url: string) => `The Binder address “${url}” is not a URL.`,
  binderUrlNotHttp: (url: string) => `The Binder address “${url}” is not an http(s) URL.`,
  binderUrlHint: 'Set binder-url to a BinderHub such as https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `“${repo}” is not a GitHub repository: write it as owner/name.`,
  binderNotGitHubHint: 'For example repo="binder-examples/requirements"; for another git host use provider="git" with the clone URL.',
  binderNotGitLab: (repo: string) => `“${repo}” is not a GitLab project: write it as group/project.`,
  binderNotGitLabHint: 'For example repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `“${repo}” is not a git clone URL.`,
  binderNotGitUrlHint: 'With provider="git", repo is the URL you would clone (https://…, git://…, ssh://… or git@host:path).',
  binderNotGist: (repo: string) => `“${repo}” is not a gist: write it as user/gist-id.`,
  binderNotGistHint: 'For example repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `“${repo}” is not a DOI.`,
  binderNotDoiHint: 'Write the record’s DOI, for example repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `“${repo}” is not a HydroShare resource.`,
  binderNotHydroShareHint: 'Write its 32-character resource id or its URL.',
  binderNotCkan: (repo: string) => `“${repo}” is not a CKAN dataset URL.`,
  binderNotCkanHint: 'Write the dataset’s URL, which contains /dataset/.',

  // Reaching the BinderHub and reading its build stream.
  binderUnreachable: (host: string) => `Could not reach the BinderHub at ${host}.`,
  binderUnreachableHint: 'Check your network connection and the cell’s binder-url, then press Retry.',
  binderLostConnecting: (host: string, label: string) => enLost(host, enDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => enLost(host, enDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => enLost(host, enDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => enLost(host, enDuring.building(label)),
  binderLostPushing: (host: string, label: string) => enLost(host, enDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => enLost(host, enDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => enLost(host, enDuring.starting(label)),
  binderLostHint: 'Check your network, then press Retry: BinderHub picks up where it left off (an image it finished is found at once).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => enSilent(host, seconds, enDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => enSilent(host, seconds, enDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => enSilent(host, seconds, enDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => enSilent(host, seconds, enDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => enSilent(host, seconds, enDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => enSilent(host, seconds, enDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => enSilent(host, seconds, enDuring.starting(label)),
  binderSilentHint: 'The connection was probably dropped on the way. Press Retry to ask again (an image it finished is found at once).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `The BinderHub at ${host} answered HTTP ${status}${statusText ? ` ${statusText}` : ''} instead of starting a build.`,
  binderHttpStatusHint: 'It may be down or overloaded: press Retry in a minute, or try again later.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `${url} did not answer like a BinderHub (it sent ${contentType || 'something'} instead of an event stream).`,
  binderNotBinderHubHint: 'Check the cell’s binder-url (for example https://mybinder.org/) or the page’s data-binder-url.',

  // A rate limit. `n` is when it ends (epoch milliseconds), `minutes` how long that is from now.
  binderRateLimited: (host: string, detail: string) =>
    `${host} is not starting more servers for your network address for now: it limits how many it starts per hour (${detail}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `Try again after ${clock('en', n)} (${minutes === 1 ? 'in a minute' : `in ${number('en', minutes)} minutes`}); ` +
    'this page will not ask it again before then. Servers started earlier keep working.',

  // A launch the BinderHub ended with a failure.
  binderProviderUnknown: (host: string, provider: string) => `The BinderHub at ${host} does not know the provider “${provider}”.`,
  binderRefNotFound: (label: string, detail: string) => `Binder could not find ${label}: ${detail}`,
  binderRefNotFoundHint: 'Check the cell’s repo and ref: the repository must be public, and the ref a branch, tag or commit that exists.',
  binderRepoUnreadable: (host: string, label: string, detail: string) => `The BinderHub at ${host} cannot read the repository “${label}”: ${detail}`,
  binderRepoUnreadableHint: 'Check the cell’s repo, ref and provider attributes.',
  binderNotAllowed: (host: string, label: string, detail: string) => `${host} does not allow ${label} to be launched: ${detail}`,
  binderAskAdminsHint: 'Ask its administrators, or use another BinderHub (binder-url).',
  binderFull: (host: string, detail: string) => `The BinderHub at ${host} is full for now: ${detail}`,
  binderFullHint: 'Press Retry in a few minutes.',
  binderForbidden: (host: string, label: string, detail: string) => `The BinderHub at ${host} refused to launch ${label}: ${detail}`,
  binderRejected: (host: string, label: string, detail: string) => `The BinderHub at ${host} rejected the request for ${label}: ${detail}`,
  binderRejectedHint: 'Check the cell’s binder-url: this BinderHub does not take requests the usual way.',
  binderLaunchFailed: (host: string, label: string, detail: string) => `The BinderHub at ${host} could not start a server for ${label}: ${detail}`,
  binderLaunchFailedHint: 'It may be busy: press Retry in a few minutes.',
  // A failed build; an empty `reason` means the BinderHub gave none and the log has no line to quote.
  binderBuildFailedWaiting: (label: string, reason: string) => enBuildFailed(label, 'waiting', reason),
  binderBuildFailedFetching: (label: string, reason: string) => enBuildFailed(label, 'fetching', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => enBuildFailed(label, 'building', reason),
  binderBuildFailedPushing: (label: string, reason: string) => enBuildFailed(label, 'pushing', reason),
  /** `tail`: the last lines of the build log, joined by {@link BINDER_TAIL_SEPARATOR}; empty when there are none. */
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `The build log ends with: ${quoted(tail, '“', '”')}. ` : ''}` +
    'The repository’s environment (requirements.txt, environment.yml…) must be fixed by its author; the whole log is under Log.',
  binderFailed: (host: string, label: string, detail: string) => `The BinderHub at ${host} could not launch ${label}: ${detail || 'it gave no reason'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `The BinderHub at ${host} could not launch ${label}: It reported the image ready but started no server (its ready event has no url and token).`,
  binderFailedHint: 'Press Retry to try again; if it keeps failing, try later.',

  // A server or kernel that Binder stopped.
  binderServerStopped: (label: string) =>
    `The Binder server for ${label} has stopped (Binder stops servers that sit idle): its variables are lost. The code in every cell is kept.`,
  binderServerStoppedHint: 'Run a cell to launch a new server.',
  binderKernelStopped: (label: string) =>
    `The kernel on the Binder server for ${label} was stopped (Binder stops kernels that sit idle): its variables are lost. The code in every cell is kept.`,
  binderKernelStoppedHint: 'Run a cell to start a new kernel.',
  binderRelaunching: (label: string) => `The Binder server for ${label} was culled: launching a new one. Variables from before are lost.`,
  binderRestartingKernel: (label: string) => `The kernel for ${label} was stopped: starting a new one. Variables from before are lost.`,
  binderRelaunched: (label: string) =>
    `The Binder server for ${label} was culled and a new one was launched: variables from before are lost, and nothing was rerun.`,
  binderKernelRestarted: (label: string) =>
    `The kernel for ${label} was stopped and a new one was started: variables from before are lost, and nothing was rerun.`,
  binderRunAgainHint: 'Run again the cells this one depends on.',
  binderServerLostDuringRun: (label: string) => `The Binder server for ${label} stopped while this cell was running: its variables are lost.`,
  binderKernelLostDuringRun: (label: string) => `The kernel for ${label} stopped while this cell was running: its variables are lost.`,
  binderServerLostDuringRunHint: 'Press Retry to run this cell on a new server (its code is kept).',
  binderKernelLostDuringRunHint: 'Press Retry to run this cell on a new kernel (its code is kept).',
};


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

const de: typeof en = {
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

// French: typographic spaces (\u00a0) before : ; and inside « ».
const frDuring = {
  connecting: (label: string) => `la demande de démarrage de ${label}`,
  waiting: (label: string) => `l’attente de la construction de ${label}`,
  fetching: (label: string) => `la récupération de ${label}`,
  building: (label: string) => `la construction de ${label}`,
  pushing: (label: string) => `l’enregistrement de l’image de ${label}`,
  launching: (label: string) => `le démarrage d’un serveur pour ${label}`,
  starting: (label: string) => `le démarrage de ${label}`,
};
const frLost = (host: string, during: string) => `La connexion au BinderHub de ${host} a été perdue pendant ${during}.`;
const frSilent = (host: string, seconds: number, during: string) =>
  `Pendant ${during}, le BinderHub de ${host} n’a rien envoyé durant ${plural('fr', seconds, {
    one: '#\u00a0seconde',
    many: '#\u00a0de secondes',
    other: '#\u00a0secondes',
  })}\u00a0: la connexion a donc été abandonnée.`;
const frBuildFailed = (label: string, phase: string, reason: string) =>
  `La construction Binder de ${label} a échoué pendant ${phase}\u00a0: ${reason || 'le journal de construction en donne la raison'}`;

const fr: typeof en = {
  binderPhaseConnecting: 'Connexion',
  binderPhaseWaiting: 'Attente',
  binderPhaseFetching: 'Récupération',
  binderPhaseBuilding: 'Construction',
  binderPhasePushing: 'Enregistrement',
  binderPhaseBuilt: 'Image construite',
  binderPhaseLaunching: 'Lancement',
  binderPhaseReady: 'Prêt',
  binderAsking: (host: string, label: string) => `Demande d’un serveur pour ${label} à ${host}`,
  binderCheckingSaved: (label: string) => `Vérification du serveur Binder démarré précédemment pour ${label}`,
  binderOtherTab: (label: string) => `Un autre onglet démarre le serveur Binder pour ${label}\u00a0; cette cellule l’utilisera aussi`,
  binderServerRunning: 'Le serveur est en marche',
  binderRetry: 'Réessayer',

  binderNoRepo: 'Cette cellule Binder n’indique aucun dépôt.',
  binderNoRepoHint: 'Ajoutez-lui un attribut repo="owner/name" (par exemple repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `«\u00a0${provider}\u00a0» n’est pas un fournisseur Binder.`,
  binderProviderHint: (providers: string) =>
    `Indiquez l’une de ces valeurs dans l’attribut provider\u00a0: ${providers} (gh, GitHub, est la valeur par défaut).`,
  binderUrlNotUrl: (url: string) => `L’adresse Binder «\u00a0${url}\u00a0» n’est pas une URL.`,
  binderUrlNotHttp: (url: string) => `L’adresse Binder «\u00a0${url}\u00a0» n’est pas une URL http(s).`,
  binderUrlHint: 'Donnez à binder-url l’adresse d’un BinderHub, comme https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `«\u00a0${repo}\u00a0» n’est pas un dépôt GitHub\u00a0: écrivez-le sous la forme owner/name.`,
  binderNotGitHubHint:
    'Par exemple repo="binder-examples/requirements"\u00a0; pour un autre hébergeur git, utilisez provider="git" avec l’URL de clonage.',
  binderNotGitLab: (repo: string) => `«\u00a0${repo}\u00a0» n’est pas un projet GitLab\u00a0: écrivez-le sous la forme group/project.`,
  binderNotGitLabHint: 'Par exemple repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `«\u00a0${repo}\u00a0» n’est pas une URL de clonage git.`,
  binderNotGitUrlHint: 'Avec provider="git", repo est l’URL que vous cloneriez (https://…, git://…, ssh://… ou git@host:path).',
  binderNotGist: (repo: string) => `«\u00a0${repo}\u00a0» n’est pas un gist\u00a0: écrivez-le sous la forme user/gist-id.`,
  binderNotGistHint: 'Par exemple repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `«\u00a0${repo}\u00a0» n’est pas un DOI.`,
  binderNotDoiHint: 'Indiquez le DOI de l’enregistrement, par exemple repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `«\u00a0${repo}\u00a0» n’est pas une ressource HydroShare.`,
  binderNotHydroShareHint: 'Indiquez l’identifiant de 32\u00a0caractères de la ressource ou son URL.',
  binderNotCkan: (repo: string) => `«\u00a0${repo}\u00a0» n’est pas l’URL d’un jeu de données CKAN.`,
  binderNotCkanHint: 'Indiquez l’URL du jeu de données, qui contient /dataset/.',

  binderUnreachable: (host: string) => `Impossible de joindre le BinderHub de ${host}.`,
  binderUnreachableHint: 'Vérifiez votre connexion réseau et l’attribut binder-url de la cellule, puis cliquez sur «\u00a0Réessayer\u00a0».',
  binderLostConnecting: (host: string, label: string) => frLost(host, frDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => frLost(host, frDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => frLost(host, frDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => frLost(host, frDuring.building(label)),
  binderLostPushing: (host: string, label: string) => frLost(host, frDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => frLost(host, frDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => frLost(host, frDuring.starting(label)),
  binderLostHint:
    'Vérifiez votre réseau, puis cliquez sur «\u00a0Réessayer\u00a0»\u00a0: BinderHub reprend là où il s’était arrêté (une image déjà terminée est retrouvée immédiatement).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => frSilent(host, seconds, frDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => frSilent(host, seconds, frDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => frSilent(host, seconds, frDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => frSilent(host, seconds, frDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => frSilent(host, seconds, frDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => frSilent(host, seconds, frDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => frSilent(host, seconds, frDuring.starting(label)),
  binderSilentHint:
    'La connexion a probablement été coupée en chemin. Cliquez sur «\u00a0Réessayer\u00a0» pour relancer la demande (une image déjà terminée est retrouvée immédiatement).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `Le BinderHub de ${host} a répondu HTTP ${status}${statusText ? ` ${statusText}` : ''} au lieu de lancer une construction.`,
  binderHttpStatusHint: 'Il est peut-être hors service ou surchargé\u00a0: cliquez sur «\u00a0Réessayer\u00a0» dans une minute, ou réessayez plus tard.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `${url} n’a pas répondu comme un BinderHub (${contentType ? `il a envoyé ${contentType} au lieu d’un flux d’événements` : 'il n’a pas envoyé de flux d’événements'}).`,
  binderNotBinderHubHint: 'Vérifiez l’attribut binder-url de la cellule (par exemple https://mybinder.org/) ou le data-binder-url de la page.',

  binderRateLimited: (host: string, detail: string) =>
    `${host} ne démarre plus de serveurs pour votre adresse réseau pour le moment\u00a0: il limite le nombre de démarrages par heure (${detail}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `Réessayez après ${clock('fr', n)} (${inMinutes('fr', minutes)})\u00a0; cette page ne le sollicitera pas d’ici là. Les serveurs déjà démarrés continuent de fonctionner.`,

  binderProviderUnknown: (host: string, provider: string) => `Le BinderHub de ${host} ne connaît pas le fournisseur «\u00a0${provider}\u00a0».`,
  binderRefNotFound: (label: string, detail: string) => `Binder n’a pas trouvé ${label}\u00a0: ${detail}`,
  binderRefNotFoundHint:
    'Vérifiez les attributs repo et ref de la cellule\u00a0: le dépôt doit être public, et ref doit désigner une branche, une étiquette ou un commit existant.',
  binderRepoUnreadable: (host: string, label: string, detail: string) =>
    `Le BinderHub de ${host} ne peut pas lire le dépôt «\u00a0${label}\u00a0»\u00a0: ${detail}`,
  binderRepoUnreadableHint: 'Vérifiez les attributs repo, ref et provider de la cellule.',
  binderNotAllowed: (host: string, label: string, detail: string) => `${host} n’autorise pas le lancement de ${label}\u00a0: ${detail}`,
  binderAskAdminsHint: 'Adressez-vous à ses administrateurs ou utilisez un autre BinderHub (binder-url).',
  binderFull: (host: string, detail: string) => `Le BinderHub de ${host} est complet pour le moment\u00a0: ${detail}`,
  binderFullHint: 'Cliquez sur «\u00a0Réessayer\u00a0» dans quelques minutes.',
  binderForbidden: (host: string, label: string, detail: string) => `Le BinderHub de ${host} a refusé de lancer ${label}\u00a0: ${detail}`,
  binderRejected: (host: string, label: string, detail: string) => `Le BinderHub de ${host} a rejeté la requête pour ${label}\u00a0: ${detail}`,
  binderRejectedHint: 'Vérifiez l’attribut binder-url de la cellule\u00a0: ce BinderHub n’accepte pas les requêtes de la manière habituelle.',
  binderLaunchFailed: (host: string, label: string, detail: string) =>
    `Le BinderHub de ${host} n’a pas pu démarrer de serveur pour ${label}\u00a0: ${detail}`,
  binderLaunchFailedHint: 'Il est peut-être occupé\u00a0: cliquez sur «\u00a0Réessayer\u00a0» dans quelques minutes.',
  binderBuildFailedWaiting: (label: string, reason: string) => frBuildFailed(label, 'l’attente', reason),
  binderBuildFailedFetching: (label: string, reason: string) => frBuildFailed(label, 'la récupération', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => frBuildFailed(label, 'la construction de l’image', reason),
  binderBuildFailedPushing: (label: string, reason: string) => frBuildFailed(label, 'l’enregistrement de l’image', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `Le journal de construction se termine par\u00a0: ${quoted(tail, '«\u00a0', '\u00a0»')}. ` : ''}` +
    'L’environnement du dépôt (requirements.txt, environment.yml…) doit être corrigé par son auteur\u00a0; le journal complet se trouve sous «\u00a0Journal\u00a0».',
  binderFailed: (host: string, label: string, detail: string) =>
    `Le BinderHub de ${host} n’a pas pu lancer ${label}\u00a0: ${detail || 'il n’a donné aucune raison'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `Le BinderHub de ${host} n’a pas pu lancer ${label}\u00a0: il a signalé l’image comme prête mais n’a démarré aucun serveur (son événement ready n’a ni url ni token).`,
  binderFailedHint: 'Cliquez sur «\u00a0Réessayer\u00a0»\u00a0; si l’échec persiste, réessayez plus tard.',

  binderServerStopped: (label: string) =>
    `Le serveur Binder de ${label} s’est arrêté (Binder arrête les serveurs inactifs)\u00a0: ses variables sont perdues. Le code de toutes les cellules est conservé.`,
  binderServerStoppedHint: 'Exécutez une cellule pour lancer un nouveau serveur.',
  binderKernelStopped: (label: string) =>
    `Le noyau du serveur Binder de ${label} a été arrêté (Binder arrête les noyaux inactifs)\u00a0: ses variables sont perdues. Le code de toutes les cellules est conservé.`,
  binderKernelStoppedHint: 'Exécutez une cellule pour démarrer un nouveau noyau.',
  binderRelaunching: (label: string) =>
    `Le serveur Binder de ${label} a été supprimé\u00a0: lancement d’un nouveau serveur. Les variables précédentes sont perdues.`,
  binderRestartingKernel: (label: string) =>
    `Le noyau de ${label} a été arrêté\u00a0: démarrage d’un nouveau noyau. Les variables précédentes sont perdues.`,
  binderRelaunched: (label: string) =>
    `Le serveur Binder de ${label} a été supprimé et un nouveau a été lancé\u00a0: les variables précédentes sont perdues, et rien n’a été réexécuté.`,
  binderKernelRestarted: (label: string) =>
    `Le noyau de ${label} a été arrêté et un nouveau a été démarré\u00a0: les variables précédentes sont perdues, et rien n’a été réexécuté.`,
  binderRunAgainHint: 'Réexécutez les cellules dont celle-ci dépend.',
  binderServerLostDuringRun: (label: string) =>
    `Le serveur Binder de ${label} s’est arrêté pendant l’exécution de cette cellule\u00a0: ses variables sont perdues.`,
  binderKernelLostDuringRun: (label: string) => `Le noyau de ${label} s’est arrêté pendant l’exécution de cette cellule\u00a0: ses variables sont perdues.`,
  binderServerLostDuringRunHint: 'Cliquez sur «\u00a0Réessayer\u00a0» pour exécuter cette cellule sur un nouveau serveur (son code est conservé).',
  binderKernelLostDuringRunHint: 'Cliquez sur «\u00a0Réessayer\u00a0» pour exécuter cette cellule sur un nouveau noyau (son code est conservé).',
};

// Spanish: the reader is addressed as usted, as in es.ts ("Pulse…").
const esDuring = {
  connecting: (label: string) => `mientras se le pedía que iniciara ${label}`,
  waiting: (label: string) => `mientras se esperaba para construir ${label}`,
  fetching: (label: string) => `mientras se obtenía ${label}`,
  building: (label: string) => `mientras se construía ${label}`,
  pushing: (label: string) => `mientras se guardaba la imagen de ${label}`,
  launching: (label: string) => `mientras se iniciaba un servidor para ${label}`,
  starting: (label: string) => `mientras se iniciaba ${label}`,
};
const esLost = (host: string, during: string) => `Se perdió la conexión con el BinderHub de ${host} ${during}.`;
const esSilent = (host: string, seconds: number, during: string) =>
  `El BinderHub de ${host} no envió nada durante ${plural('es', seconds, { one: '# segundo', other: '# segundos' })} ${during}, así que se abandonó la conexión.`;
const esBuildFailed = (label: string, phase: string, reason: string) =>
  `La construcción de Binder de ${label} falló durante ${phase}: ${reason || 'el registro de construcción indica el motivo'}`;

const es: typeof en = {
  binderPhaseConnecting: 'Conectando',
  binderPhaseWaiting: 'Esperando',
  binderPhaseFetching: 'Obteniendo',
  binderPhaseBuilding: 'Construyendo',
  binderPhasePushing: 'Guardando',
  binderPhaseBuilt: 'Imagen construida',
  binderPhaseLaunching: 'Iniciando servidor',
  binderPhaseReady: 'Listo',
  binderAsking: (host: string, label: string) => `Solicitando a ${host} un servidor para ${label}`,
  binderCheckingSaved: (label: string) => `Comprobando el servidor de Binder iniciado antes para ${label}`,
  binderOtherTab: (label: string) => `Otra pestaña está iniciando el servidor de Binder para ${label}; esta celda también lo usará`,
  binderServerRunning: 'El servidor está en marcha',
  binderRetry: 'Reintentar',

  binderNoRepo: 'Esta celda de Binder no indica ningún repositorio.',
  binderNoRepoHint: 'Añádale un atributo repo="owner/name" (por ejemplo, repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `«${provider}» no es un proveedor de Binder.`,
  binderProviderHint: (providers: string) => `Use uno de estos valores en el atributo provider: ${providers} (el predeterminado es gh, GitHub).`,
  binderUrlNotUrl: (url: string) => `La dirección de Binder «${url}» no es una URL.`,
  binderUrlNotHttp: (url: string) => `La dirección de Binder «${url}» no es una URL http(s).`,
  binderUrlHint: 'Asigne a binder-url un BinderHub como https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `«${repo}» no es un repositorio de GitHub: escríbalo como owner/name.`,
  binderNotGitHubHint: 'Por ejemplo, repo="binder-examples/requirements"; para otro servidor git, use provider="git" con la URL de clonación.',
  binderNotGitLab: (repo: string) => `«${repo}» no es un proyecto de GitLab: escríbalo como group/project.`,
  binderNotGitLabHint: 'Por ejemplo, repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `«${repo}» no es una URL de clonación de git.`,
  binderNotGitUrlHint: 'Con provider="git", repo es la URL que usaría para clonar (https://…, git://…, ssh://… o git@host:path).',
  binderNotGist: (repo: string) => `«${repo}» no es un gist: escríbalo como user/gist-id.`,
  binderNotGistHint: 'Por ejemplo, repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `«${repo}» no es un DOI.`,
  binderNotDoiHint: 'Escriba el DOI del registro, por ejemplo, repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `«${repo}» no es un recurso de HydroShare.`,
  binderNotHydroShareHint: 'Escriba el identificador de 32 caracteres del recurso o su URL.',
  binderNotCkan: (repo: string) => `«${repo}» no es la URL de un conjunto de datos de CKAN.`,
  binderNotCkanHint: 'Escriba la URL del conjunto de datos, que contiene /dataset/.',

  binderUnreachable: (host: string) => `No se pudo conectar con el BinderHub de ${host}.`,
  binderUnreachableHint: 'Compruebe su conexión de red y el atributo binder-url de la celda, y pulse «Reintentar».',
  binderLostConnecting: (host: string, label: string) => esLost(host, esDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => esLost(host, esDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => esLost(host, esDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => esLost(host, esDuring.building(label)),
  binderLostPushing: (host: string, label: string) => esLost(host, esDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => esLost(host, esDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => esLost(host, esDuring.starting(label)),
  binderLostHint: 'Compruebe su red y pulse «Reintentar»: BinderHub continúa donde lo dejó (una imagen ya terminada se encuentra al instante).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.starting(label)),
  binderSilentHint:
    'Probablemente la conexión se cortó por el camino. Pulse «Reintentar» para volver a pedirlo (una imagen ya terminada se encuentra al instante).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `El BinderHub de ${host} respondió HTTP ${status}${statusText ? ` ${statusText}` : ''} en lugar de iniciar la construcción.`,
  binderHttpStatusHint: 'Puede que esté caído o sobrecargado: pulse «Reintentar» dentro de un minuto o inténtelo más tarde.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `${url} no respondió como un BinderHub (${contentType ? `envió ${contentType} en lugar de un flujo de eventos` : 'no envió un flujo de eventos'}).`,
  binderNotBinderHubHint: 'Revise el atributo binder-url de la celda (por ejemplo, https://mybinder.org/) o el data-binder-url de la página.',

  binderRateLimited: (host: string, detail: string) =>
    `${host} no iniciará más servidores para su dirección de red por ahora: limita cuántos inicia por hora (${detail}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `Vuelva a intentarlo después de ${clock('es', n)} (${inMinutes('es', minutes)}); esta página no volverá a pedírselo antes. Los servidores iniciados antes siguen funcionando.`,

  binderProviderUnknown: (host: string, provider: string) => `El BinderHub de ${host} no conoce el proveedor «${provider}».`,
  binderRefNotFound: (label: string, detail: string) => `Binder no encontró ${label}: ${detail}`,
  binderRefNotFoundHint:
    'Revise los atributos repo y ref de la celda: el repositorio debe ser público, y ref, una rama, etiqueta o commit que exista.',
  binderRepoUnreadable: (host: string, label: string, detail: string) => `El BinderHub de ${host} no puede leer el repositorio «${label}»: ${detail}`,
  binderRepoUnreadableHint: 'Revise los atributos repo, ref y provider de la celda.',
  binderNotAllowed: (host: string, label: string, detail: string) => `${host} no permite iniciar ${label}: ${detail}`,
  binderAskAdminsHint: 'Consulte a sus administradores o use otro BinderHub (binder-url).',
  binderFull: (host: string, detail: string) => `El BinderHub de ${host} está lleno por ahora: ${detail}`,
  binderFullHint: 'Pulse «Reintentar» dentro de unos minutos.',
  binderForbidden: (host: string, label: string, detail: string) => `El BinderHub de ${host} se negó a iniciar ${label}: ${detail}`,
  binderRejected: (host: string, label: string, detail: string) => `El BinderHub de ${host} rechazó la solicitud de ${label}: ${detail}`,
  binderRejectedHint: 'Revise el atributo binder-url de la celda: este BinderHub no acepta solicitudes de la forma habitual.',
  binderLaunchFailed: (host: string, label: string, detail: string) => `El BinderHub de ${host} no pudo iniciar un servidor para ${label}: ${detail}`,
  binderLaunchFailedHint: 'Puede que esté ocupado: pulse «Reintentar» dentro de unos minutos.',
  binderBuildFailedWaiting: (label: string, reason: string) => esBuildFailed(label, 'la espera', reason),
  binderBuildFailedFetching: (label: string, reason: string) => esBuildFailed(label, 'la obtención', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => esBuildFailed(label, 'la construcción de la imagen', reason),
  binderBuildFailedPushing: (label: string, reason: string) => esBuildFailed(label, 'el guardado de la imagen', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `El registro de construcción termina con: ${quoted(tail, '«', '»')}. ` : ''}` +
    'El entorno del repositorio (requirements.txt, environment.yml…) debe corregirlo su autor; el registro completo está en «Registro».',
  binderFailed: (host: string, label: string, detail: string) => `El BinderHub de ${host} no pudo iniciar ${label}: ${detail || 'no dio ningún motivo'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `El BinderHub de ${host} no pudo iniciar ${label}: informó de que la imagen estaba lista, pero no inició ningún servidor (su evento ready no tiene url ni token).`,
  binderFailedHint: 'Pulse «Reintentar»; si sigue fallando, inténtelo más tarde.',

  binderServerStopped: (label: string) =>
    `El servidor de Binder para ${label} se ha detenido (Binder detiene los servidores inactivos): sus variables se han perdido. El código de todas las celdas se conserva.`,
  binderServerStoppedHint: 'Ejecute una celda para iniciar un servidor nuevo.',
  binderKernelStopped: (label: string) =>
    `El kernel del servidor de Binder para ${label} se detuvo (Binder detiene los kernels inactivos): sus variables se han perdido. El código de todas las celdas se conserva.`,
  binderKernelStoppedHint: 'Ejecute una celda para iniciar un kernel nuevo.',
  binderRelaunching: (label: string) =>
    `El servidor de Binder para ${label} se eliminó: se está iniciando uno nuevo. Las variables anteriores se han perdido.`,
  binderRestartingKernel: (label: string) => `El kernel de ${label} se detuvo: se está iniciando uno nuevo. Las variables anteriores se han perdido.`,
  binderRelaunched: (label: string) =>
    `El servidor de Binder para ${label} se eliminó y se inició uno nuevo: las variables anteriores se han perdido y no se ha vuelto a ejecutar nada.`,
  binderKernelRestarted: (label: string) =>
    `El kernel de ${label} se detuvo y se inició uno nuevo: las variables anteriores se han perdido y no se ha vuelto a ejecutar nada.`,
  binderRunAgainHint: 'Vuelva a ejecutar las celdas de las que depende esta.',
  binderServerLostDuringRun: (label: string) =>
    `El servidor de Binder para ${label} se detuvo mientras se ejecutaba esta celda: sus variables se han perdido.`,
  binderKernelLostDuringRun: (label: string) => `El kernel de ${label} se detuvo mientras se ejecutaba esta celda: sus variables se han perdido.`,
  binderServerLostDuringRunHint: 'Pulse «Reintentar» para ejecutar esta celda en un servidor nuevo (su código se conserva).',
  binderKernelLostDuringRunHint: 'Pulse «Reintentar» para ejecutar esta celda en un kernel nuevo (su código se conserva).',
};

// Brazilian Portuguese: the reader is "você", as in pt-BR.ts ("Clique em…").
const ptDuring = {
  connecting: (label: string) => `durante o pedido para iniciar ${label}`,
  waiting: (label: string) => `durante a espera pela construção de ${label}`,
  fetching: (label: string) => `durante a obtenção de ${label}`,
  building: (label: string) => `durante a construção de ${label}`,
  pushing: (label: string) => `durante o salvamento da imagem de ${label}`,
  launching: (label: string) => `durante a inicialização de um servidor para ${label}`,
  starting: (label: string) => `durante a inicialização de ${label}`,
};
const ptLost = (host: string, during: string) => `A conexão com o BinderHub em ${host} caiu ${during}.`;
const ptSilent = (host: string, seconds: number, during: string) =>
  `O BinderHub em ${host} não enviou nada por ${plural('pt-BR', seconds, { one: '# segundo', other: '# segundos' })} ${during}, então a conexão foi abandonada.`;
const ptBuildFailed = (label: string, phase: string, reason: string) =>
  `A construção do Binder de ${label} falhou durante ${phase}: ${reason || 'o registro da construção mostra o motivo'}`;

const ptBR: typeof en = {
  binderPhaseConnecting: 'Conectando',
  binderPhaseWaiting: 'Aguardando',
  binderPhaseFetching: 'Obtendo',
  binderPhaseBuilding: 'Construindo',
  binderPhasePushing: 'Salvando',
  binderPhaseBuilt: 'Imagem construída',
  binderPhaseLaunching: 'Iniciando servidor',
  binderPhaseReady: 'Pronto',
  binderAsking: (host: string, label: string) => `Solicitando a ${host} um servidor para ${label}`,
  binderCheckingSaved: (label: string) => `Verificando o servidor Binder iniciado antes para ${label}`,
  binderOtherTab: (label: string) => `Outra aba está iniciando o servidor Binder para ${label}; esta célula também vai usá-lo`,
  binderServerRunning: 'O servidor está em execução',
  binderRetry: 'Tentar novamente',

  binderNoRepo: 'Esta célula Binder não indica nenhum repositório.',
  binderNoRepoHint: 'Adicione a ela um atributo repo="owner/name" (por exemplo, repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `“${provider}” não é um provedor do Binder.`,
  binderProviderHint: (providers: string) => `Use um destes valores no atributo provider: ${providers} (o padrão é gh, GitHub).`,
  binderUrlNotUrl: (url: string) => `O endereço do Binder “${url}” não é uma URL.`,
  binderUrlNotHttp: (url: string) => `O endereço do Binder “${url}” não é uma URL http(s).`,
  binderUrlHint: 'Defina binder-url como um BinderHub, por exemplo https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `“${repo}” não é um repositório do GitHub: escreva-o como owner/name.`,
  binderNotGitHubHint: 'Por exemplo, repo="binder-examples/requirements"; para outro host git, use provider="git" com a URL de clonagem.',
  binderNotGitLab: (repo: string) => `“${repo}” não é um projeto do GitLab: escreva-o como group/project.`,
  binderNotGitLabHint: 'Por exemplo, repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `“${repo}” não é uma URL de clonagem do git.`,
  binderNotGitUrlHint: 'Com provider="git", repo é a URL que você usaria para clonar (https://…, git://…, ssh://… ou git@host:path).',
  binderNotGist: (repo: string) => `“${repo}” não é um gist: escreva-o como user/gist-id.`,
  binderNotGistHint: 'Por exemplo, repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `“${repo}” não é um DOI.`,
  binderNotDoiHint: 'Informe o DOI do registro, por exemplo, repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `“${repo}” não é um recurso do HydroShare.`,
  binderNotHydroShareHint: 'Informe o identificador de 32 caracteres do recurso ou a URL dele.',
  binderNotCkan: (repo: string) => `“${repo}” não é a URL de um conjunto de dados do CKAN.`,
  binderNotCkanHint: 'Informe a URL do conjunto de dados, que contém /dataset/.',

  binderUnreachable: (host: string) => `Não foi possível acessar o BinderHub em ${host}.`,
  binderUnreachableHint: 'Verifique sua conexão de rede e o atributo binder-url da célula e clique em “Tentar novamente”.',
  binderLostConnecting: (host: string, label: string) => ptLost(host, ptDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => ptLost(host, ptDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => ptLost(host, ptDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => ptLost(host, ptDuring.building(label)),
  binderLostPushing: (host: string, label: string) => ptLost(host, ptDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => ptLost(host, ptDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => ptLost(host, ptDuring.starting(label)),
  binderLostHint:
    'Verifique sua rede e clique em “Tentar novamente”: o BinderHub continua de onde parou (uma imagem já concluída é encontrada na hora).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.starting(label)),
  binderSilentHint:
    'A conexão provavelmente caiu no caminho. Clique em “Tentar novamente” para pedir de novo (uma imagem já concluída é encontrada na hora).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `O BinderHub em ${host} respondeu HTTP ${status}${statusText ? ` ${statusText}` : ''} em vez de iniciar a construção.`,
  binderHttpStatusHint: 'Ele pode estar fora do ar ou sobrecarregado: clique em “Tentar novamente” daqui a um minuto ou tente mais tarde.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `${url} não respondeu como um BinderHub (${contentType ? `enviou ${contentType} em vez de um fluxo de eventos` : 'não enviou um fluxo de eventos'}).`,
  binderNotBinderHubHint: 'Verifique o atributo binder-url da célula (por exemplo, https://mybinder.org/) ou o data-binder-url da página.',

  binderRateLimited: (host: string, detail: string) =>
    `${host} não vai iniciar mais servidores para o seu endereço de rede por enquanto: há um limite de servidores iniciados por hora (${detail}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `Tente novamente depois de ${clock('pt-BR', n)} (${inMinutes('pt-BR', minutes)}); esta página não vai pedir de novo antes disso. Os servidores iniciados antes continuam funcionando.`,

  binderProviderUnknown: (host: string, provider: string) => `O BinderHub em ${host} não conhece o provedor “${provider}”.`,
  binderRefNotFound: (label: string, detail: string) => `O Binder não encontrou ${label}: ${detail}`,
  binderRefNotFoundHint:
    'Verifique os atributos repo e ref da célula: o repositório precisa ser público, e ref, um branch, tag ou commit que exista.',
  binderRepoUnreadable: (host: string, label: string, detail: string) => `O BinderHub em ${host} não consegue ler o repositório “${label}”: ${detail}`,
  binderRepoUnreadableHint: 'Verifique os atributos repo, ref e provider da célula.',
  binderNotAllowed: (host: string, label: string, detail: string) => `${host} não permite iniciar ${label}: ${detail}`,
  binderAskAdminsHint: 'Fale com os administradores dele ou use outro BinderHub (binder-url).',
  binderFull: (host: string, detail: string) => `O BinderHub em ${host} está lotado no momento: ${detail}`,
  binderFullHint: 'Clique em “Tentar novamente” daqui a alguns minutos.',
  binderForbidden: (host: string, label: string, detail: string) => `O BinderHub em ${host} se recusou a iniciar ${label}: ${detail}`,
  binderRejected: (host: string, label: string, detail: string) => `O BinderHub em ${host} rejeitou a solicitação para ${label}: ${detail}`,
  binderRejectedHint: 'Verifique o atributo binder-url da célula: este BinderHub não aceita solicitações da forma habitual.',
  binderLaunchFailed: (host: string, label: string, detail: string) => `O BinderHub em ${host} não conseguiu iniciar um servidor para ${label}: ${detail}`,
  binderLaunchFailedHint: 'Ele pode estar ocupado: clique em “Tentar novamente” daqui a alguns minutos.',
  binderBuildFailedWaiting: (label: string, reason: string) => ptBuildFailed(label, 'a espera', reason),
  binderBuildFailedFetching: (label: string, reason: string) => ptBuildFailed(label, 'a obtenção', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => ptBuildFailed(label, 'a construção da imagem', reason),
  binderBuildFailedPushing: (label: string, reason: string) => ptBuildFailed(label, 'o salvamento da imagem', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `O registro da construção termina com: ${quoted(tail, '“', '”')}. ` : ''}` +
    'O ambiente do repositório (requirements.txt, environment.yml…) precisa ser corrigido pelo autor dele; o registro completo está em “Registro”.',
  binderFailed: (host: string, label: string, detail: string) =>
    `O BinderHub em ${host} não conseguiu iniciar ${label}: ${detail || 'ele não informou o motivo'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `O BinderHub em ${host} não conseguiu iniciar ${label}: informou que a imagem estava pronta, mas não iniciou nenhum servidor (o evento ready dele não tem url nem token).`,
  binderFailedHint: 'Clique em “Tentar novamente”; se continuar falhando, tente mais tarde.',

  binderServerStopped: (label: string) =>
    `O servidor Binder de ${label} parou (o Binder para servidores ociosos): as variáveis dele foram perdidas. O código de todas as células foi mantido.`,
  binderServerStoppedHint: 'Execute uma célula para iniciar um novo servidor.',
  binderKernelStopped: (label: string) =>
    `O kernel no servidor Binder de ${label} foi parado (o Binder para kernels ociosos): as variáveis dele foram perdidas. O código de todas as células foi mantido.`,
  binderKernelStoppedHint: 'Execute uma célula para iniciar um novo kernel.',
  binderRelaunching: (label: string) =>
    `O servidor Binder de ${label} foi encerrado: iniciando um novo. As variáveis anteriores foram perdidas.`,
  binderRestartingKernel: (label: string) => `O kernel de ${label} foi parado: iniciando um novo. As variáveis anteriores foram perdidas.`,
  binderRelaunched: (label: string) =>
    `O servidor Binder de ${label} foi encerrado e um novo foi iniciado: as variáveis anteriores foram perdidas, e nada foi executado novamente.`,
  binderKernelRestarted: (label: string) =>
    `O kernel de ${label} foi parado e um novo foi iniciado: as variáveis anteriores foram perdidas, e nada foi executado novamente.`,
  binderRunAgainHint: 'Execute novamente as células das quais esta depende.',
  binderServerLostDuringRun: (label: string) =>
    `O servidor Binder de ${label} parou enquanto esta célula era executada: as variáveis dele foram perdidas.`,
  binderKernelLostDuringRun: (label: string) => `O kernel de ${label} parou enquanto esta célula era executada: as variáveis dele foram perdidas.`,
  binderServerLostDuringRunHint: 'Clique em “Tentar novamente” para executar esta célula em um novo servidor (o código dela é mantido).',
  binderKernelLostDuringRunHint: 'Clique em “Tentar novamente” para executar esta célula em um novo kernel (o código dela é mantido).',
};

// Arabic: each interpolated string is isolated (\u2068…\u2069), as in ar.ts.
const arDuring = {
  connecting: (label: string) => `أثناء طلب تشغيل ${iso(label)}`,
  waiting: (label: string) => `أثناء انتظار بناء ${iso(label)}`,
  fetching: (label: string) => `أثناء جلب ${iso(label)}`,
  building: (label: string) => `أثناء بناء ${iso(label)}`,
  pushing: (label: string) => `أثناء حفظ صورة ${iso(label)}`,
  launching: (label: string) => `أثناء تشغيل خادم لـ ${iso(label)}`,
  starting: (label: string) => `أثناء تشغيل ${iso(label)}`,
};
const arLost = (host: string, during: string) => `انقطع الاتصال بـ BinderHub على ${iso(host)} ${during}.`;
const arSilent = (host: string, seconds: number, during: string) =>
  `لم يرسل BinderHub على ${iso(host)} أي شيء طوال ${arSeconds(seconds)} ${during}، لذا أُنهي الاتصال.`;
const arBuildFailed = (label: string, phase: string, reason: string) =>
  `فشل بناء Binder لـ ${iso(label)} أثناء ${phase}: ${reason ? iso(reason) : 'يوضح سجل البناء السبب'}`;

const ar: typeof en = {
  binderPhaseConnecting: 'اتصال',
  binderPhaseWaiting: 'انتظار',
  binderPhaseFetching: 'جلب',
  binderPhaseBuilding: 'بناء',
  binderPhasePushing: 'حفظ الصورة',
  binderPhaseBuilt: 'اكتمل البناء',
  binderPhaseLaunching: 'تشغيل الخادم',
  binderPhaseReady: 'جاهز',
  binderAsking: (host: string, label: string) => `جارٍ طلب خادم لـ ${iso(label)} من ${iso(host)}`,
  binderCheckingSaved: (label: string) => `جارٍ التحقق من خادم Binder الذي بدأ سابقًا لـ ${iso(label)}`,
  binderOtherTab: (label: string) => `تبويب آخر يبدأ خادم Binder لـ ${iso(label)}؛ وستستخدمه هذه الخلية أيضًا`,
  binderServerRunning: 'الخادم يعمل',
  binderRetry: 'إعادة المحاولة',

  binderNoRepo: 'لا تحدّد خلية Binder هذه أي مستودع.',
  binderNoRepoHint: 'أضف إليها السمة repo="owner/name" (مثل repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `«${iso(provider)}» ليس من مزوّدي Binder.`,
  binderProviderHint: (providers: string) => `استخدم في السمة provider إحدى القيم التالية: ${iso(providers)} (والقيمة الافتراضية gh، أي GitHub).`,
  binderUrlNotUrl: (url: string) => `عنوان Binder «${iso(url)}» ليس عنوان URL.`,
  binderUrlNotHttp: (url: string) => `عنوان Binder «${iso(url)}» ليس عنوان URL من نوع http(s).`,
  binderUrlHint: 'اضبط binder-url على BinderHub مثل https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `«${iso(repo)}» ليس مستودع GitHub: اكتبه بالصيغة owner/name.`,
  binderNotGitHubHint: 'مثل repo="binder-examples/requirements"؛ ولمضيف git آخر استخدم provider="git" مع عنوان URL الخاص بالاستنساخ.',
  binderNotGitLab: (repo: string) => `«${iso(repo)}» ليس مشروع GitLab: اكتبه بالصيغة group/project.`,
  binderNotGitLabHint: 'مثال: repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `«${iso(repo)}» ليس عنوان URL لاستنساخ git.`,
  binderNotGitUrlHint: 'مع provider="git" تكون قيمة repo هي عنوان URL الذي تستنسخ منه (https://… أو git://… أو ssh://… أو git@host:path).',
  binderNotGist: (repo: string) => `«${iso(repo)}» ليس gist: اكتبه بالصيغة user/gist-id.`,
  binderNotGistHint: 'مثال: repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `«${iso(repo)}» ليس معرّف DOI.`,
  binderNotDoiHint: 'اكتب معرّف DOI الخاص بالسجل، مثل repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `«${iso(repo)}» ليس موردًا في HydroShare.`,
  binderNotHydroShareHint: 'اكتب معرّف المورد المؤلف من 32 محرفًا أو عنوان URL الخاص به.',
  binderNotCkan: (repo: string) => `«${iso(repo)}» ليس عنوان URL لمجموعة بيانات في CKAN.`,
  binderNotCkanHint: 'اكتب عنوان URL لمجموعة البيانات، وهو يتضمن /dataset/.',

  binderUnreachable: (host: string) => `تعذّر الوصول إلى BinderHub على ${iso(host)}.`,
  binderUnreachableHint: 'تحقَّق من اتصالك بالشبكة ومن السمة binder-url للخلية، ثم اضغط «إعادة المحاولة».',
  binderLostConnecting: (host: string, label: string) => arLost(host, arDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => arLost(host, arDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => arLost(host, arDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => arLost(host, arDuring.building(label)),
  binderLostPushing: (host: string, label: string) => arLost(host, arDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => arLost(host, arDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => arLost(host, arDuring.starting(label)),
  binderLostHint: 'تحقَّق من شبكتك، ثم اضغط «إعادة المحاولة»: يستأنف BinderHub من حيث توقف (ويُعثر على الصورة المكتملة فورًا).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.starting(label)),
  binderSilentHint: 'ربما انقطع الاتصال في الطريق. اضغط «إعادة المحاولة» لإرسال الطلب مجددًا (ويُعثر على الصورة المكتملة فورًا).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `ردّ BinderHub على ${iso(host)} بالرمز ${iso(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`)} بدلًا من بدء البناء.`,
  binderHttpStatusHint: 'ربما يكون متوقفًا أو مثقلًا بالطلبات: اضغط «إعادة المحاولة» بعد دقيقة، أو حاول لاحقًا.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `لم يستجب ${iso(url)} كما يستجيب BinderHub (${contentType ? `أرسل ${iso(contentType)} بدلًا من تدفق أحداث` : 'لم يرسل تدفق أحداث'}).`,
  binderNotBinderHubHint: 'تحقَّق من السمة binder-url للخلية (مثل https://mybinder.org/) أو من data-binder-url في الصفحة.',

  binderRateLimited: (host: string, detail: string) =>
    `لن يبدأ ${iso(host)} مزيدًا من الخوادم لعنوان شبكتك في الوقت الحالي: فهو يحدّ عدد الخوادم التي يبدؤها كل ساعة (${iso(detail)}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `حاول مرة أخرى بعد الساعة ${clock('ar', n)} (${inMinutes('ar', minutes)})؛ لن تطلب هذه الصفحة منه ذلك مجددًا قبل هذا الوقت. وتظل الخوادم التي بدأت سابقًا تعمل.`,

  binderProviderUnknown: (host: string, provider: string) => `لا يعرف BinderHub على ${iso(host)} المزوّد «${iso(provider)}».`,
  binderRefNotFound: (label: string, detail: string) => `تعذّر على Binder العثور على ${iso(label)}: ${iso(detail)}`,
  binderRefNotFoundHint: 'تحقَّق من سمتي الخلية repo وref: يجب أن يكون المستودع عامًا، وأن تشير ref إلى فرع أو وسم أو إيداع (commit) موجود.',
  binderRepoUnreadable: (host: string, label: string, detail: string) =>
    `لا يستطيع BinderHub على ${iso(host)} قراءة المستودع «${iso(label)}»: ${iso(detail)}`,
  binderRepoUnreadableHint: 'تحقَّق من سمات الخلية repo وref وprovider.',
  binderNotAllowed: (host: string, label: string, detail: string) => `لا يسمح ${iso(host)} بتشغيل ${iso(label)}: ${iso(detail)}`,
  binderAskAdminsHint: 'تواصل مع مسؤوليه، أو استخدم BinderHub آخر (binder-url).',
  binderFull: (host: string, detail: string) => `BinderHub على ${iso(host)} ممتلئ حاليًا: ${iso(detail)}`,
  binderFullHint: 'اضغط «إعادة المحاولة» بعد بضع دقائق.',
  binderForbidden: (host: string, label: string, detail: string) => `رفض BinderHub على ${iso(host)} تشغيل ${iso(label)}: ${iso(detail)}`,
  binderRejected: (host: string, label: string, detail: string) => `رفض BinderHub على ${iso(host)} الطلب الخاص بـ ${iso(label)}: ${iso(detail)}`,
  binderRejectedHint: 'تحقَّق من السمة binder-url للخلية: لا يقبل BinderHub هذا الطلبات بالطريقة المعتادة.',
  binderLaunchFailed: (host: string, label: string, detail: string) =>
    `تعذّر على BinderHub على ${iso(host)} تشغيل خادم لـ ${iso(label)}: ${iso(detail)}`,
  binderLaunchFailedHint: 'ربما يكون مشغولًا: اضغط «إعادة المحاولة» بعد بضع دقائق.',
  binderBuildFailedWaiting: (label: string, reason: string) => arBuildFailed(label, 'الانتظار', reason),
  binderBuildFailedFetching: (label: string, reason: string) => arBuildFailed(label, 'الجلب', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => arBuildFailed(label, 'بناء الصورة', reason),
  binderBuildFailedPushing: (label: string, reason: string) => arBuildFailed(label, 'حفظ الصورة', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `ينتهي سجل البناء بما يلي: ${quoted(tail, '«\u2068', '\u2069»')}. ` : ''}` +
    'يجب أن يصلح مؤلف المستودع بيئته (requirements.txt وenvironment.yml…)؛ والسجل كاملًا تحت «السجل».',
  binderFailed: (host: string, label: string, detail: string) =>
    `تعذّر على BinderHub على ${iso(host)} تشغيل ${iso(label)}: ${detail ? iso(detail) : 'لم يذكر أي سبب'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `تعذّر على BinderHub على ${iso(host)} تشغيل ${iso(label)}: أفاد بأن الصورة جاهزة لكنه لم يبدأ أي خادم (حدث ready الخاص به بلا url وtoken).`,
  binderFailedHint: 'اضغط «إعادة المحاولة»؛ وإن استمر الفشل، فحاول لاحقًا.',

  binderServerStopped: (label: string) =>
    `توقف خادم Binder الخاص بـ ${iso(label)} (يوقف Binder الخوادم الخاملة): فُقدت متغيراته. وتبقى الشيفرة في كل الخلايا محفوظة.`,
  binderServerStoppedHint: 'شغِّل خلية لبدء خادم جديد.',
  binderKernelStopped: (label: string) =>
    `أُوقفت النواة على خادم Binder الخاص بـ ${iso(label)} (يوقف Binder الأنوية الخاملة): فُقدت متغيراتها. وتبقى الشيفرة في كل الخلايا محفوظة.`,
  binderKernelStoppedHint: 'شغِّل خلية لبدء نواة جديدة.',
  binderRelaunching: (label: string) => `أُزيل خادم Binder الخاص بـ ${iso(label)}: جارٍ تشغيل خادم جديد. فُقدت المتغيرات السابقة.`,
  binderRestartingKernel: (label: string) => `أُوقفت نواة ${iso(label)}: جارٍ بدء نواة جديدة. فُقدت المتغيرات السابقة.`,
  binderRelaunched: (label: string) =>
    `أُزيل خادم Binder الخاص بـ ${iso(label)} وشُغِّل خادم جديد: فُقدت المتغيرات السابقة، ولم يُعَد تشغيل أي شيء.`,
  binderKernelRestarted: (label: string) => `أُوقفت نواة ${iso(label)} وبدأت نواة جديدة: فُقدت المتغيرات السابقة، ولم يُعَد تشغيل أي شيء.`,
  binderRunAgainHint: 'شغِّل مجددًا الخلايا التي تعتمد عليها هذه الخلية.',
  binderServerLostDuringRun: (label: string) => `توقف خادم Binder الخاص بـ ${iso(label)} أثناء تشغيل هذه الخلية: فُقدت متغيراته.`,
  binderKernelLostDuringRun: (label: string) => `توقفت نواة ${iso(label)} أثناء تشغيل هذه الخلية: فُقدت متغيراتها.`,
  binderServerLostDuringRunHint: 'اضغط «إعادة المحاولة» لتشغيل هذه الخلية على خادم جديد (تبقى شيفرتها محفوظة).',
  binderKernelLostDuringRunHint: 'اضغط «إعادة المحاولة» لتشغيل هذه الخلية على نواة جديدة (تبقى شيفرتها محفوظة).',
};

export type BinderMessages = typeof en;

// With the backend's code, not before: a page loads the messages of the backends it uses.
addCatalogue({ en, de, fr, es, 'pt-BR': ptBR, ar });
