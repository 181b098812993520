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
import { en, type Messages } from './catalogues/en.js';

export type { Messages };

export type MessageId = keyof Messages;
type ArgsOf<K extends MessageId> = Messages[K] extends (...args: infer A) => string ? A : [];

/** A message to be said in the language of the cell that shows it. */
export interface MessageRef {
  readonly id: MessageId;
  readonly args: readonly unknown[];
}

/** Text for a reader: a catalogued message, or text shown as it came. */
export type Text = string | MessageRef;

/** A catalogued message with its arguments (plain data: it may cross from a worker). */
export function msg<K extends MessageId>(id: K, ...args: ArgsOf<K>): MessageRef {
  return { id, args };
}

/** `text` in the language of `messages`. */
export function say(messages: Messages, text: Text): string {
  if (typeof text === 'string') return text;
  const entry = messages[text.id] as string | ((...args: unknown[]) => string);
  return typeof entry === 'function' ? entry(...text.args) : entry;
}

/** `text` in English: for Error.message, the console and event details. */
export function english(text: Text): string {
  return say(en, text);
}
