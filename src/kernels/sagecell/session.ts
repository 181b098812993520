// SPDX-License-Identifier: BSD-3-Clause
/**
 * A cell's view of a SageCell kernel: the {@link KernelSession} for one language. Sessions
 * of one group share a {@link KernelHolder}, so cells in different languages share one Sage
 * kernel (and its state), as the embed's linked cells do.
 *
 * @packageDocumentation
 */
import type { ExecuteReply, InteractChange, KernelSession, OutputSink, Progress, SessionInfo, SessionStatus } from '../types.js';
import type { KernelHolder } from './holder.js';
import { wrapCode, type SageCellLanguage } from './languages.js';

export class SageCellSession implements KernelSession {
  readonly events = new EventTarget();
  readonly info: SessionInfo;
  #holder: KernelHolder;
  #language: SageCellLanguage;

  constructor(holder: KernelHolder, language: SageCellLanguage) {
    this.#holder = holder;
    this.#language = language;
    this.info = { backend: 'sagecell', name: 'sage', language };
    holder.attach(this.events);
  }

  get status(): SessionStatus {
    return this.#holder.status;
  }

  start(progress?: (p: Progress) => void): Promise<void> {
    return this.#holder.start(progress);
  }

  execute(code: string, sink: OutputSink, opts: { signal?: AbortSignal } = {}): Promise<ExecuteReply> {
    return this.#holder.run(wrapCode(code, this.#language), sink, opts.signal);
  }

  interrupt(): Promise<void> {
    return this.#holder.interrupt();
  }

  restart(): Promise<void> {
    return this.#holder.restart();
  }

  dispose(): Promise<void> {
    return this.#holder.release(this.events);
  }

  interact(change: InteractChange): Promise<void> {
    return this.#holder.interact(change);
  }

  /** The page is going away (page-pool.ts): end the kernel with a request that outlives it. */
  shutdownOnUnload(): void {
    this.#holder.shutdownOnUnload();
  }
}
