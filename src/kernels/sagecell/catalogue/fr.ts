// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

export const fr: typeof en = {
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
