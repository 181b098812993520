// SPDX-License-Identifier: BSD-3-Clause
/**
 * Messages translated where they are shown rather than where they are made.
 *
 * A backend is shared by cells that may sit under different `lang` attributes, so what it
 * says to the reader is a {@link MessageRef} (a key of the catalogue and its arguments), and
 * each cell turns it into its own language with {@link say}. Text that came from elsewhere (a
 * server's log, a traceback, a page author's label) stays a plain string, shown as it came.
 *
 * @packageDocumentation
 */
import { en } from './catalogues/en.js';
import type { Messages, Text } from './ref.js';

export { msg, type MessageId, type MessageRef, type Messages, type Text } from './ref.js';

/** `text` in the language of `messages`. */
export function say(messages: Messages, text: Text): string {
  if (typeof text === 'string') return text;
  // A backend's message is there once its code has loaded, which made the message; English, then the
  // bare id, only if a message somehow outran its catalogue (never a blank).
  type Entry = string | ((...args: unknown[]) => string) | undefined;
  const entry = ((messages as Record<string, Entry>)[text.id] ?? (en as Record<string, Entry>)[text.id]) as Entry;
  if (entry === undefined) return text.id;
  return typeof entry === 'function' ? entry(...text.args) : entry;
}

/** `text` in English: for Error.message, the console and event details. */
export function english(text: Text): string {
  return say(en, text);
}
