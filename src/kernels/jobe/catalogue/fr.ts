// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

const L_FR = 'fr';
const charactersFr = (count: number) => plural(L_FR, count, { one: '#\u00a0caractère', many: '#\u00a0de caractères', other: '#\u00a0caractères' });

export const fr: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'Vérifiez que le serveur Jobe est en marche. Par défaut, Jobe n’envoie aucun en-tête CORS, si bien qu’une page d’un autre site ne peut pas lire ses réponses\u00a0: ' +
    'le site a besoin d’un proxy Jobe (le plugin Moodle en fournit un) ou d’un Jobe configuré pour autoriser l’origine de cette page.',
  jobeUnreachable: (root: string) => `Impossible de joindre le serveur Jobe à l’adresse ${root}.`,
  jobeNotLanguageList: (root: string) => `${root}languages n’a pas répondu par la liste des langages de Jobe.`,
  jobeNotLanguageListHint:
    'Vérifiez l’attribut server de la cellule (ou data-jobe-url de la page)\u00a0: ce doit être la racine REST de Jobe, par exemple https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `Le serveur Jobe à l’adresse ${root} a renvoyé une réponse qui n’est pas un résultat d’exécution.`,
  jobeNotJson: (root: string) => `Le serveur Jobe à l’adresse ${root} a répondu par autre chose que du JSON.`,
  jobeSignIn: 'Connectez-vous pour exécuter ce code.',
  jobeSignInHint:
    'Votre code reste dans cette cellule\u00a0: connectez-vous (dans un autre onglet, ou rechargez cette page après vous être connecté), puis cliquez sur «\u00a0Exécuter\u00a0».',
  jobeRefused: (status: number, detail: string) => `Le serveur Jobe a refusé d’exécuter ce code (${status}${detail ? `\u00a0: ${detail}` : ''}).`,
  jobeRefusedHint: 'Si la page vous demande de vous connecter, connectez-vous et réexécutez la cellule\u00a0; sinon, prévenez l’auteur de la page.',
  jobeTooLarge: (detail: string) => `Le programme ou son entrée est trop volumineux pour le serveur Jobe${detail ? ` (${detail})` : ''}.`,
  jobeTooLargeHint: 'Réduisez la taille du programme ou de son entrée.',
  jobeRateLimited: (detail: string) => `Trop d’exécutions en peu de temps${detail ? ` (${detail})` : ''}.`,
  jobeRateLimitedHint: 'Patientez une minute, puis réexécutez la cellule.',
  jobeNoApi: (root: string, path: string) => `${root} n’offre pas l’API REST de Jobe (404 pour ${path || 'la requête'}).`,
  jobeNoApiHint: 'Vérifiez l’attribut server de la cellule (ou data-jobe-url de la page)\u00a0: la racine REST de Jobe se termine par /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `Le serveur Jobe a rejeté l’exécution\u00a0: ${detail || 'requête invalide'}.`,
  jobeRejectedHint: 'Vérifiez le langage et les limites de la cellule.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `Le serveur Jobe à l’adresse ${root} a échoué (HTTP ${status}${detail ? `\u00a0: ${detail}` : ''}).`,
  jobeServerFailedHint: 'Réessayez dans une minute\u00a0; si l’échec persiste, prévenez l’administrateur du site.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'Cette cellule n’a aucun serveur Jobe sur lequel s’exécuter.',
  jobeNoServerHint:
    'Donnez à la cellule un attribut server="…" (la racine REST de Jobe, par exemple https://jobe.example.edu/jobe/index.php/restapi/, ou le proxy Jobe du site), ou à la page un attribut data-jobe-url.',
  jobeNoLanguage: 'Cette cellule Jobe n’indique pas dans quel langage son code est écrit.',
  jobeNoLanguageHint: 'Donnez-lui un attribut language, par exemple language="c", "cpp", "java" ou "python".',
  jobeLanguageUnknown: (language: string) => `Le serveur Jobe n’exécute pas le langage «\u00a0${language}\u00a0».`,
  jobeLanguageUnknownHint: (languages: string) => `Il exécute\u00a0: ${languages} (attribut language de la cellule).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'Sortie tronquée',
  jobeOutputCut: (n: number) =>
    plural(L_FR, n, {
      one: 'Le programme a affiché plus que ce que le serveur Jobe conserve\u00a0: seul le premier caractère est affiché.',
      other: 'Le programme a affiché plus que ce que le serveur Jobe conserve\u00a0: seuls les #\u00a0premiers caractères sont affichés.',
    }),
  jobeCompileErrorName: 'Erreur de compilation',
  jobeCompileError: 'La compilation du programme a échoué.',
  jobeCompileErrorAt: (line: number) => `La compilation du programme a échoué (ligne ${number(L_FR, line)}).`,
  jobeRuntimeErrorName: 'Erreur d’exécution',
  jobeRuntimeError: 'Le programme s’est arrêté sur une erreur (un code de sortie non nul ou un signal).',
  jobeTimeLimitName: 'Limite de temps',
  jobeTimeLimit: (seconds: number) => `Le programme a dépassé sa limite de temps (${number(L_FR, seconds)}\u00a0s de temps CPU) et a été arrêté.`,
  jobeTimeLimitDefault: (seconds: number) =>
    `Le programme a dépassé sa limite de temps (${number(L_FR, seconds)}\u00a0s de temps CPU, la valeur par défaut du serveur) et a été arrêté.`,
  jobeTimeLimitHint: 'Cherchez une boucle qui ne se termine jamais, ou donnez à la cellule un cputime="…" plus grand (le serveur le plafonne).',
  jobeMemoryLimitName: 'Limite de mémoire',
  jobeMemoryLimit: (mb: number) => `Le programme a dépassé sa limite de mémoire (${number(L_FR, mb)}\u00a0MB) et a été arrêté.`,
  jobeMemoryLimitDefault: 'Le programme a dépassé sa limite de mémoire (la valeur par défaut du serveur) et a été arrêté.',
  jobeMemoryLimitHint: 'Utilisez moins de mémoire, ou donnez à la cellule un memorylimit="…" plus grand, en mégaoctets.',
  jobeForbiddenName: 'Interdit',
  jobeForbidden: 'Le programme a tenté une opération que le bac à sable de Jobe n’autorise pas (un appel système interdit) et a été arrêté.',
  jobeBusy: 'Le serveur Jobe est surchargé\u00a0: tous ses bacs à sable sont restés occupés pendant 10\u00a0secondes, il n’a donc pas exécuté ce code.',
  jobeBusyHint: 'Patientez un instant, puis réexécutez la cellule.',
  jobeInternalError: (detail: string) => `Le serveur Jobe a rencontré une erreur interne${detail ? `\u00a0: ${detail}` : ''}.`,
  jobeInternalErrorHint: 'Réessayez\u00a0; si l’échec persiste, prévenez l’administrateur du site.',
  jobeUnknownOutcome: (n: number) => `Le serveur Jobe a répondu avec le code de résultat ${n}, qu’exec-cell ne connaît pas.`,
  jobeUnknownOutcomeHint: 'Prévenez l’auteur de la page.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'Arrêté',
  jobeStopped:
    'Cette page a cessé d’attendre la réponse. Le serveur Jobe termine la tâche de lui-même (sa limite de temps arrête un programme qui ne se termine pas).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `Le programme est trop volumineux pour être envoyé au serveur Jobe\u00a0: ${charactersFr(count)}, alors que ${number(L_FR, n)} au maximum sont envoyés.`,
  jobeProgramTooLargeHint: 'Réduisez la taille du programme.',
  jobeInputTooLarge: (count: number, n: number) =>
    `L’entrée est trop volumineuse pour être envoyée au serveur Jobe\u00a0: ${charactersFr(count)}, alors que ${number(L_FR, n)} au maximum sont envoyés.`,
  jobeInputTooLargeHint: 'Raccourcissez le texte de la zone de saisie.',
};
