// SPDX-License-Identifier: BSD-3-Clause
// French (français).
import type { Messages } from './en.js';
import { number, percent, plural } from '../plural.js';

const L = 'fr';

export const fr: Messages = {
  // The cell's controls.
  codeLabel: 'Code',
  toolbarLabel: 'Cellule de code',
  run: 'Exécuter',
  runTitle: 'Exécuter (Shift+Enter)',
  stop: 'Arrêter',
  stopTitle: 'Arrêter le code en cours d’exécution',
  restart: 'Redémarrer',
  restartTitle: 'Redémarrer le noyau\u00a0: efface ses variables',
  reset: 'Réinitialiser',
  resetTitle: 'Rétablir le code d’origine',
  showCode: 'Afficher le code',
  hideCode: 'Masquer le code',
  executionCount: 'Numéro d’exécution',
  statusIdle: 'Prêt',
  statusConnecting: 'Démarrage…',
  statusBusy: 'Exécution…',
  statusError: 'Erreur',
  stdinLabel: 'Entrée (stdin)',
  outputLabel: 'Sortie',
  logSummary: (lines: number) =>
    plural(L, lines, { one: 'Journal (# ligne)', many: 'Journal (# de lignes)', other: 'Journal (# lignes)' }),
  progressLabel: (phase: string, fraction: number) => `${phase}\u00a0: ${percent(L, fraction)}`,
  codeLine: (line: number, message: string) => `Ligne ${number(L, line)}\u00a0: ${message}`,

  // What a run is waiting for.
  phaseWaiting: 'Attente',
  waitingForOtherCell: 'En attente d’une autre cellule qui utilise ce noyau…',
  phaseStartingPython: 'Démarrage de Python',
  loadingPython: 'Chargement de Python dans cette page (environ 6\u00a0MB la première fois)…',

  // The cell's settings.
  pageSettingsInvalid: (problems: string) => `Les paramètres exec-cell de cette page ne sont pas valides\u00a0: ${problems}.`,
  pageSettingsHint: 'L’auteur de la page peut les corriger sur la balise script d’exec-cell (attributs data-*) ou dans le bloc data-exec-cell-config de la page.',
  timeoutNotNumber: (value: string) => `timeout="${value}" n’est pas un nombre de secondes.`,
  timeoutHint: 'Indiquez un nombre de secondes pour la cellule, par exemple timeout="30" (0 pour aucune limite), ou supprimez l’attribut.',
  backendUnknown: (name: string) => `Backend «\u00a0${name}\u00a0» inconnu.`,
  backendUnknownHint: 'Utilisez backend="pyodide", "jupyter", "binder", "sagecell" ou "jobe".',
  cellSettingsInvalid: (detail: string) => `Les paramètres de cette cellule ne sont pas valides\u00a0: ${detail}.`,
  cellSettingsHint: 'Vérifiez les attributs server, binder-url et repo de la cellule.',

  // How a run ended, when it did not end well.
  timedOut: (seconds: number) =>
    plural(L, seconds, {
      one: 'Exécution arrêtée après #\u00a0s\u00a0: cette cellule peut s’exécuter pendant # seconde au maximum.',
      many: 'Exécution arrêtée après #\u00a0s\u00a0: cette cellule peut s’exécuter pendant # de secondes au maximum.',
      other: 'Exécution arrêtée après #\u00a0s\u00a0: cette cellule peut s’exécuter pendant # secondes au maximum.',
    }),
  timedOutHint: 'Rendez le code plus rapide ou demandez à l’auteur de la page une limite de temps plus longue.',
  restarted: 'Redémarré\u00a0: le noyau repart de zéro et ses variables sont effacées.',
  interruptRestartedKernel: 'Le code ne s’est pas arrêté lors de l’interruption, donc son noyau a été redémarré. Les variables du noyau sont perdues.',
  runCellsAgain: 'Réexécutez les cellules dont vous avez besoin.',
  somethingWentWrong: (detail: string) => `Un problème est survenu\u00a0: ${detail}`,
  pressRestartAndRetry: 'Cliquez sur «\u00a0Redémarrer\u00a0» et réessayez.',
  kernelStopped: 'Le noyau de cette cellule s’est arrêté. Ses variables sont perdues.',
  pressRestartForFreshKernel: 'Cliquez sur «\u00a0Redémarrer\u00a0» pour démarrer un nouveau noyau.',

  // Python in the browser.
  pythonNotRunning: 'Python n’est pas lancé.',
  pressRestartForFreshPython: 'Cliquez sur «\u00a0Redémarrer\u00a0» pour relancer Python.',
  pythonCrashed: 'Python s’est arrêté de façon inattendue (le navigateur a peut-être manqué de mémoire)\u00a0: les variables des exécutions précédentes sont perdues.',
  pythonCrashedHint: 'Réexécutez les cellules dont vous avez besoin\u00a0; Python redémarrera à la prochaine exécution.',
  stoppedWhilePackagesLoaded: 'Exécution arrêtée pendant le chargement des paquets, en redémarrant Python\u00a0: les variables des exécutions précédentes sont perdues.',
  interruptRestartedPython: 'Le code ne s’est pas arrêté lors de l’interruption, donc Python a été redémarré\u00a0: les variables des exécutions précédentes sont perdues.',
  stoppedByRestartingPython: 'Exécution arrêtée en redémarrant Python (cette page ne peut pas l’interrompre autrement)\u00a0: les variables des exécutions précédentes sont perdues.',
  pythonStoppedOnLeave: 'Python a été arrêté lorsque vous avez quitté la page\u00a0: les variables des exécutions précédentes sont perdues.',
  pythonOutOfMemory: (mib: number) =>
    `Python a manqué de mémoire (cette page lui accorde ${number(L, mib)}\u00a0MiB) et a donc été redémarré\u00a0: les variables des exécutions précédentes sont perdues.`,
  pythonOutOfMemoryHint: 'Utilisez moins de mémoire (données plus petites, moins de copies), puis réexécutez les cellules dont vous avez besoin.',
  pythonUnrecoverable: 'Python a rencontré une erreur irrécupérable et a donc été redémarré\u00a0: les variables des exécutions précédentes sont perdues.',
  pythonBootTimeout: (seconds: number) => `Python n’a pas démarré dans le délai de ${number(L, seconds)}\u00a0s.`,
  pythonBootTimeoutHint: 'La première visite télécharge environ 6\u00a0MB\u00a0: sur une connexion lente, rechargez la page et réessayez. Si l’échec persiste, le site ne sert peut-être pas le dossier pyodide/ d’exec-cell.',
  pythonStoppedBeforeStart: 'Python a été arrêté avant d’avoir démarré.',
  pythonWorkerFailed: (detail: string) => `Le worker Python a échoué${detail ? ` (${detail})` : ''}.`,
  pythonWorkerFailedHint: 'Rechargez la page. Si l’échec persiste, le site ne sert peut-être pas les fichiers d’exec-cell (ses dossiers chunks/ et pyodide/).',

  // Outputs.
  inputRequested: 'Saisie demandée par le code',
  send: 'Envoyer',
  longOutput: (shown: number, total: number) =>
    `Sortie longue\u00a0: affichage des ${number(L, shown)} dernières lignes sur ${number(L, total)}.`,
  showAll: 'Tout afficher',
  download: 'Télécharger',
  showingAll: (total: number) =>
    plural(L, total, {
      one: '# ligne affichée.',
      many: 'Les # de lignes sont toutes affichées.',
      other: 'Les # lignes sont toutes affichées.',
    }),
  outputNotShown: (detail: string) => `Cette sortie n’a pas pu être affichée\u00a0: ${detail}`,
  imageTooLarge: (mb: number, maxMb: number) =>
    `Cette image est trop grande pour être affichée ici (${number(L, mb)}\u00a0MB\u00a0; au maximum ${number(L, maxMb)}\u00a0MB). Réduisez-la (résolution ou dpi plus faible) et réexécutez la cellule.`,
  outputTypeUnknown: (types: string) => (types ? `[une sortie de type ${types} ne peut pas être affichée ici]` : '[une sortie sans contenu]'),

  // An error output in exec-cell's own words (a Jobe compile error): its name, then what happened.
  errorLine: (name: string, value: string) => `${name}\u00a0: ${value}`,

  // Interactive outputs: Sage's @interact and Jupyter widgets.
  interactControls: 'Contrôles interactifs',
  submit: 'Valider',
  rangeUpperEnd: 'borne supérieure',
  numbered: (name: string, n: number) => `${name} ${number(L, n)}`,
  matrixEntry: (name: string, row: number, column: number) => `${name}, ligne ${number(L, row)}, colonne ${number(L, column)}`,
  controlUnsupported: (name: string, type: string) => `[${name}\u00a0: un contrôle de type ${type} ne peut pas être affiché ici]`,
  widgetValue: 'Valeur',
  widgetLower: (name: string) => `${name} (borne inférieure)`,
  widgetUpper: (name: string) => `${name} (borne supérieure)`,
  widgetNotShown: (detail: string) => `Ce widget n’a pas pu être affiché\u00a0: ${detail}`,
  widgetNoModel: 'Cette sortie de widget ne désigne aucun modèle de widget, elle ne peut donc pas être affichée.',
  widgetNotLive: 'Ce widget n’est pas actif\u00a0: le noyau qui l’a créé n’est pas connecté à cette cellule. Exécutez la cellule pour obtenir un widget actif.',
  widgetClosed: 'Ce widget n’est plus actif (son noyau l’a fermé ou a redémarré). Réexécutez la cellule pour obtenir un widget actif.',
  widgetLibraryMissing: (library: string, supported: string) =>
    `Ce widget provient de la bibliothèque ${library}, dont cette page ne dispose pas\u00a0; son texte est donc affiché à la place. Bibliothèques de widgets actives ici\u00a0: ${supported}.`,
  widgetKernelStopped: 'Le noyau s’est arrêté\u00a0: ce widget ne fonctionne plus.',

  // Pages written for the SageCell embed: the menu of a cell that offers several languages.
  languageMenu: 'Langage',
  // What a screen reader hears when a run ends (once, not each line of output).
  announceFinished: (count: number) =>
    count === 0 ? 'Exécution terminée, aucune sortie' : plural(L, count, { one: 'Exécution terminée, # sortie', other: 'Exécution terminée, # sorties' }),
  announceError: (name: string) => `Exécution terminée sur une erreur\u00a0: ${name}`,
  announceStopped: 'Exécution arrêtée',

  // Starting a kernel on a Jupyter server: said before any backend's code has loaded.
  jupyterNoServer: 'Cette cellule n’a aucun serveur Jupyter sur lequel s’exécuter.',
  jupyterNoServerHint: 'Donnez à la cellule un attribut server="https://…", ou à la page un attribut data-server sur la balise script d’exec-cell.',
  jupyterPhaseStartingKernel: 'Démarrage du noyau',
  jupyterStartingKernel: (name: string, server: string) => `Démarrage d’un noyau ${name} sur ${server}`,
  jupyterUnreachable: (server: string) => `Impossible de joindre le serveur Jupyter ${server}.`,
  jupyterUnreachableHint:
    'Vérifiez que le serveur fonctionne, qu’il est joignable depuis cette page et qu’il autorise l’origine de cette page (ServerApp.allow_origin).',
  jupyterTokenRefused: (server: string, status: number, reason: string) =>
    `Le serveur Jupyter ${server} a refusé le jeton (${number('fr', status)} ${reason}).`,
  jupyterTokenRefusedHint:
    'Vérifiez le jeton\u00a0: l’attribut token de la cellule ou l’attribut data-token de la page doit correspondre au jeton du serveur.',
  jupyterNoSuchKernel: (server: string, name: string) => `Le serveur Jupyter ${server} n’a aucun noyau nommé «\u00a0${name}\u00a0».`,
  jupyterKernelsAvailable: (names: string) => `Utilisez l’un de ces noyaux\u00a0: ${names} (attribut kernel).`,
  jupyterStartFailed: (server: string, name: string, detail: string) =>
    `Le serveur Jupyter ${server} n’a pas pu démarrer de noyau ${name}\u00a0: ${detail}`,
  jupyterTryLater: 'Réessayez plus tard ou contactez l’administrateur du serveur.',
  jupyterBackendUnavailable: (backend: string) => `Le backend ${backend} n’est pas disponible dans cette version d’exec-cell.`,
  jupyterBackendUnavailableHint: 'Utilisez backend="pyodide" (Python dans le navigateur) ou backend="jupyter" avec un attribut server="…".',
  jupyterChunkFailed: (backend: string, detail: string) => `Impossible de charger le code du backend ${backend} (${detail}).`,
  jupyterChunkFailedHint: 'Vérifiez votre connexion et rechargez la page.',
};
