// SPDX-License-Identifier: BSD-3-Clause
/**
 * The messages of one kernel: requests out, replies and outputs in. A request is done when
 * both its reply and its `status: idle` have arrived, in whichever order (they interleave
 * with other requests' messages, PROTOCOL.md §5). Outputs go where they belong: to the
 * interact named in their metadata, else to the request that caused them. They are applied
 * one at a time, in order, even when one needs a fetch (a plot) or KaTeX (maths): a request
 * ends only after its last output is in place.
 *
 * No network here: the session hands in a `send` function and feeds received messages to
 * {@link KernelConversation.receive}, which is what the transcript replay tests drive.
 *
 * @packageDocumentation
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { english, msg } from '../../i18n/text.js';
import { fileOutput } from './files.js';
import type { InteractRegistry, OutputTarget } from './interacts.js';
import { isDeadStatus, isIdleStatus, newFilesOf, REPLY_TYPES } from './messages.js';
import { interactIdOf, mapIopub, newFilesOutput, type SageCellMessage } from './outputs.js';
import { hasTex, typesetHtml } from './tex.js';
import './catalogue.js'; // this backend's messages, in every language

export interface ConversationOptions {
  filesUrl: string;
  send(message: { header: { msg_id: string } }): void;
  interacts: InteractRegistry;
  /** The server ended the kernel: its synthetic `status: dead`. */
  onDead(): void;
}

export interface RequestResult {
  reply: Record<string, unknown>;
  /** From `execute_input`, for runs. */
  executionCount: number | null;
}

interface Pending {
  target: OutputTarget;
  reply?: Record<string, unknown>;
  idle: boolean;
  executionCount: number | null;
  resolve(r: RequestResult): void;
  reject(e: unknown): void;
}

export class KernelConversation {
  #o: ConversationOptions;
  #pending = new Map<string, Pending>();
  #pipeline: Promise<void> = Promise.resolve();
  #failed: unknown = null;

  constructor(o: ConversationOptions) {
    this.#o = o;
  }

  /** Requests waiting for their reply or idle. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Send a request; its outputs go to `target`; resolves when it is done. */
  request(message: { header: { msg_id: string } }, target: OutputTarget): Promise<RequestResult> {
    if (this.#failed) return Promise.reject(this.#failed);
    return new Promise<RequestResult>((resolve, reject) => {
      this.#pending.set(message.header.msg_id, { target, idle: false, executionCount: null, resolve, reject });
      try {
        this.#o.send(message);
      } catch (e) {
        this.#pending.delete(message.header.msg_id);
        reject(e);
      }
    });
  }

  /** The kernel is gone: every request still waiting fails with `error`, and so will new ones. */
  fail(error: unknown): void {
    this.#failed = error;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }

  receive(msg: SageCellMessage): void {
    if (isDeadStatus(msg) && !msg.parent_header?.msg_id) {
      this.#o.onDead();
      return;
    }
    const parentId = msg.parent_header?.msg_id;
    const request = parentId ? this.#pending.get(parentId) : undefined;
    if (REPLY_TYPES.has(msg.header.msg_type)) {
      if (request) {
        request.reply = msg.content;
        this.#settleIfDone(parentId!, request);
      }
      return;
    }
    if (msg.header.msg_type === 'status') {
      if (request && isIdleStatus(msg)) {
        request.idle = true;
        this.#settleIfDone(parentId!, request);
      }
      return;
    }
    if (msg.header.msg_type === 'execute_input') {
      if (request) request.executionCount = Number(msg.content.execution_count) || null;
      return;
    }
    const mapped = mapIopub(msg, this.#o.filesUrl);
    if (mapped.kind === 'none') return;
    const interactId = interactIdOf(msg);
    const interacts = this.#o.interacts;
    this.#then(async () => {
      // Where it goes is decided in turn, not on arrival: the interact it names may be made
      // by a step still queued. An interact's output goes to that interact; output for one
      // the page no longer shows is dropped.
      const target = interactId ? interacts.target(interactId) : request?.target;
      if (!target) return;
      switch (mapped.kind) {
        case 'output':
          target.add(await typeset(mapped.output));
          break;
        case 'file':
          target.add(await fileOutput(this.#o.filesUrl, mapped.path, mapped.label));
          break;
        case 'clear':
          target.clear();
          break;
        case 'interact':
          interacts.create(mapped.spec, target, interactId);
          break;
        case 'interact-control':
          interacts.controlChange(mapped.change);
          break;
      }
    }, () => (interactId ? interacts.target(interactId) : request?.target));
  }

  #settleIfDone(msgId: string, request: Pending): void {
    if (!request.reply || !request.idle) return;
    this.#pending.delete(msgId);
    const reply = request.reply;
    const files = newFilesOutput(newFilesOf(reply), this.#o.filesUrl);
    if (files) this.#then(async () => request.target.add(files), () => request.target);
    // Resolve after the outputs before it are in place.
    void this.#pipeline.then(() => request.resolve({ reply, executionCount: request.executionCount }));
  }

  /** Apply outputs one at a time, in arrival order; a failure shows in the output, never stops the rest. */
  #then(step: () => Promise<void>, target: () => OutputTarget | undefined): void {
    this.#pipeline = this.#pipeline.then(step).catch((e: unknown) => {
      target()?.add({
        output_type: 'stream',
        name: 'stderr',
        text: `${english(msg('sagecellOutputNotShown', e instanceof Error ? e.message : String(e)))}\n`,
      } as IOutput);
    });
  }
}

/** HTML carrying TeX scripts, with the maths typeset. */
async function typeset(output: IOutput): Promise<IOutput> {
  const data = (output as { data?: Record<string, unknown> }).data;
  const html = data?.['text/html'];
  if (typeof html !== 'string' || !hasTex(html)) return output;
  return { ...output, data: { ...data, 'text/html': await typesetHtml(html) } } as IOutput;
}
