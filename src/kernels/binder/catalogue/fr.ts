// SPDX-License-Identifier: BSD-3-Clause
import { plural } from '../../../i18n/plural.js';
import { quoted, clock, inMinutes } from './shared.js';
import type { en } from './en.js';

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

export const fr: typeof en = {
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
