// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the Jobe backend says to the reader, in every language exec-cell speaks. Each
 * language has exactly English's keys and parameters (the type checker and
 * test/unit/i18n.test.ts hold them to it). They join the catalogues when the backend's code loads (its
 * modules import this file), so a page carries the messages of the backends it uses only.
 * Keys begin with the backend's name, as they share one catalogue with every other backend.
 *
 * `root` is the server's REST root (a URL); `detail` is the server's own words (Jobe's or a
 * proxy's), shown as they came, and may be empty; `status` and the outcome `n` are codes,
 * written as digits.
 */
import { number, plural } from '../../i18n/plural.js';
import { addCatalogue } from '../../i18n/language.js';

const L_EN = 'en';

const en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'Check that the Jobe server is running. Stock Jobe sends no CORS headers, so a page on another site cannot read its answers: ' +
    'the site needs a Jobe proxy (the Moodle plugin has one), or Jobe configured to allow this page’s origin.',
  jobeUnreachable: (root: string) => `Could not reach the Jobe server at ${root}.`,
  jobeNotLanguageList: (root: string) => `${root}languages did not answer with Jobe’s list of languages.`,
  jobeNotLanguageListHint: 'Check the cell’s server (or the page’s data-jobe-url): it must be Jobe’s REST root, such as https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `The Jobe server at ${root} gave an answer that is not a run result.`,
  jobeNotJson: (root: string) => `The Jobe server at ${root} answered with something that is not JSON.`,
  jobeSignIn: 'Sign in to run this code.',
  jobeSignInHint: 'Your code stays in this cell: sign in (in another tab, or reload this page after signing in), then press Run.',
  jobeRefused: (status: number, detail: string) => `The Jobe server refused to run this code (${status}${detail ? `: ${detail}` : ''}).`,
  jobeRefusedHint: 'If the page asks you to sign in, sign in and run the cell again; otherwise tell the page’s author.',
  jobeTooLarge: (detail: string) => `The program or its input is too large for the Jobe server${detail ? ` (${detail})` : ''}.`,
  jobeTooLargeHint: 'Make the program or its input smaller.',
  jobeRateLimited: (detail: string) => `Too many runs in a short time${detail ? ` (${detail})` : ''}.`,
  jobeRateLimitedHint: 'Wait a minute, then run the cell again.',
  jobeNoApi: (root: string, path: string) => `${root} has no Jobe REST API (404 for ${path || 'the request'}).`,
  jobeNoApiHint: 'Check the cell’s server (or the page’s data-jobe-url): Jobe’s REST root ends in /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `The Jobe server rejected the run: ${detail || 'bad request'}.`,
  jobeRejectedHint: 'Check the cell’s language and limits.',
  jobeServerFailed: (root: string, status: number, detail: string) => `The Jobe server at ${root} failed (HTTP ${status}${detail ? `: ${detail}` : ''}).`,
  jobeServerFailedHint: 'Try again in a minute; if it keeps failing, tell the site’s administrator.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'This cell has no Jobe server to run on.',
  jobeNoServerHint:
    'Give the cell a server="…" attribute (Jobe’s REST root, such as https://jobe.example.edu/jobe/index.php/restapi/, or the site’s Jobe proxy), or the page a data-jobe-url.',
  jobeNoLanguage: 'This Jobe cell does not say which language its code is in.',
  jobeNoLanguageHint: 'Give it a language attribute, such as language="c", "cpp", "java" or "python".',
  jobeLanguageUnknown: (language: string) => `The Jobe server does not run language “${language}”.`,
  jobeLanguageUnknownHint: (languages: string) => `It runs: ${languages} (the cell’s language attribute).`,

  // A run's outcome (outcomes.ts): each error output's name, its sentence, and what to do.
  jobeOutputCutName: 'Output cut',
  jobeOutputCut: (n: number) =>
    plural(L_EN, n, {
      one: 'The program printed more than the Jobe server keeps: only the first # character is shown.',
      other: 'The program printed more than the Jobe server keeps: only the first # characters are shown.',
    }),
  jobeCompileErrorName: 'Compile error',
  jobeCompileError: 'The program did not compile.',
  jobeCompileErrorAt: (line: number) => `The program did not compile (line ${number(L_EN, line)}).`,
  jobeRuntimeErrorName: 'Runtime error',
  jobeRuntimeError: 'The program stopped with an error (a non-zero exit status or a signal).',
  jobeTimeLimitName: 'Time limit',
  jobeTimeLimit: (seconds: number) => `The program ran longer than its time limit (${number(L_EN, seconds)} s of CPU time) and was stopped.`,
  jobeTimeLimitDefault: (seconds: number) =>
    `The program ran longer than its time limit (${number(L_EN, seconds)} s of CPU time, the server’s default) and was stopped.`,
  jobeTimeLimitHint: 'Look for a loop that never ends, or give the cell a larger cputime="…" (the server caps it).',
  jobeMemoryLimitName: 'Memory limit',
  jobeMemoryLimit: (mb: number) => `The program used more memory than its limit (${number(L_EN, mb)} MB) and was stopped.`,
  jobeMemoryLimitDefault: 'The program used more memory than its limit (the server’s default) and was stopped.',
  jobeMemoryLimitHint: 'Use less memory, or give the cell a larger memorylimit="…" in megabytes.',
  jobeForbiddenName: 'Forbidden',
  jobeForbidden: 'The program tried something the Jobe sandbox does not allow (an illegal system call) and was stopped.',
  jobeBusy: 'The Jobe server is busy: every one of its sandboxes was in use for 10 seconds, so it did not run this code.',
  jobeBusyHint: 'Wait a moment, then run the cell again.',
  jobeInternalError: (detail: string) => `The Jobe server failed inside (internal error)${detail ? `: ${detail}` : ''}.`,
  jobeInternalErrorHint: 'Try again; if it keeps failing, tell the site’s administrator.',
  jobeUnknownOutcome: (n: number) => `The Jobe server answered with outcome ${n}, which exec-cell does not know.`,
  jobeUnknownOutcomeHint: 'Tell the page’s author.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'Stopped',
  jobeStopped: 'This page stopped waiting for the answer. The Jobe server finishes the job on its own (its time limit ends a program that does not).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `The program is too large to send to the Jobe server: ${plural(L_EN, count, { one: '# character', other: '# characters' })}, and at most ${number(L_EN, n)} are sent.`,
  jobeProgramTooLargeHint: 'Make the program smaller.',
  jobeInputTooLarge: (count: number, n: number) =>
    `The input is too large to send to the Jobe server: ${plural(L_EN, count, { one: '# character', other: '# characters' })}, and at most ${number(L_EN, n)} are sent.`,
  jobeInputTooLargeHint: 'Make the text in the input box shorter.',
};


const L_DE = 'de';
const charactersDe = (count: number) => `${number(L_DE, count)}\u00a0Zeichen`;

const de: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'Prüfen Sie, ob der Jobe-Server läuft. Ein unverändertes Jobe sendet keine CORS-Header, daher kann eine Seite auf einer anderen Website seine Antworten nicht lesen: ' +
    'Die Website braucht einen Jobe-Proxy (das Moodle-Plugin enthält einen) oder ein Jobe, das den Ursprung dieser Seite zulässt.',
  jobeUnreachable: (root: string) => `Der Jobe-Server unter ${root} konnte nicht erreicht werden.`,
  jobeNotLanguageList: (root: string) => `${root}languages hat nicht mit der Sprachenliste von Jobe geantwortet.`,
  jobeNotLanguageListHint:
    'Prüfen Sie das Attribut server der Zelle (oder data-jobe-url der Seite): Es muss die REST-Basis-URL von Jobe sein, etwa https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `Der Jobe-Server unter ${root} hat eine Antwort gegeben, die kein Ausführungsergebnis ist.`,
  jobeNotJson: (root: string) => `Der Jobe-Server unter ${root} hat mit etwas geantwortet, das kein JSON ist.`,
  jobeSignIn: 'Melden Sie sich an, um diesen Code auszuführen.',
  jobeSignInHint:
    'Ihr Code bleibt in dieser Zelle: Melden Sie sich an (in einem anderen Tab, oder laden Sie diese Seite nach der Anmeldung neu) und klicken Sie dann auf „Ausführen“.',
  jobeRefused: (status: number, detail: string) => `Der Jobe-Server hat die Ausführung dieses Codes verweigert (${status}${detail ? `: ${detail}` : ''}).`,
  jobeRefusedHint:
    'Wenn die Seite Sie zur Anmeldung auffordert, melden Sie sich an und führen Sie die Zelle erneut aus; andernfalls wenden Sie sich an die Autorin oder den Autor der Seite.',
  jobeTooLarge: (detail: string) => `Das Programm oder seine Eingabe ist zu groß für den Jobe-Server${detail ? ` (${detail})` : ''}.`,
  jobeTooLargeHint: 'Verkleinern Sie das Programm oder seine Eingabe.',
  jobeRateLimited: (detail: string) => `Zu viele Ausführungen in kurzer Zeit${detail ? ` (${detail})` : ''}.`,
  jobeRateLimitedHint: 'Warten Sie eine Minute und führen Sie die Zelle dann erneut aus.',
  jobeNoApi: (root: string, path: string) => `${root} bietet keine REST-API von Jobe (404 für ${path || 'die Anfrage'}).`,
  jobeNoApiHint: 'Prüfen Sie das Attribut server der Zelle (oder data-jobe-url der Seite): Die REST-Basis-URL von Jobe endet auf /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `Der Jobe-Server hat die Ausführung abgelehnt: ${detail || 'ungültige Anfrage'}.`,
  jobeRejectedHint: 'Prüfen Sie die Sprache und die Grenzwerte der Zelle.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `Beim Jobe-Server unter ${root} ist ein Fehler aufgetreten (HTTP ${status}${detail ? `: ${detail}` : ''}).`,
  jobeServerFailedHint: 'Versuchen Sie es in einer Minute erneut; schlägt es weiterhin fehl, wenden Sie sich an die Administration der Website.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'Diese Zelle hat keinen Jobe-Server, auf dem sie laufen kann.',
  jobeNoServerHint:
    'Geben Sie der Zelle ein Attribut server="…" (die REST-Basis-URL von Jobe, etwa https://jobe.example.edu/jobe/index.php/restapi/, oder den Jobe-Proxy der Website) oder der Seite ein data-jobe-url.',
  jobeNoLanguage: 'Diese Jobe-Zelle gibt nicht an, in welcher Sprache ihr Code geschrieben ist.',
  jobeNoLanguageHint: 'Geben Sie ihr ein Attribut language, etwa language="c", "cpp", "java" oder "python".',
  jobeLanguageUnknown: (language: string) => `Der Jobe-Server unterstützt die Sprache „${language}“ nicht.`,
  jobeLanguageUnknownHint: (languages: string) => `Er unterstützt: ${languages} (Attribut language der Zelle).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'Ausgabe gekürzt',
  jobeOutputCut: (n: number) =>
    plural(L_DE, n, {
      one: 'Das Programm hat mehr ausgegeben, als der Jobe-Server behält: Nur das erste Zeichen wird angezeigt.',
      other: 'Das Programm hat mehr ausgegeben, als der Jobe-Server behält: Nur die ersten #\u00a0Zeichen werden angezeigt.',
    }),
  jobeCompileErrorName: 'Kompilierfehler',
  jobeCompileError: 'Das Programm ließ sich nicht kompilieren.',
  jobeCompileErrorAt: (line: number) => `Das Programm ließ sich nicht kompilieren (Zeile ${number(L_DE, line)}).`,
  jobeRuntimeErrorName: 'Laufzeitfehler',
  jobeRuntimeError: 'Das Programm wurde mit einem Fehler beendet (einem Exit-Status ungleich null oder einem Signal).',
  jobeTimeLimitName: 'Zeitlimit',
  jobeTimeLimit: (seconds: number) => `Das Programm hat sein Zeitlimit überschritten (${number(L_DE, seconds)}\u00a0s CPU-Zeit) und wurde gestoppt.`,
  jobeTimeLimitDefault: (seconds: number) =>
    `Das Programm hat sein Zeitlimit überschritten (${number(L_DE, seconds)}\u00a0s CPU-Zeit, die Voreinstellung des Servers) und wurde gestoppt.`,
  jobeTimeLimitHint: 'Suchen Sie nach einer Schleife, die nie endet, oder geben Sie der Zelle ein größeres cputime="…" (der Server begrenzt es).',
  jobeMemoryLimitName: 'Speicherlimit',
  jobeMemoryLimit: (mb: number) => `Das Programm hat sein Speicherlimit überschritten (${number(L_DE, mb)}\u00a0MB) und wurde gestoppt.`,
  jobeMemoryLimitDefault: 'Das Programm hat sein Speicherlimit überschritten (die Voreinstellung des Servers) und wurde gestoppt.',
  jobeMemoryLimitHint: 'Verbrauchen Sie weniger Speicher oder geben Sie der Zelle ein größeres memorylimit="…" in Megabyte.',
  jobeForbiddenName: 'Nicht erlaubt',
  jobeForbidden: 'Das Programm hat etwas versucht, das die Jobe-Sandbox nicht erlaubt (einen unzulässigen Systemaufruf), und wurde gestoppt.',
  jobeBusy: 'Der Jobe-Server ist ausgelastet: Alle seine Sandboxes waren 10\u00a0Sekunden lang belegt, daher hat er diesen Code nicht ausgeführt.',
  jobeBusyHint: 'Warten Sie einen Moment und führen Sie die Zelle dann erneut aus.',
  jobeInternalError: (detail: string) => `Im Jobe-Server ist ein interner Fehler aufgetreten${detail ? `: ${detail}` : ''}.`,
  jobeInternalErrorHint: 'Versuchen Sie es erneut; schlägt es weiterhin fehl, wenden Sie sich an die Administration der Website.',
  jobeUnknownOutcome: (n: number) => `Der Jobe-Server hat mit dem Ergebniscode ${n} geantwortet, den exec-cell nicht kennt.`,
  jobeUnknownOutcomeHint: 'Wenden Sie sich an die Autorin oder den Autor der Seite.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'Gestoppt',
  jobeStopped:
    'Diese Seite wartet nicht mehr auf die Antwort. Der Jobe-Server führt den Auftrag selbstständig zu Ende (sein Zeitlimit beendet ein Programm, das nicht von selbst endet).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `Das Programm ist zu groß, um es an den Jobe-Server zu senden: ${charactersDe(count)}, gesendet werden höchstens ${number(L_DE, n)}.`,
  jobeProgramTooLargeHint: 'Verkleinern Sie das Programm.',
  jobeInputTooLarge: (count: number, n: number) =>
    `Die Eingabe ist zu groß, um sie an den Jobe-Server zu senden: ${charactersDe(count)}, gesendet werden höchstens ${number(L_DE, n)}.`,
  jobeInputTooLargeHint: 'Kürzen Sie den Text im Eingabefeld.',
};

const L_FR = 'fr';
const charactersFr = (count: number) => plural(L_FR, count, { one: '#\u00a0caractère', many: '#\u00a0de caractères', other: '#\u00a0caractères' });

const fr: typeof en = {
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

const L_ES = 'es';
const charactersEs = (count: number) => plural(L_ES, count, { one: '# carácter', many: '# de caracteres', other: '# caracteres' });

const es: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'Compruebe que el servidor Jobe esté en marcha. Jobe, tal como se distribuye, no envía cabeceras CORS, así que una página de otro sitio no puede leer sus respuestas: ' +
    'el sitio necesita un proxy de Jobe (el plugin de Moodle incluye uno) o un Jobe configurado para admitir el origen de esta página.',
  jobeUnreachable: (root: string) => `No se pudo conectar con el servidor Jobe en ${root}.`,
  jobeNotLanguageList: (root: string) => `${root}languages no respondió con la lista de lenguajes de Jobe.`,
  jobeNotLanguageListHint:
    'Revise el atributo server de la celda (o data-jobe-url de la página): debe ser la raíz REST de Jobe, como https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `El servidor Jobe en ${root} dio una respuesta que no es un resultado de ejecución.`,
  jobeNotJson: (root: string) => `El servidor Jobe en ${root} respondió con algo que no es JSON.`,
  jobeSignIn: 'Inicie sesión para ejecutar este código.',
  jobeSignInHint:
    'Su código se queda en esta celda: inicie sesión (en otra pestaña, o recargue esta página después de iniciarla) y luego pulse «Ejecutar».',
  jobeRefused: (status: number, detail: string) => `El servidor Jobe se negó a ejecutar este código (${status}${detail ? `: ${detail}` : ''}).`,
  jobeRefusedHint: 'Si la página le pide que inicie sesión, iníciela y vuelva a ejecutar la celda; si no, avise al autor de la página.',
  jobeTooLarge: (detail: string) => `El programa o su entrada es demasiado grande para el servidor Jobe${detail ? ` (${detail})` : ''}.`,
  jobeTooLargeHint: 'Reduzca el programa o su entrada.',
  jobeRateLimited: (detail: string) => `Demasiadas ejecuciones en poco tiempo${detail ? ` (${detail})` : ''}.`,
  jobeRateLimitedHint: 'Espere un minuto y vuelva a ejecutar la celda.',
  jobeNoApi: (root: string, path: string) => `${root} no tiene la API REST de Jobe (404 para ${path || 'la solicitud'}).`,
  jobeNoApiHint: 'Revise el atributo server de la celda (o data-jobe-url de la página): la raíz REST de Jobe termina en /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `El servidor Jobe rechazó la ejecución: ${detail || 'solicitud incorrecta'}.`,
  jobeRejectedHint: 'Revise el lenguaje y los límites de la celda.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `El servidor Jobe en ${root} falló (HTTP ${status}${detail ? `: ${detail}` : ''}).`,
  jobeServerFailedHint: 'Inténtelo de nuevo dentro de un minuto; si sigue fallando, avise al administrador del sitio.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'Esta celda no tiene ningún servidor Jobe en el que ejecutarse.',
  jobeNoServerHint:
    'Dé a la celda un atributo server="…" (la raíz REST de Jobe, como https://jobe.example.edu/jobe/index.php/restapi/, o el proxy de Jobe del sitio), o a la página un atributo data-jobe-url.',
  jobeNoLanguage: 'Esta celda Jobe no indica en qué lenguaje está escrito su código.',
  jobeNoLanguageHint: 'Dele un atributo language, como language="c", "cpp", "java" o "python".',
  jobeLanguageUnknown: (language: string) => `El servidor Jobe no ejecuta el lenguaje «${language}».`,
  jobeLanguageUnknownHint: (languages: string) => `Ejecuta: ${languages} (atributo language de la celda).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'Salida recortada',
  jobeOutputCut: (n: number) =>
    plural(L_ES, n, {
      one: 'El programa imprimió más de lo que conserva el servidor Jobe: solo se muestra el primer carácter.',
      many: 'El programa imprimió más de lo que conserva el servidor Jobe: solo se muestran los primeros # de caracteres.',
      other: 'El programa imprimió más de lo que conserva el servidor Jobe: solo se muestran los primeros # caracteres.',
    }),
  jobeCompileErrorName: 'Error de compilación',
  jobeCompileError: 'El programa no se pudo compilar.',
  jobeCompileErrorAt: (line: number) => `El programa no se pudo compilar (línea ${number(L_ES, line)}).`,
  jobeRuntimeErrorName: 'Error de ejecución',
  jobeRuntimeError: 'El programa se detuvo con un error (un código de salida distinto de cero o una señal).',
  jobeTimeLimitName: 'Límite de tiempo',
  jobeTimeLimit: (seconds: number) => `El programa superó su límite de tiempo (${number(L_ES, seconds)}\u00a0s de tiempo de CPU) y se detuvo.`,
  jobeTimeLimitDefault: (seconds: number) =>
    `El programa superó su límite de tiempo (${number(L_ES, seconds)}\u00a0s de tiempo de CPU, el valor predeterminado del servidor) y se detuvo.`,
  jobeTimeLimitHint: 'Busque un bucle que nunca termine, o dé a la celda un cputime="…" mayor (el servidor lo limita).',
  jobeMemoryLimitName: 'Límite de memoria',
  jobeMemoryLimit: (mb: number) => `El programa superó su límite de memoria (${number(L_ES, mb)}\u00a0MB) y se detuvo.`,
  jobeMemoryLimitDefault: 'El programa superó su límite de memoria (el valor predeterminado del servidor) y se detuvo.',
  jobeMemoryLimitHint: 'Use menos memoria, o dé a la celda un memorylimit="…" mayor, en megabytes.',
  jobeForbiddenName: 'No permitido',
  jobeForbidden: 'El programa intentó algo que el entorno aislado de Jobe no permite (una llamada al sistema prohibida) y se detuvo.',
  jobeBusy: 'El servidor Jobe está saturado: todos sus entornos aislados estuvieron ocupados durante 10\u00a0segundos, así que no ejecutó este código.',
  jobeBusyHint: 'Espere un momento y vuelva a ejecutar la celda.',
  jobeInternalError: (detail: string) => `El servidor Jobe sufrió un error interno${detail ? `: ${detail}` : ''}.`,
  jobeInternalErrorHint: 'Inténtelo de nuevo; si sigue fallando, avise al administrador del sitio.',
  jobeUnknownOutcome: (n: number) => `El servidor Jobe respondió con el código de resultado ${n}, que exec-cell no conoce.`,
  jobeUnknownOutcomeHint: 'Avise al autor de la página.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'Detenido',
  jobeStopped:
    'Esta página dejó de esperar la respuesta. El servidor Jobe termina el trabajo por su cuenta (su límite de tiempo detiene un programa que no termine).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `El programa es demasiado grande para enviarlo al servidor Jobe: ${charactersEs(count)}, y se envían como máximo ${number(L_ES, n)}.`,
  jobeProgramTooLargeHint: 'Reduzca el programa.',
  jobeInputTooLarge: (count: number, n: number) =>
    `La entrada es demasiado grande para enviarla al servidor Jobe: ${charactersEs(count)}, y se envían como máximo ${number(L_ES, n)}.`,
  jobeInputTooLargeHint: 'Acorte el texto del cuadro de entrada.',
};

const L_PT = 'pt-BR';
const charactersPt = (count: number) => plural(L_PT, count, { one: '# caractere', many: '# de caracteres', other: '# caracteres' });

const ptBR: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'Verifique se o servidor Jobe está em execução. O Jobe padrão não envia cabeçalhos CORS, então uma página de outro site não consegue ler as respostas dele: ' +
    'o site precisa de um proxy do Jobe (o plugin do Moodle tem um) ou de um Jobe configurado para permitir a origem desta página.',
  jobeUnreachable: (root: string) => `Não foi possível acessar o servidor Jobe em ${root}.`,
  jobeNotLanguageList: (root: string) => `${root}languages não respondeu com a lista de linguagens do Jobe.`,
  jobeNotLanguageListHint:
    'Verifique o atributo server da célula (ou o data-jobe-url da página): ele deve ser a raiz REST do Jobe, como https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `O servidor Jobe em ${root} deu uma resposta que não é um resultado de execução.`,
  jobeNotJson: (root: string) => `O servidor Jobe em ${root} respondeu com algo que não é JSON.`,
  jobeSignIn: 'Faça login para executar este código.',
  jobeSignInHint:
    'Seu código continua nesta célula: faça login (em outra aba, ou recarregue esta página depois de entrar) e clique em “Executar”.',
  jobeRefused: (status: number, detail: string) => `O servidor Jobe se recusou a executar este código (${status}${detail ? `: ${detail}` : ''}).`,
  jobeRefusedHint: 'Se a página pedir que você faça login, faça login e execute a célula novamente; caso contrário, avise o autor da página.',
  jobeTooLarge: (detail: string) => `O programa ou a entrada dele é grande demais para o servidor Jobe${detail ? ` (${detail})` : ''}.`,
  jobeTooLargeHint: 'Reduza o programa ou a entrada dele.',
  jobeRateLimited: (detail: string) => `Execuções demais em pouco tempo${detail ? ` (${detail})` : ''}.`,
  jobeRateLimitedHint: 'Aguarde um minuto e execute a célula novamente.',
  jobeNoApi: (root: string, path: string) => `${root} não tem a API REST do Jobe (404 para ${path || 'a requisição'}).`,
  jobeNoApiHint: 'Verifique o atributo server da célula (ou o data-jobe-url da página): a raiz REST do Jobe termina em /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `O servidor Jobe rejeitou a execução: ${detail || 'requisição inválida'}.`,
  jobeRejectedHint: 'Verifique a linguagem e os limites da célula.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `O servidor Jobe em ${root} falhou (HTTP ${status}${detail ? `: ${detail}` : ''}).`,
  jobeServerFailedHint: 'Tente novamente daqui a um minuto; se continuar falhando, avise o administrador do site.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'Esta célula não tem um servidor Jobe em que ser executada.',
  jobeNoServerHint:
    'Dê à célula um atributo server="…" (a raiz REST do Jobe, como https://jobe.example.edu/jobe/index.php/restapi/, ou o proxy do Jobe do site) ou à página um atributo data-jobe-url.',
  jobeNoLanguage: 'Esta célula Jobe não informa em que linguagem o código dela está escrito.',
  jobeNoLanguageHint: 'Dê a ela um atributo language, como language="c", "cpp", "java" ou "python".',
  jobeLanguageUnknown: (language: string) => `O servidor Jobe não executa a linguagem “${language}”.`,
  jobeLanguageUnknownHint: (languages: string) => `Ele executa: ${languages} (atributo language da célula).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'Saída cortada',
  jobeOutputCut: (n: number) =>
    plural(L_PT, n, {
      one: 'O programa imprimiu mais do que o servidor Jobe guarda: só o primeiro caractere é mostrado.',
      many: 'O programa imprimiu mais do que o servidor Jobe guarda: só os primeiros # de caracteres são mostrados.',
      other: 'O programa imprimiu mais do que o servidor Jobe guarda: só os primeiros # caracteres são mostrados.',
    }),
  jobeCompileErrorName: 'Erro de compilação',
  jobeCompileError: 'O programa não compilou.',
  jobeCompileErrorAt: (line: number) => `O programa não compilou (linha ${number(L_PT, line)}).`,
  jobeRuntimeErrorName: 'Erro de execução',
  jobeRuntimeError: 'O programa parou com um erro (um código de saída diferente de zero ou um sinal).',
  jobeTimeLimitName: 'Limite de tempo',
  jobeTimeLimit: (seconds: number) => `O programa excedeu o limite de tempo (${number(L_PT, seconds)}\u00a0s de tempo de CPU) e foi interrompido.`,
  jobeTimeLimitDefault: (seconds: number) =>
    `O programa excedeu o limite de tempo (${number(L_PT, seconds)}\u00a0s de tempo de CPU, o padrão do servidor) e foi interrompido.`,
  jobeTimeLimitHint: 'Procure um laço que nunca termina ou dê à célula um cputime="…" maior (o servidor impõe um teto).',
  jobeMemoryLimitName: 'Limite de memória',
  jobeMemoryLimit: (mb: number) => `O programa excedeu o limite de memória (${number(L_PT, mb)}\u00a0MB) e foi interrompido.`,
  jobeMemoryLimitDefault: 'O programa excedeu o limite de memória (o padrão do servidor) e foi interrompido.',
  jobeMemoryLimitHint: 'Use menos memória ou dê à célula um memorylimit="…" maior, em megabytes.',
  jobeForbiddenName: 'Proibido',
  jobeForbidden: 'O programa tentou algo que a sandbox do Jobe não permite (uma chamada de sistema proibida) e foi interrompido.',
  jobeBusy: 'O servidor Jobe está sobrecarregado: todas as sandboxes dele ficaram ocupadas por 10\u00a0segundos, então ele não executou este código.',
  jobeBusyHint: 'Aguarde um momento e execute a célula novamente.',
  jobeInternalError: (detail: string) => `O servidor Jobe sofreu um erro interno${detail ? `: ${detail}` : ''}.`,
  jobeInternalErrorHint: 'Tente novamente; se continuar falhando, avise o administrador do site.',
  jobeUnknownOutcome: (n: number) => `O servidor Jobe respondeu com o código de resultado ${n}, que o exec-cell não conhece.`,
  jobeUnknownOutcomeHint: 'Avise o autor da página.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'Interrompido',
  jobeStopped:
    'Esta página parou de esperar a resposta. O servidor Jobe termina a tarefa por conta própria (o limite de tempo dele encerra um programa que não termina).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `O programa é grande demais para ser enviado ao servidor Jobe: ${charactersPt(count)}, e no máximo ${number(L_PT, n)} são enviados.`,
  jobeProgramTooLargeHint: 'Reduza o programa.',
  jobeInputTooLarge: (count: number, n: number) =>
    `A entrada é grande demais para ser enviada ao servidor Jobe: ${charactersPt(count)}, e no máximo ${number(L_PT, n)} são enviados.`,
  jobeInputTooLargeHint: 'Encurte o texto da caixa de entrada.',
};

const L_AR = 'ar';
/** A count of characters, in the form Arabic gives the counted noun after each number. */
const charactersAr = (count: number) =>
  plural(L_AR, count, { zero: '# حرف', one: 'حرف واحد', two: 'حرفان', few: '# أحرف', many: '# حرفًا', other: '# حرف' });
const secondsAr = (seconds: number) =>
  plural(L_AR, seconds, { zero: '# ثانية', one: 'ثانية واحدة', two: 'ثانيتان', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' });

const ar: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'تحقَّق من أن خادم Jobe يعمل. لا يرسل Jobe في إعداده الافتراضي ترويسات CORS، لذا لا تستطيع صفحة على موقع آخر قراءة ردوده: ' +
    'يحتاج الموقع إلى وكيل Jobe (تتضمن إضافة Moodle واحدًا) أو إلى Jobe مهيَّأ للسماح بأصل هذه الصفحة.',
  jobeUnreachable: (root: string) => `تعذّر الوصول إلى خادم Jobe على \u2068${root}\u2069.`,
  jobeNotLanguageList: (root: string) => `لم يُجب \u2068${root}languages\u2069 بقائمة اللغات التي يشغّلها Jobe.`,
  jobeNotLanguageListHint:
    'تحقَّق من السمة server في الخلية (أو data-jobe-url في الصفحة): يجب أن تكون جذر واجهة REST في Jobe، مثل https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `أعطى خادم Jobe على \u2068${root}\u2069 ردًّا ليس نتيجة تشغيل.`,
  jobeNotJson: (root: string) => `أجاب خادم Jobe على \u2068${root}\u2069 بشيء ليس JSON.`,
  jobeSignIn: 'سجِّل الدخول لتشغيل هذه الشيفرة.',
  jobeSignInHint: 'تبقى شيفرتك في هذه الخلية: سجِّل الدخول (في علامة تبويب أخرى، أو أعد تحميل هذه الصفحة بعد تسجيل الدخول)، ثم اضغط «تشغيل».',
  jobeRefused: (status: number, detail: string) => `امتنع خادم Jobe عن تشغيل هذه الشيفرة (${status}${detail ? `: \u2068${detail}\u2069` : ''}).`,
  jobeRefusedHint: 'إن طلبت منك الصفحة تسجيل الدخول، فسجِّل الدخول وشغِّل الخلية مجددًا؛ وإلا فأبلغ مؤلف الصفحة.',
  jobeTooLarge: (detail: string) => `البرنامج أو مدخلاته أكبر مما يقبله خادم Jobe${detail ? ` (\u2068${detail}\u2069)` : ''}.`,
  jobeTooLargeHint: 'صغِّر البرنامج أو مدخلاته.',
  jobeRateLimited: (detail: string) => `عمليات تشغيل كثيرة جدًّا في وقت قصير${detail ? ` (\u2068${detail}\u2069)` : ''}.`,
  jobeRateLimitedHint: 'انتظر دقيقة، ثم شغِّل الخلية مجددًا.',
  jobeNoApi: (root: string, path: string) =>
    `لا يوفّر \u2068${root}\u2069 واجهة REST الخاصة بـ Jobe (الخطأ 404 ${path ? `للمسار \u2068${path}\u2069` : 'للطلب'}).`,
  jobeNoApiHint: 'تحقَّق من السمة server في الخلية (أو data-jobe-url في الصفحة): ينتهي جذر واجهة REST في Jobe بـ /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `رفض خادم Jobe عملية التشغيل: ${detail ? `\u2068${detail}\u2069` : 'طلب غير صالح'}.`,
  jobeRejectedHint: 'تحقَّق من لغة الخلية وحدودها.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `فشل خادم Jobe على \u2068${root}\u2069 (HTTP ${status}${detail ? `: \u2068${detail}\u2069` : ''}).`,
  jobeServerFailedHint: 'حاول مرة أخرى بعد دقيقة؛ وإن استمر الفشل، فأبلغ مسؤول الموقع.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'ليس لهذه الخلية خادم Jobe تعمل عليه.',
  jobeNoServerHint:
    'أعطِ الخلية السمة server="…" (جذر واجهة REST في Jobe، مثل https://jobe.example.edu/jobe/index.php/restapi/، أو وكيل Jobe الخاص بالموقع)، أو أعطِ الصفحة السمة data-jobe-url.',
  jobeNoLanguage: 'لا تحدّد خلية Jobe هذه لغة شيفرتها.',
  jobeNoLanguageHint: 'أعطِها السمة language، مثل language="c" أو "cpp" أو "java" أو "python".',
  jobeLanguageUnknown: (language: string) => `لا يشغّل خادم Jobe اللغة «\u2068${language}\u2069».`,
  jobeLanguageUnknownHint: (languages: string) => `اللغات التي يشغّلها: \u2068${languages}\u2069 (السمة language في الخلية).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'مخرجات مقتطعة',
  jobeOutputCut: (n: number) =>
    `طبع البرنامج أكثر مما يحتفظ به خادم Jobe: ${plural(L_AR, n, {
      zero: 'لا يُعرض إلا أول # حرف.',
      one: 'لا يُعرض إلا الحرف الأول.',
      two: 'لا يُعرض إلا الحرفان الأولان.',
      few: 'لا يُعرض إلا أول # أحرف.',
      many: 'لا يُعرض إلا أول # حرفًا.',
      other: 'لا يُعرض إلا أول # حرف.',
    })}`,
  jobeCompileErrorName: 'خطأ في الترجمة',
  jobeCompileError: 'تعذّرت ترجمة البرنامج.',
  jobeCompileErrorAt: (line: number) => `تعذّرت ترجمة البرنامج (السطر ${number(L_AR, line)}).`,
  jobeRuntimeErrorName: 'خطأ في أثناء التشغيل',
  jobeRuntimeError: 'توقف البرنامج بخطأ (رمز خروج غير صفري أو إشارة).',
  jobeTimeLimitName: 'الحد الزمني',
  jobeTimeLimit: (seconds: number) => `تجاوز البرنامج حدَّه الزمني (${secondsAr(seconds)} من وقت المعالج) فأُوقف.`,
  jobeTimeLimitDefault: (seconds: number) => `تجاوز البرنامج حدَّه الزمني (${secondsAr(seconds)} من وقت المعالج، وهو الحد الافتراضي للخادم) فأُوقف.`,
  jobeTimeLimitHint: 'ابحث عن حلقة لا تنتهي أبدًا، أو أعطِ الخلية قيمة أكبر لـ cputime="…" (للخادم حد أقصى لها).',
  jobeMemoryLimitName: 'حد الذاكرة',
  jobeMemoryLimit: (mb: number) => `تجاوز البرنامج حدَّ الذاكرة (${number(L_AR, mb)} MB) فأُوقف.`,
  jobeMemoryLimitDefault: 'تجاوز البرنامج حدَّ الذاكرة (الحد الافتراضي للخادم) فأُوقف.',
  jobeMemoryLimitHint: 'استخدم ذاكرة أقل، أو أعطِ الخلية قيمة أكبر لـ memorylimit="…" بالميغابايت.',
  jobeForbiddenName: 'غير مسموح',
  jobeForbidden: 'حاول البرنامج أمرًا لا تسمح به بيئة Jobe المعزولة (استدعاء نظام محظور) فأُوقف.',
  jobeBusy: 'خادم Jobe مشغول: كانت كل بيئاته المعزولة قيد الاستخدام مدة 10 ثوانٍ، لذا لم يشغّل هذه الشيفرة.',
  jobeBusyHint: 'انتظر قليلًا، ثم شغِّل الخلية مجددًا.',
  jobeInternalError: (detail: string) => `تعرّض خادم Jobe لخطأ داخلي${detail ? `: \u2068${detail}\u2069` : ''}.`,
  jobeInternalErrorHint: 'حاول مرة أخرى؛ وإن استمر الفشل، فأبلغ مسؤول الموقع.',
  jobeUnknownOutcome: (n: number) => `أجاب خادم Jobe برمز النتيجة ${n}، وهو رمز لا يعرفه exec-cell.`,
  jobeUnknownOutcomeHint: 'أبلغ مؤلف الصفحة.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'أُوقف الانتظار',
  jobeStopped: 'توقفت هذه الصفحة عن انتظار الرد. يُكمل خادم Jobe المهمة وحده (ويُنهي حدُّه الزمني أي برنامج لا ينتهي).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `البرنامج أكبر من أن يُرسل إلى خادم Jobe: فيه ${charactersAr(count)}، ولا يُرسل أكثر من ${number(L_AR, n)}.`,
  jobeProgramTooLargeHint: 'صغِّر البرنامج.',
  jobeInputTooLarge: (count: number, n: number) =>
    `المدخلات أكبر من أن تُرسل إلى خادم Jobe: فيها ${charactersAr(count)}، ولا يُرسل أكثر من ${number(L_AR, n)}.`,
  jobeInputTooLargeHint: 'اختصر النص في مربع الإدخال.',
};

export type JobeMessages = typeof en;

// With the backend's code, not before: a page loads the messages of the backends it uses.
addCatalogue({ en, de, fr, es, 'pt-BR': ptBR, ar });
