// SPDX-License-Identifier: BSD-3-Clause
// What several languages of this catalogue share (see ../catalogue.ts).
/** Between the build log lines of {@link binderMessages}' `binderBuildFailedHint` (never in a log line: lines are trimmed text). */
export const BINDER_TAIL_SEPARATOR = '\u001f';

/** Each log line of `tail` in the language's quotation marks, one after the other. */
export const quoted = (tail: string, open: string, close: string) =>
  tail
    .split(BINDER_TAIL_SEPARATOR)
    .map((l) => `${open}${l}${close}`)
    .join(' ');

/** A time of day (epoch milliseconds) as the language writes it: 3:42 PM, 15:42. */
export const clock = (lang: string, at: number) => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(at);

/** "in 5 minutes" as the language says it. */
export const inMinutes = (lang: string, minutes: number) => new Intl.RelativeTimeFormat(lang).format(minutes, 'minute');

/** An interpolated string in Arabic text, isolated so that its own direction cannot reorder the sentence. */
export const iso = (s: string) => `\u2068${s}\u2069`;
