// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Jupyter messages this backend sends, and what it needs to read from those it gets.
 * SageCell relays only the shell channel (whatever `channel` says) and adds `date` and
 * `version` where they are missing (PROTOCOL.md §3).
 *
 * @packageDocumentation
 */
import type { SageCellMessage } from './outputs.js';

/** SageCell evaluates this after each run: the reply's payload then lists the files the run wrote. */
const FILES_EXPRESSION = { _sagecell_files: 'sys._sage_.new_files()' };

export function newId(): string {
  return crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function shellMessage(msgId: string, session: string, msgType: string, content: Record<string, unknown>) {
  return {
    header: { msg_id: msgId, session, username: '', msg_type: msgType, version: '5.3', date: new Date().toISOString() },
    parent_header: {},
    metadata: {},
    content,
    buffers: [],
    channel: 'shell',
  };
}

export function executeRequest(msgId: string, session: string, code: string) {
  return shellMessage(msgId, session, 'execute_request', {
    code,
    silent: false,
    // History on, unlike the embed: execution counts grow and `_` is the last result, as
    // in a notebook (SageCell kernels keep no history file either way).
    store_history: true,
    user_expressions: FILES_EXPRESSION,
    // The server relays no stdin: a kernel allowed to ask would wait forever.
    allow_stdin: false,
    stop_on_error: false,
  });
}

/** A reader changed an interact's control (interact_sagecell.py, `update_interact_msg`). */
export function interactUpdate(msgId: string, session: string, interactId: string, values: Record<string, unknown>) {
  return shellMessage(msgId, session, 'sagenb.interact.update_interact', {
    interact_id: interactId,
    values,
    update_last: false,
    user_expressions: FILES_EXPRESSION,
  });
}

/** Replies that end a request (the request is done when its reply and its `idle` have come). */
export const REPLY_TYPES = new Set(['execute_reply', 'sagenb.interact.update_interact_reply']);

export function isDeadStatus(msg: SageCellMessage): boolean {
  return msg.header.msg_type === 'status' && msg.content.execution_state === 'dead';
}

export function isIdleStatus(msg: SageCellMessage): boolean {
  return msg.header.msg_type === 'status' && msg.content.execution_state === 'idle';
}

/** `payload[0].new_files` of a reply: files the run wrote (beside those it displayed). */
export function newFilesOf(reply: Record<string, unknown>): string[] {
  const payload = reply.payload;
  if (!Array.isArray(payload)) return [];
  for (const p of payload) {
    const files = (p as { new_files?: unknown } | null)?.new_files;
    if (Array.isArray(files)) return files.filter((f): f is string => typeof f === 'string');
  }
  return [];
}
