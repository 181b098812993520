// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the Jupyter and JupyterHub backends (jupyter.ts, comms.ts, hub/) say to the reader, in
 * every language exec-cell speaks. Each language has exactly English's keys and parameters (the
 * type checker and test/unit/i18n.test.ts hold them to it). They join the catalogues when the
 * backend's code loads (its modules import this file), so a page carries the messages of the
 * backends it uses only; what is said while a kernel starts, before that code has arrived
 * (jupyter-start.ts, registry.ts), is in the core catalogues. Keys begin with the backend's
 * name, as they share one catalogue with every other backend.
 *
 * `server`, `url`, `name`, `names`, `backend`, `reason` and `detail` come from elsewhere (a
 * URL, a kernel name, a server's own message) and are shown as they came.
 */
import { number } from '../i18n/plural.js';
import { addCatalogue } from '../i18n/language.js';

/** Megabytes with one decimal, as the language writes them (10.0 / 10,0). */
function megabytes(lang: string, mb: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mb);
}

const en = {
  // A kernel's session (jupyter.ts).
  jupyterSocketNotOpen: (server: string) => `The kernel started, but its connection to ${server} does not open.`,
  jupyterSocketNotOpenHint: 'Check that websockets reach the server (a proxy in front of it must pass them), then press Restart.',
  jupyterNotRunning: 'The kernel is not running.',
  jupyterConnectionDown: 'The kernel’s connection is down.',
  jupyterFreshKernelInstead: 'A fresh kernel is started instead.',
  jupyterRestartNoAnswer: 'The restarted kernel does not answer.',
  jupyterRestartFailed: (detail: string) => `Could not restart the kernel: ${detail}`,
  jupyterReloadToStartOver: 'Reload the page to start over.',
  jupyterCodeNotSent: 'The code did not reach the kernel: the connection dropped while it was being sent.',
  jupyterRunCellAgain: 'Run the cell again.',
  jupyterReconnected: 'Reconnected to the Jupyter server: the kernel kept its variables.',
  jupyterKernelGone: (server: string) =>
    `The Jupyter server at ${server} no longer has this kernel (the server was restarted, or it shut the kernel down): the kernel’s variables are lost.`,
  jupyterRestartThenRunCells: 'Press Restart to start a fresh kernel, then run the cells you need again.',
  jupyterKernelDied: 'The kernel stopped while running this code (it may have crashed or run out of memory). Its variables are lost.',
  jupyterConnectionLost: (server: string) => `Lost the connection to the Jupyter server at ${server}.`,
  jupyterConnectionLostHint:
    'The cell reconnects by itself once the server can be reached again; if it does not, check that the server is still running, then press Restart.',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `This code is too large to send to a Jupyter server (${mb.toFixed(1)} MB; a server takes at most ${maxMb.toFixed(1)} MB).`,
  jupyterCodeTooLargeHint: 'Make the cell shorter: load large data from a file or a URL instead of pasting it into the code.',

  // Where a kernel's live widgets were, once they stop working.
  jupyterWidgetsRestarted: 'The kernel restarted: these widgets no longer work. Run the cell again to get live ones.',
  jupyterWidgetsShutDown: 'The kernel was shut down: these widgets no longer work. Run the cell again to get live ones.',
  jupyterWidgetsKernelStopped: 'The kernel stopped: these widgets no longer work. Press Restart, then run the cell again.',
  jupyterWidgetsKernelGone: 'The kernel is gone: these widgets no longer work. Press Restart, then run the cell again.',

  // The reader's own JupyterHub server (hub/).
  hubPhaseSigningIn: 'signing in',
  hubAskingForServer: 'Asking this site for your Jupyter server…',
  hubPhaseStartingServer: 'starting your server',
  hubStartingServer: 'Starting your Jupyter server…',
  hubSignInUnreachable: (url: string) => `Could not reach this site's Jupyter sign-in at ${url}.`,
  hubSignInUnreachableHint: 'Check your network connection, then run the cell again.',
  hubNoCapability: 'You may not run code on this site’s Jupyter hub here.',
  hubNoCapabilityHint: 'Ask your teacher or the site’s administrator for access (the capability filter/execcell:runjupyter).',
  hubNotRecognised: 'Sign in again: this site did not recognise you for running code on your Jupyter server.',
  hubNotRecognisedHint:
    'Your session may have ended. Sign in to the site again (or ask its administrator for access), then run the cell again.',
  hubAnswerCutOff: 'The hub is not reachable: the answer about your Jupyter server was cut off.',
  hubAnswerCutOffHint: 'Run the cell again in a moment; if it keeps happening, tell the site’s administrator.',
  hubBadAnswer: 'This site’s Jupyter sign-in answered without a server and a token.',
  hubBadAnswerHint: 'Tell the site’s administrator: the token endpoint must answer {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `Your server could not start: ${detail}`,
  hubSpawnFailedNoReason: 'Your server could not start: the hub gave no reason',
  hubSpawnFailedHint: 'Run the cell again in a moment; if it fails again, tell the site’s administrator.',
  hubRateLimited: (detail: string) => `Too many requests for a Jupyter token: ${detail}`,
  hubRateLimitedNoDetail: 'Too many requests for a Jupyter token.',
  hubRateLimitedHint: 'Wait a minute, then run the cell again.',
  hubSignInAgain: 'Sign in again: this site did not recognise you.',
  hubSignInAgainHint: 'Sign in to the site again, then run the cell again.',
  hubUnreachable: (detail: string) => `The hub is not reachable: ${detail}`,
  hubUnreachableStatus: (status: number) => `The hub is not reachable (the site answered ${number('en', status)})`,
  hubUnreachableHint: 'Run the cell again in a few minutes; if it keeps failing, tell the site’s administrator.',
  hubTokenRefused: (server: string) => `Your Jupyter server at ${server} refused the token this site gave for it.`,
  hubTokenRefusedHint:
    'Reload the page; if it happens again, tell the site’s administrator (the token endpoint may mint tokens for another user).',
};


const de: typeof en = {

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

const fr: typeof en = {

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

const es: typeof en = {

  jupyterSocketNotOpen: (server: string) => `El kernel se inició, pero su conexión con ${server} no se abre.`,
  jupyterSocketNotOpenHint:
    'Compruebe que los websockets lleguen al servidor (un proxy delante de él debe dejarlos pasar) y luego pulse «Reiniciar».',
  jupyterNotRunning: 'El kernel no se está ejecutando.',
  jupyterConnectionDown: 'La conexión con el kernel está caída.',
  jupyterFreshKernelInstead: 'En su lugar se inicia un kernel nuevo.',
  jupyterRestartNoAnswer: 'El kernel reiniciado no responde.',
  jupyterRestartFailed: (detail: string) => `No se pudo reiniciar el kernel: ${detail}`,
  jupyterReloadToStartOver: 'Recargue la página para empezar de nuevo.',
  jupyterCodeNotSent: 'El código no llegó al kernel: la conexión se cortó mientras se enviaba.',
  jupyterRunCellAgain: 'Vuelva a ejecutar la celda.',
  jupyterReconnected: 'Conectado de nuevo al servidor Jupyter: el kernel conservó sus variables.',
  jupyterKernelGone: (server: string) =>
    `El servidor Jupyter ${server} ya no tiene este kernel (el servidor se reinició o cerró el kernel): se han perdido las variables del kernel.`,
  jupyterRestartThenRunCells: 'Pulse «Reiniciar» para iniciar un kernel nuevo y vuelva a ejecutar las celdas que necesite.',
  jupyterKernelDied:
    'El kernel se detuvo mientras ejecutaba este código (puede que haya fallado o se haya quedado sin memoria). Sus variables se han perdido.',
  jupyterConnectionLost: (server: string) => `Se perdió la conexión con el servidor Jupyter ${server}.`,
  jupyterConnectionLostHint:
    'La celda se vuelve a conectar sola en cuanto se pueda llegar de nuevo al servidor; si no lo hace, compruebe que el servidor siga en marcha y luego pulse «Reiniciar».',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `Este código es demasiado grande para enviarlo a un servidor Jupyter (${megabytes('es', mb)}\u00a0MB; un servidor acepta como máximo ${megabytes('es', maxMb)}\u00a0MB).`,
  jupyterCodeTooLargeHint: 'Acorte la celda: cargue los datos grandes desde un archivo o una URL en lugar de pegarlos en el código.',

  jupyterWidgetsRestarted: 'El kernel se reinició: estos widgets ya no funcionan. Vuelva a ejecutar la celda para obtener widgets activos.',
  jupyterWidgetsShutDown: 'El kernel se cerró: estos widgets ya no funcionan. Vuelva a ejecutar la celda para obtener widgets activos.',
  jupyterWidgetsKernelStopped: 'El kernel se detuvo: estos widgets ya no funcionan. Pulse «Reiniciar» y vuelva a ejecutar la celda.',
  jupyterWidgetsKernelGone: 'El kernel ya no existe: estos widgets ya no funcionan. Pulse «Reiniciar» y vuelva a ejecutar la celda.',

  hubPhaseSigningIn: 'Iniciando sesión',
  hubAskingForServer: 'Pidiendo a este sitio su servidor Jupyter…',
  hubPhaseStartingServer: 'Iniciando su servidor',
  hubStartingServer: 'Iniciando su servidor Jupyter…',
  hubSignInUnreachable: (url: string) => `No se pudo conectar con el inicio de sesión de Jupyter de este sitio en ${url}.`,
  hubSignInUnreachableHint: 'Compruebe su conexión de red y vuelva a ejecutar la celda.',
  hubNoCapability: 'No tiene permiso para ejecutar código aquí en el JupyterHub de este sitio.',
  hubNoCapabilityHint: 'Pida acceso a su profesor o al administrador del sitio (la capacidad filter/execcell:runjupyter).',
  hubNotRecognised: 'Vuelva a iniciar sesión: este sitio no lo reconoció para ejecutar código en su servidor Jupyter.',
  hubNotRecognisedHint:
    'Puede que su sesión haya terminado. Vuelva a iniciar sesión en el sitio (o pida acceso a su administrador) y vuelva a ejecutar la celda.',
  hubAnswerCutOff: 'No se puede conectar con el JupyterHub: la respuesta sobre su servidor Jupyter se cortó.',
  hubAnswerCutOffHint: 'Vuelva a ejecutar la celda en un momento; si sigue ocurriendo, avise al administrador del sitio.',
  hubBadAnswer: 'El inicio de sesión de Jupyter de este sitio respondió sin servidor ni token.',
  hubBadAnswerHint: 'Avise al administrador del sitio: el punto de acceso de tokens debe responder {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `Su servidor no pudo iniciarse: ${detail}`,
  hubSpawnFailedNoReason: 'Su servidor no pudo iniciarse: el JupyterHub no indicó el motivo.',
  hubSpawnFailedHint: 'Vuelva a ejecutar la celda en un momento; si vuelve a fallar, avise al administrador del sitio.',
  hubRateLimited: (detail: string) => `Demasiadas solicitudes de un token de Jupyter: ${detail}`,
  hubRateLimitedNoDetail: 'Demasiadas solicitudes de un token de Jupyter.',
  hubRateLimitedHint: 'Espere un minuto y vuelva a ejecutar la celda.',
  hubSignInAgain: 'Vuelva a iniciar sesión: este sitio no lo reconoció.',
  hubSignInAgainHint: 'Vuelva a iniciar sesión en el sitio y luego ejecute de nuevo la celda.',
  hubUnreachable: (detail: string) => `No se puede conectar con el JupyterHub: ${detail}`,
  hubUnreachableStatus: (status: number) => `No se puede conectar con el JupyterHub (el sitio respondió ${number('es', status)}).`,
  hubUnreachableHint: 'Vuelva a ejecutar la celda dentro de unos minutos; si sigue fallando, avise al administrador del sitio.',
  hubTokenRefused: (server: string) => `Su servidor Jupyter ${server} rechazó el token que este sitio emitió para él.`,
  hubTokenRefusedHint:
    'Recargue la página; si vuelve a ocurrir, avise al administrador del sitio (puede que el punto de acceso de tokens emita tokens para otro usuario).',
};

const ptBR: typeof en = {

  jupyterSocketNotOpen: (server: string) => `O kernel foi iniciado, mas a conexão dele com ${server} não abre.`,
  jupyterSocketNotOpenHint:
    'Verifique se os websockets chegam ao servidor (um proxy na frente dele precisa deixá-los passar) e clique em “Reiniciar”.',
  jupyterNotRunning: 'O kernel não está em execução.',
  jupyterConnectionDown: 'A conexão com o kernel caiu.',
  jupyterFreshKernelInstead: 'Em vez disso, um novo kernel é iniciado.',
  jupyterRestartNoAnswer: 'O kernel reiniciado não responde.',
  jupyterRestartFailed: (detail: string) => `Não foi possível reiniciar o kernel: ${detail}`,
  jupyterReloadToStartOver: 'Recarregue a página para começar de novo.',
  jupyterCodeNotSent: 'O código não chegou ao kernel: a conexão caiu enquanto ele era enviado.',
  jupyterRunCellAgain: 'Execute a célula novamente.',
  jupyterReconnected: 'Reconectado ao servidor Jupyter: o kernel manteve as variáveis dele.',
  jupyterKernelGone: (server: string) =>
    `O servidor Jupyter ${server} não tem mais este kernel (o servidor foi reiniciado ou encerrou o kernel): as variáveis do kernel foram perdidas.`,
  jupyterRestartThenRunCells: 'Clique em “Reiniciar” para iniciar um novo kernel e execute novamente as células de que você precisa.',
  jupyterKernelDied:
    'O kernel parou enquanto executava este código (talvez tenha travado ou ficado sem memória). As variáveis dele foram perdidas.',
  jupyterConnectionLost: (server: string) => `A conexão com o servidor Jupyter ${server} foi perdida.`,
  jupyterConnectionLostHint:
    'A célula se reconecta sozinha assim que o servidor puder ser acessado de novo; se isso não acontecer, verifique se o servidor ainda está em execução e clique em “Reiniciar”.',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `Este código é grande demais para ser enviado a um servidor Jupyter (${megabytes('pt-BR', mb)}\u00a0MB; um servidor aceita no máximo ${megabytes('pt-BR', maxMb)}\u00a0MB).`,
  jupyterCodeTooLargeHint: 'Encurte a célula: carregue dados grandes de um arquivo ou de uma URL em vez de colá-los no código.',

  jupyterWidgetsRestarted: 'O kernel foi reiniciado: estes widgets não funcionam mais. Execute a célula novamente para obter widgets ativos.',
  jupyterWidgetsShutDown: 'O kernel foi encerrado: estes widgets não funcionam mais. Execute a célula novamente para obter widgets ativos.',
  jupyterWidgetsKernelStopped: 'O kernel parou: estes widgets não funcionam mais. Clique em “Reiniciar” e execute a célula novamente.',
  jupyterWidgetsKernelGone: 'O kernel não existe mais: estes widgets não funcionam mais. Clique em “Reiniciar” e execute a célula novamente.',

  hubPhaseSigningIn: 'Entrando',
  hubAskingForServer: 'Pedindo a este site o seu servidor Jupyter…',
  hubPhaseStartingServer: 'Iniciando seu servidor',
  hubStartingServer: 'Iniciando seu servidor Jupyter…',
  hubSignInUnreachable: (url: string) => `Não foi possível acessar o login do Jupyter deste site em ${url}.`,
  hubSignInUnreachableHint: 'Verifique sua conexão de rede e execute a célula novamente.',
  hubNoCapability: 'Você não tem permissão para executar código aqui no JupyterHub deste site.',
  hubNoCapabilityHint: 'Peça acesso ao seu professor ou ao administrador do site (a permissão filter/execcell:runjupyter).',
  hubNotRecognised: 'Entre novamente: este site não reconheceu você para executar código no seu servidor Jupyter.',
  hubNotRecognisedHint:
    'Sua sessão pode ter expirado. Entre no site de novo (ou peça acesso ao administrador dele) e execute a célula novamente.',
  hubAnswerCutOff: 'Não foi possível acessar o JupyterHub: a resposta sobre seu servidor Jupyter foi interrompida.',
  hubAnswerCutOffHint: 'Execute a célula novamente daqui a pouco; se continuar acontecendo, avise o administrador do site.',
  hubBadAnswer: 'O login do Jupyter deste site respondeu sem servidor nem token.',
  hubBadAnswerHint: 'Avise o administrador do site: o endpoint de tokens precisa responder {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `Não foi possível iniciar seu servidor: ${detail}`,
  hubSpawnFailedNoReason: 'Não foi possível iniciar seu servidor: o JupyterHub não informou o motivo.',
  hubSpawnFailedHint: 'Execute a célula novamente daqui a pouco; se falhar de novo, avise o administrador do site.',
  hubRateLimited: (detail: string) => `Muitas solicitações de token do Jupyter: ${detail}`,
  hubRateLimitedNoDetail: 'Muitas solicitações de token do Jupyter.',
  hubRateLimitedHint: 'Aguarde um minuto e execute a célula novamente.',
  hubSignInAgain: 'Entre novamente: este site não reconheceu você.',
  hubSignInAgainHint: 'Entre no site de novo e execute a célula novamente.',
  hubUnreachable: (detail: string) => `Não foi possível acessar o JupyterHub: ${detail}`,
  hubUnreachableStatus: (status: number) => `Não foi possível acessar o JupyterHub (o site respondeu ${number('pt-BR', status)}).`,
  hubUnreachableHint: 'Execute a célula novamente em alguns minutos; se continuar falhando, avise o administrador do site.',
  hubTokenRefused: (server: string) => `Seu servidor Jupyter ${server} recusou o token que este site forneceu para ele.`,
  hubTokenRefusedHint:
    'Recarregue a página; se acontecer de novo, avise o administrador do site (o endpoint de tokens pode estar emitindo tokens para outro usuário).',
};

const ar: typeof en = {

  jupyterSocketNotOpen: (server: string) => `بدأت النواة، لكن اتصالها بـ \u2068${server}\u2069 لا يُفتح.`,
  jupyterSocketNotOpenHint: 'تحقَّق من أن اتصالات WebSocket تصل إلى الخادم (على أي خادم وكيل أمامه أن يمرّرها)، ثم اضغط «إعادة التشغيل».',
  jupyterNotRunning: 'النواة لا تعمل.',
  jupyterConnectionDown: 'اتصال النواة منقطع.',
  jupyterFreshKernelInstead: 'ستبدأ نواة جديدة بدلًا منها.',
  jupyterRestartNoAnswer: 'النواة التي أُعيد تشغيلها لا تستجيب.',
  jupyterRestartFailed: (detail: string) => `تعذّرت إعادة تشغيل النواة: \u2068${detail}\u2069`,
  jupyterReloadToStartOver: 'أعد تحميل الصفحة للبدء من جديد.',
  jupyterCodeNotSent: 'لم تصل الشيفرة إلى النواة: انقطع الاتصال أثناء إرسالها.',
  jupyterRunCellAgain: 'شغِّل الخلية مجددًا.',
  jupyterReconnected: 'أُعيد الاتصال بخادم Jupyter: احتفظت النواة بمتغيراتها.',
  jupyterKernelGone: (server: string) =>
    `لم تعد هذه النواة موجودة على خادم Jupyter على \u2068${server}\u2069 (أُعيد تشغيل الخادم، أو أوقف النواة): فُقدت متغيرات النواة.`,
  jupyterRestartThenRunCells: 'اضغط «إعادة التشغيل» لبدء نواة جديدة، ثم شغِّل الخلايا التي تحتاج إليها مجددًا.',
  jupyterKernelDied: 'توقفت النواة أثناء تشغيل هذه الشيفرة (ربما تعطّلت أو نفدت ذاكرتها). فُقدت متغيراتها.',
  jupyterConnectionLost: (server: string) => `انقطع الاتصال بخادم Jupyter على \u2068${server}\u2069.`,
  jupyterConnectionLostHint:
    'تعيد الخلية الاتصال تلقائيًا حين يصبح الوصول إلى الخادم ممكنًا من جديد؛ وإن لم تفعل، فتحقَّق من أن الخادم ما زال يعمل، ثم اضغط «إعادة التشغيل».',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `هذه الشيفرة أكبر من أن تُرسَل إلى خادم Jupyter (${megabytes('ar', mb)} MB؛ يقبل الخادم ${megabytes('ar', maxMb)} MB على الأكثر).`,
  jupyterCodeTooLargeHint: 'اختصر الخلية: حمِّل البيانات الكبيرة من ملف أو من عنوان URL بدلًا من لصقها في الشيفرة.',

  jupyterWidgetsRestarted: 'أُعيد تشغيل النواة: لم تعد هذه الأدوات تعمل. شغِّل الخلية مجددًا للحصول على أدوات نشطة.',
  jupyterWidgetsShutDown: 'أُوقفت النواة: لم تعد هذه الأدوات تعمل. شغِّل الخلية مجددًا للحصول على أدوات نشطة.',
  jupyterWidgetsKernelStopped: 'توقفت النواة: لم تعد هذه الأدوات تعمل. اضغط «إعادة التشغيل»، ثم شغِّل الخلية مجددًا.',
  jupyterWidgetsKernelGone: 'لم تعد النواة موجودة: لم تعد هذه الأدوات تعمل. اضغط «إعادة التشغيل»، ثم شغِّل الخلية مجددًا.',

  hubPhaseSigningIn: 'تسجيل الدخول',
  hubAskingForServer: 'جارٍ سؤال هذا الموقع عن خادم Jupyter الخاص بك…',
  hubPhaseStartingServer: 'بدء تشغيل خادمك',
  hubStartingServer: 'جارٍ بدء تشغيل خادم Jupyter الخاص بك…',
  hubSignInUnreachable: (url: string) => `تعذّر الوصول إلى خدمة تسجيل الدخول إلى Jupyter في هذا الموقع على \u2068${url}\u2069.`,
  hubSignInUnreachableHint: 'تحقَّق من اتصالك بالشبكة، ثم شغِّل الخلية مجددًا.',
  hubNoCapability: 'لا يُسمح لك هنا بتشغيل الشيفرة على JupyterHub الخاص بهذا الموقع.',
  hubNoCapabilityHint: 'اطلب الوصول من معلّمك أو من مسؤول الموقع (الصلاحية filter/execcell:runjupyter).',
  hubNotRecognised: 'سجِّل الدخول مجددًا: لم يتعرّف عليك هذا الموقع لتشغيل الشيفرة على خادم Jupyter الخاص بك.',
  hubNotRecognisedHint: 'ربما انتهت جلستك. سجِّل الدخول إلى الموقع مجددًا (أو اطلب الوصول من مسؤوله)، ثم شغِّل الخلية مجددًا.',
  hubAnswerCutOff: 'لا يمكن الوصول إلى JupyterHub: انقطعت الإجابة عن خادم Jupyter الخاص بك.',
  hubAnswerCutOffHint: 'شغِّل الخلية مجددًا بعد قليل؛ وإن تكرر ذلك، فأبلغ مسؤول الموقع.',
  hubBadAnswer: 'أجابت خدمة تسجيل الدخول إلى Jupyter في هذا الموقع دون خادم ورمز مميز.',
  hubBadAnswerHint: 'أبلغ مسؤول الموقع: يجب أن تُجيب نقطة نهاية الرموز المميزة بـ {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `تعذّر بدء تشغيل خادمك: \u2068${detail}\u2069`,
  hubSpawnFailedNoReason: 'تعذّر بدء تشغيل خادمك: لم يذكر JupyterHub أي سبب.',
  hubSpawnFailedHint: 'شغِّل الخلية مجددًا بعد قليل؛ وإن فشلت مرة أخرى، فأبلغ مسؤول الموقع.',
  hubRateLimited: (detail: string) => `طلبات كثيرة جدًا للحصول على رمز Jupyter مميز: \u2068${detail}\u2069`,
  hubRateLimitedNoDetail: 'طلبات كثيرة جدًا للحصول على رمز Jupyter مميز.',
  hubRateLimitedHint: 'انتظر دقيقة، ثم شغِّل الخلية مجددًا.',
  hubSignInAgain: 'سجِّل الدخول مجددًا: لم يتعرّف عليك هذا الموقع.',
  hubSignInAgainHint: 'سجِّل الدخول إلى الموقع مجددًا، ثم شغِّل الخلية مرة أخرى.',
  hubUnreachable: (detail: string) => `لا يمكن الوصول إلى JupyterHub: \u2068${detail}\u2069`,
  hubUnreachableStatus: (status: number) => `لا يمكن الوصول إلى JupyterHub (أجاب الموقع بالرمز ${number('ar', status)}).`,
  hubUnreachableHint: 'شغِّل الخلية مجددًا بعد بضع دقائق؛ وإن استمر الفشل، فأبلغ مسؤول الموقع.',
  hubTokenRefused: (server: string) => `رفض خادم Jupyter الخاص بك على \u2068${server}\u2069 الرمز المميز الذي منحه له هذا الموقع.`,
  hubTokenRefusedHint:
    'أعد تحميل الصفحة؛ وإن تكرر ذلك، فأبلغ مسؤول الموقع (ربما تُصدر نقطة نهاية الرموز المميزة رموزًا لمستخدم آخر).',
};

export type JupyterMessages = typeof en;

// With the backend's code, not before: a page loads the messages of the backends it uses.
addCatalogue({ en, de, fr, es, 'pt-BR': ptBR, ar });
