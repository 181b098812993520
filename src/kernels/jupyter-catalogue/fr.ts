// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../i18n/plural.js';
import { megabytes } from './shared.js';
import type { en } from './en.js';

export const fr: typeof en = {

  jupyterSocketNotOpen: (server: string) => `Le noyau a démarré, mais sa connexion à ${server} ne s’ouvre pas.`,
  jupyterSocketNotOpenHint:
    'Vérifiez que les WebSockets atteignent le serveur (un proxy placé devant lui doit les laisser passer), puis cliquez sur «\u00a0Redémarrer\u00a0».',
  jupyterNotRunning: 'Le noyau n’est pas lancé.',
  jupyterConnectionDown: 'La connexion au noyau est coupée.',
  jupyterFreshKernelInstead: 'Un nouveau noyau est démarré à la place.',
  jupyterRestartNoAnswer: 'Le noyau redémarré ne répond pas.',
  jupyterRestartFailed: (detail: string) => `Impossible de redémarrer le noyau\u00a0: ${detail}`,
  jupyterReloadToStartOver: 'Rechargez la page pour tout reprendre depuis le début.',
  jupyterCodeNotSent: 'Le code n’a pas atteint le noyau\u00a0: la connexion a été coupée pendant son envoi.',
  jupyterRunCellAgain: 'Réexécutez la cellule.',
  jupyterReconnected: 'Reconnecté au serveur Jupyter\u00a0: le noyau a conservé ses variables.',
  jupyterKernelGone: (server: string) =>
    `Le serveur Jupyter ${server} n’a plus ce noyau (le serveur a redémarré ou a arrêté le noyau)\u00a0: les variables du noyau sont perdues.`,
  jupyterRestartThenRunCells:
    'Cliquez sur «\u00a0Redémarrer\u00a0» pour démarrer un nouveau noyau, puis réexécutez les cellules dont vous avez besoin.',
  jupyterKernelDied:
    'Le noyau s’est arrêté pendant l’exécution de ce code (il a peut-être planté ou manqué de mémoire). Ses variables sont perdues.',
  jupyterConnectionLost: (server: string) => `La connexion au serveur Jupyter ${server} a été perdue.`,
  jupyterConnectionLostHint:
    'La cellule se reconnecte d’elle-même dès que le serveur est de nouveau joignable\u00a0; sinon, vérifiez que le serveur fonctionne toujours, puis cliquez sur «\u00a0Redémarrer\u00a0».',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `Ce code est trop volumineux pour être envoyé à un serveur Jupyter (${megabytes('fr', mb)}\u00a0MB\u00a0; un serveur accepte au maximum ${megabytes('fr', maxMb)}\u00a0MB).`,
  jupyterCodeTooLargeHint:
    'Raccourcissez la cellule\u00a0: chargez les données volumineuses depuis un fichier ou une URL au lieu de les coller dans le code.',

  jupyterWidgetsRestarted: 'Le noyau a redémarré\u00a0: ces widgets ne fonctionnent plus. Réexécutez la cellule pour obtenir des widgets actifs.',
  jupyterWidgetsShutDown: 'Le noyau a été arrêté\u00a0: ces widgets ne fonctionnent plus. Réexécutez la cellule pour obtenir des widgets actifs.',
  jupyterWidgetsKernelStopped:
    'Le noyau s’est arrêté\u00a0: ces widgets ne fonctionnent plus. Cliquez sur «\u00a0Redémarrer\u00a0», puis réexécutez la cellule.',
  jupyterWidgetsKernelGone:
    'Le noyau n’existe plus\u00a0: ces widgets ne fonctionnent plus. Cliquez sur «\u00a0Redémarrer\u00a0», puis réexécutez la cellule.',

  hubPhaseSigningIn: 'Connexion',
  hubAskingForServer: 'Demande de votre serveur Jupyter à ce site…',
  hubPhaseStartingServer: 'Démarrage de votre serveur',
  hubStartingServer: 'Démarrage de votre serveur Jupyter…',
  hubSignInUnreachable: (url: string) => `Impossible de joindre le service de connexion Jupyter de ce site (${url}).`,
  hubSignInUnreachableHint: 'Vérifiez votre connexion réseau, puis réexécutez la cellule.',
  hubNoCapability: 'Vous n’êtes pas autorisé à exécuter du code ici sur le JupyterHub de ce site.',
  hubNoCapabilityHint: 'Demandez l’accès à votre enseignant ou à l’administrateur du site (capacité filter/execcell:runjupyter).',
  hubNotRecognised: 'Reconnectez-vous\u00a0: ce site ne vous a pas reconnu pour exécuter du code sur votre serveur Jupyter.',
  hubNotRecognisedHint:
    'Votre session a peut-être expiré. Reconnectez-vous au site (ou demandez l’accès à son administrateur), puis réexécutez la cellule.',
  hubAnswerCutOff: 'Le JupyterHub est injoignable\u00a0: la réponse concernant votre serveur Jupyter a été interrompue.',
  hubAnswerCutOffHint: 'Réexécutez la cellule dans un instant\u00a0; si le problème persiste, prévenez l’administrateur du site.',
  hubBadAnswer: 'Le service de connexion Jupyter de ce site a répondu sans serveur ni jeton.',
  hubBadAnswerHint: 'Prévenez l’administrateur du site\u00a0: le point d’accès aux jetons doit répondre {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `Votre serveur n’a pas pu démarrer\u00a0: ${detail}`,
  hubSpawnFailedNoReason: 'Votre serveur n’a pas pu démarrer\u00a0: le JupyterHub n’a donné aucune raison.',
  hubSpawnFailedHint: 'Réexécutez la cellule dans un instant\u00a0; en cas de nouvel échec, prévenez l’administrateur du site.',
  hubRateLimited: (detail: string) => `Trop de demandes de jeton Jupyter\u00a0: ${detail}`,
  hubRateLimitedNoDetail: 'Trop de demandes de jeton Jupyter.',
  hubRateLimitedHint: 'Attendez une minute, puis réexécutez la cellule.',
  hubSignInAgain: 'Reconnectez-vous\u00a0: ce site ne vous a pas reconnu.',
  hubSignInAgainHint: 'Reconnectez-vous au site, puis réexécutez la cellule.',
  hubUnreachable: (detail: string) => `Le JupyterHub est injoignable\u00a0: ${detail}`,
  hubUnreachableStatus: (status: number) => `Le JupyterHub est injoignable (le site a répondu ${number('fr', status)}).`,
  hubUnreachableHint: 'Réexécutez la cellule dans quelques minutes\u00a0; si l’échec persiste, prévenez l’administrateur du site.',
  hubTokenRefused: (server: string) => `Votre serveur Jupyter ${server} a refusé le jeton que ce site a émis pour lui.`,
  hubTokenRefusedHint:
    'Rechargez la page\u00a0; si le problème se reproduit, prévenez l’administrateur du site (le point d’accès aux jetons émet peut-être des jetons pour un autre utilisateur).',
};
