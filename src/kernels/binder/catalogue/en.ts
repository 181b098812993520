// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../../i18n/plural.js';
import { quoted, clock } from './shared.js';

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

export const en = {
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
