// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';

const L_EN = 'en';

export const en = {
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
