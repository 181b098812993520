// SPDX-License-Identifier: BSD-3-Clause
/**
 * A kernel that comes back: the one kernel behind a group of cells, replaced by a fresh one
 * whenever the server ends it. A SageCell server ends kernels on its own (15 idle minutes,
 * 30 minutes in all, about 30 s of computing, a dropped connection), cannot interrupt them,
 * and lets a page hold only a few at once, so:
 *
 * - a run whose kernel ends fails with a message that says why and that its state is lost;
 *   a kernel that ends between runs posts a notice; either way the next run starts a fresh
 *   kernel and says that earlier variables are gone;
 * - interrupting ends the kernel (and says that state is lost);
 * - an idle kernel gives up its slot when another cell's kernel start waits for one (queue.ts);
 * - an isolated run's kernel ends with its run (the server ends it: `timeout=0`), unless the
 *   run left working `@interact` controls: then it stays ("parked") until the cell runs
 *   again, its slot is needed, or the page goes away.
 *
 * Cells of every language share their group's kernel: SageCell runs them all in one Sage
 * kernel (languages.ts), as the embed's linked cells do.
 *
 * @packageDocumentation
 */
import {
  CellError,
  type ExecuteReply,
  type InteractChange,
  type OutputSink,
  type Progress,
  type SessionNotice,
  type SessionStatus,
} from '../types.js';
import { msg, type MessageRef } from '../../i18n/ref.js';
import { KernelConversation } from './conversation.js';
import { filesUrl, killKernel } from './http.js';
import { InteractRegistry, type OutputTarget } from './interacts.js';
import { executeRequest, interactUpdate, newId } from './messages.js';
import { attachKernel, warmUp, type KernelChannel } from './multiplex.js';
import { OpenError } from './sockjs.js';
import type { SageCellMessage } from './outputs.js';
import { slotsFor, type Slot } from './queue.js';
import { startKernel } from './start.js';
import './catalogue.js'; // this backend's messages, in every language

/** Why a kernel ended. */
type Ending = 'died' | 'lost' | 'interrupted' | 'restarted' | 'closed' | 'evicted';

interface Kernel {
  id: string;
  slot: Slot;
  channel: KernelChannel | null;
  conversation: KernelConversation;
  ended: boolean;
}

/** Holders with a kernel, for ending them all when the page goes away. */
const live = new Set<KernelHolder>();
globalThis.addEventListener?.('pagehide', () => {
  for (const h of live) h.shutdownOnUnload();
});

export class KernelHolder {
  readonly root: string;
  readonly isolated: boolean;
  #listeners = new Set<EventTarget>();
  #status: SessionStatus = 'connecting';
  #kernel: Kernel | null = null;
  #starting: Promise<Kernel> | null = null;
  /** Why the previous kernel ended, until the next run says so. */
  #lostState: Ending | null = null;
  #interacts = new InteractRegistry();
  #clientSession = newId();
  #parked = false;
  #closed = false;

  constructor(root: string, isolated: boolean) {
    this.root = root;
    this.isolated = isolated;
  }

  get status(): SessionStatus {
    return this.#status;
  }

  /** A session's events: it hears this kernel's status changes and notices. */
  attach(events: EventTarget): void {
    this.#listeners.add(events);
  }

  /** Start the kernel now (a failure reaches the cell at once, with what to do). */
  async start(progress?: (p: Progress) => void): Promise<void> {
    await this.#ensureKernel(undefined, progress);
    if (this.#status === 'connecting') this.#setStatus('idle');
  }

  /** Run code (already in Sage: languages.ts wraps the others). */
  async run(code: string, sink: OutputSink, signal?: AbortSignal): Promise<ExecuteReply> {
    if (this.#closed) throw new CellError(msg('sagecellShutDown'), msg('sagecellRunAgain'), 'closed');
    if (signal?.aborted) return { status: 'aborted', executionCount: null };
    let kernel: Kernel;
    try {
      kernel = await this.#ensureKernel(signal, sink.progress?.bind(sink));
    } catch (e) {
      if (isAbort(e)) return { status: 'aborted', executionCount: null };
      throw e;
    }
    if (this.#lostState) {
      this.#notice({ kind: 'info', message: FRESH_KERNEL[this.#lostState], hint: msg('sagecellFreshKernelHint') });
      this.#lostState = null;
    }
    let interrupted = false;
    const onAbort = () => {
      interrupted = true;
      void this.interrupt();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    this.#setStatus('busy');
    try {
      const { reply, executionCount } = await this.#request(kernel, executeRequest(newId(), this.#clientSession, code), sinkTarget(sink));
      const count = Number(reply.execution_count) || executionCount;
      const status = reply.status === 'ok' ? 'ok' : reply.status === 'aborted' ? 'aborted' : 'error';
      return { status, executionCount: count };
    } catch (e) {
      if (interrupted || e === INTERRUPTED) return { status: 'aborted', executionCount: null };
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (this.#status === 'busy' && !kernel.conversation.pending) this.#setStatus('idle');
    }
  }

  /** A reader changed a control of one of this kernel's interacts. */
  async interact(change: InteractChange): Promise<void> {
    const kernel = this.#kernel;
    if (!kernel || kernel.ended || !this.#interacts.has(change.interactId)) {
      throw new CellError(msg('sagecellControlsEnded'), msg('sagecellControlsEndedHint'), 'interact-ended');
    }
    this.#interacts.noteValue(change.interactId, change.name, change.value);
    const target = this.#interacts.target(change.interactId)!;
    this.#interacts.setBusy(change.interactId, true);
    try {
      await this.#request(kernel, interactUpdate(newId(), this.#clientSession, change.interactId, { [change.name]: change.value }), target);
    } finally {
      this.#interacts.setBusy(change.interactId, false);
    }
  }

  /** SageCell relays no interrupt: the kernel is ended, and the run stops with it. */
  async interrupt(): Promise<void> {
    const kernel = this.#kernel;
    if (!kernel || !kernel.conversation.pending) return;
    void this.#end(kernel, 'interrupted');
    this.#notice({ kind: 'info', message: msg('sagecellInterrupted'), hint: msg('sagecellInterruptedHint') });
  }

  async restart(): Promise<void> {
    if (this.#kernel) await this.#end(this.#kernel, 'restarted');
    this.#lostState = null;
    try {
      await this.#ensureKernel();
      this.#setStatus('idle');
    } catch (e) {
      this.#setStatus('dead');
      throw e;
    }
  }

  /**
   * A session let go. An isolated run's kernel stays, parked, while the run's interact
   * controls work; the next call ends it. A shared kernel ends when its last session goes.
   */
  async release(events: EventTarget): Promise<void> {
    const kernel = this.#kernel;
    if (this.isolated && kernel && !this.#parked && this.#interacts.live > 0) {
      this.#parked = true;
      this.#yieldSlot(kernel);
      return;
    }
    this.#listeners.delete(events);
    if (!this.isolated && this.#listeners.size > 0) return;
    this.#closed = true;
    releaseGroup(this);
    if (kernel) await this.#end(kernel, 'closed');
  }

  /** The page is going away: end the kernel with a request that outlives the page. */
  shutdownOnUnload(): void {
    const kernel = this.#kernel;
    if (!kernel) return;
    this.#kernel = null;
    kernel.ended = true;
    live.delete(this);
    // A page restored from the back/forward cache runs on a fresh kernel: its next run says so.
    this.#lostState = 'closed';
    void killKernel(this.root, kernel.id, true);
  }

  #ensureKernel(signal?: AbortSignal, progress?: (p: Progress) => void): Promise<Kernel> {
    if (this.#kernel) return Promise.resolve(this.#kernel);
    if (!this.#starting) {
      this.#setStatus('connecting');
      const starting = this.#startKernel(signal, progress);
      this.#starting = starting;
      const forget = () => {
        if (this.#starting === starting) this.#starting = null;
      };
      starting.then(forget, forget);
    }
    return this.#starting;
  }

  async #startKernel(signal?: AbortSignal, progress?: (p: Progress) => void): Promise<Kernel> {
    // The SockJS connection opens while the kernel is requested: one round trip saved.
    warmUp(this.root);
    const { id, slot } = await startKernel(this.root, { oneRun: this.isolated, signal, progress });
    const kernel: Kernel = {
      id,
      slot,
      channel: null,
      ended: false,
      conversation: new KernelConversation({
        filesUrl: filesUrl(this.root, id),
        send: (m) => {
          if (!kernel.channel) throw this.#error('lost');
          try {
            kernel.channel.send(m);
          } catch {
            // The connection closed under us (its `lost` is on its way): say so, not the socket's words.
            throw this.#error('lost');
          }
        },
        interacts: this.#interacts,
        onDead: () => void this.#end(kernel, 'died'),
      }),
    };
    try {
      kernel.channel = await attachKernel(this.root, id, {
        message: (m) => kernel.conversation.receive(m as unknown as SageCellMessage),
        lost: () => void this.#end(kernel, 'lost'),
      });
    } catch (e) {
      void killKernel(this.root, id).finally(() => slot.release());
      throw new CellError(connectFailed(this.root, e), msg('sagecellConnectFailedHint'), 'connect-failed');
    }
    this.#kernel = kernel;
    this.#parked = false;
    live.add(this);
    this.#yieldSlot(kernel);
    return kernel;
  }

  /** A request on the kernel; while it runs, the kernel keeps its slot whatever waits. */
  async #request(kernel: Kernel, message: { header: { msg_id: string } }, target: OutputTarget) {
    kernel.slot.yieldTo(null);
    try {
      return await kernel.conversation.request(message, target);
    } finally {
      if (!kernel.ended && !kernel.conversation.pending) this.#yieldSlot(kernel);
    }
  }

  /** An idle kernel may be ended for a kernel start that waits for a slot. */
  #yieldSlot(kernel: Kernel): void {
    if (this.isolated && !this.#parked) return;
    kernel.slot.yieldTo(() => this.#end(kernel, 'evicted'), this.#parked ? 'parked' : 'idle');
  }

  /**
   * The kernel is gone, or going: fail what waits on it, free its slot once the server has
   * let it go (or the next start could meet a 429), and tell the reader what it means.
   */
  #end(kernel: Kernel, why: Ending): Promise<void> {
    if (kernel.ended) return Promise.resolve();
    kernel.ended = true;
    if (this.#kernel === kernel) this.#kernel = null;
    if (!this.#kernel) live.delete(this);
    kernel.channel?.detach();
    const running = kernel.conversation.pending > 0;
    kernel.conversation.fail(why === 'interrupted' ? INTERRUPTED : this.#error(why));
    this.#interacts.disableAll(CONTROLS_STOPPED[why](this.root));
    const released =
      why === 'died' ? Promise.resolve(kernel.slot.release()) : killKernel(this.root, kernel.id).finally(() => kernel.slot.release());
    if (this.#closed || this.isolated) return released;
    if (why === 'died' || why === 'lost' || why === 'evicted') {
      this.#lostState = why;
      this.#setStatus('dead');
      if (!running) {
        this.#notice({ kind: 'error', message: ENDED_NOW[why](this.root), hint: msg('sagecellEndedHint') });
      }
    } else if (why === 'interrupted') {
      // The interrupted cell says so at once (interrupt()); the next run says it to whoever runs.
      this.#lostState = why;
      this.#setStatus('idle');
    }
    return released;
  }

  #error(why: Ending): CellError {
    if (why === 'lost') return new CellError(msg('sagecellConnectionLost', this.root), msg('sagecellConnectionLostHint'), 'connection-lost');
    if (why === 'died') return new CellError(msg('sagecellKernelDied'), msg('sagecellKernelDiedHint'), 'kernel-died');
    return new CellError(msg('sagecellKernelEnded'), msg('sagecellRunAgain'), 'kernel-ended');
  }

  #notice(n: SessionNotice): void {
    for (const l of this.#listeners) l.dispatchEvent(new CustomEvent('notice', { detail: n }));
  }

  #setStatus(s: SessionStatus): void {
    if (this.#status === s) return;
    this.#status = s;
    for (const l of this.#listeners) l.dispatchEvent(new CustomEvent('statuschange', { detail: s }));
  }
}

/** How a request learns that the reader interrupted it (it then ends as `aborted`). */
const INTERRUPTED = new Error('interrupted');

/** What the next run says, on a fresh kernel, about why the previous one ended. */
const FRESH_KERNEL: Record<Ending, MessageRef> = {
  died: msg('sagecellFreshKernelDied'),
  lost: msg('sagecellFreshKernelLost'),
  interrupted: msg('sagecellFreshKernelInterrupted'),
  restarted: msg('sagecellFreshKernelRestarted'),
  closed: msg('sagecellFreshKernelClosed'),
  evicted: msg('sagecellFreshKernelEvicted'),
};

/** What the cells on a shared kernel hear when it ends between runs. */
const ENDED_NOW: Record<'died' | 'lost' | 'evicted', (root: string) => MessageRef> = {
  died: () => msg('sagecellEndedDied'),
  lost: (root) => msg('sagecellEndedLost', root),
  evicted: (root) => msg('sagecellEndedEvicted', slotsFor(root).limit, root),
};

/** What an ended kernel's interact controls say. */
const CONTROLS_STOPPED: Record<Ending, (root: string) => MessageRef> = {
  died: () => msg('sagecellControlsStoppedDied'),
  lost: () => msg('sagecellControlsStoppedLost'),
  interrupted: () => msg('sagecellControlsStoppedInterrupted'),
  restarted: () => msg('sagecellControlsStoppedRestarted'),
  closed: () => msg('sagecellControlsStoppedClosed'),
  evicted: (root) => msg('sagecellControlsStoppedEvicted', slotsFor(root).limit),
};

/** Why the page's connection to the server did not open, in words the reader's language has. */
function connectFailed(root: string, e: unknown): MessageRef {
  const failure = e instanceof OpenError ? e.failure : null;
  if (failure?.why === 'timeout') return msg('sagecellConnectNoAnswer', root, failure.seconds);
  if (failure?.why === 'closed') return msg('sagecellConnectClosed', root, String(failure.code));
  if (failure?.why === 'closed-while-opening') return msg('sagecellConnectClosedOpening', root);
  // The browser's or the server's words, as they came.
  return msg('sagecellConnectFailed', root, e instanceof Error ? e.message : String(e));
}

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** A run's sink as an output target. */
function sinkTarget(sink: OutputSink): OutputTarget {
  return {
    add: (o) => sink.output(o),
    update: (id, o) => sink.update(id, o),
    clear: () => sink.clear(false),
  };
}

/** Shared kernels by server and share key (the cell's `session`), whatever the cells' languages. */
const groups = new Map<string, KernelHolder>();

export function sharedHolder(root: string, session: string): KernelHolder {
  const key = `${root}\n${session}`;
  let holder = groups.get(key);
  if (!holder) groups.set(key, (holder = new KernelHolder(root, false)));
  return holder;
}

function releaseGroup(holder: KernelHolder): void {
  for (const [key, h] of groups) if (h === holder) groups.delete(key);
}
