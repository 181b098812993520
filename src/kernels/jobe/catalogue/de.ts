// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

const L_DE = 'de';
const charactersDe = (count: number) => `${number(L_DE, count)}\u00a0Zeichen`;

export const de: typeof en = {
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
