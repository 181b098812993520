// SPDX-License-Identifier: BSD-3-Clause
/**
 * Naming a message without its words: {@link msg} makes plain data that any module can build
 * (the Python worker too) without loading a single catalogue; the cell that shows it says it
 * in its own language (text.ts).
 *
 * @packageDocumentation
 */
import type { Messages } from './catalogues/en.js';
import type { JupyterMessages } from '../kernels/jupyter-catalogue.js';
import type { BinderMessages } from '../kernels/binder/catalogue.js';
import type { SagecellMessages } from '../kernels/sagecell/catalogue.js';
import type { JobeMessages } from '../kernels/jobe/catalogue.js';
import type { PyodideMessages } from '../kernels/pyodide/catalogue.js';

export type { Messages };

/** Every message: the core catalogue's and each backend's (which join it as the backend loads). */
export type AllMessages = Messages & JupyterMessages & BinderMessages & SagecellMessages & JobeMessages & PyodideMessages;

export type MessageId = keyof AllMessages;
type ArgsOf<K extends MessageId> = AllMessages[K] extends (...args: infer A) => string ? A : [];

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
