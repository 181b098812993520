// SPDX-License-Identifier: BSD-3-Clause
/**
 * Sessions shared by key (DESIGN §3). Cells whose options are equal share one kernel, like
 * the cells of a notebook; runs on one kernel execute in the order they were asked for;
 * an isolated run gets a kernel of its own that is disposed when the run ends.
 *
 * The pool knows no backend: it is given a `connect` function (the backend registry in the
 * page, a fake in unit tests).
 *
 * @packageDocumentation
 */
import {
  type ExecuteReply,
  type KernelSession,
  type OutputSink,
  type Progress,
  type SessionOptions,
} from './types.js';

export type Connect = (options: SessionOptions, progress?: (p: Progress) => void) => Promise<KernelSession>;

export interface RunRequest {
  code: string;
  sink: OutputSink;
  isolated?: boolean;
  signal?: AbortSignal;
  /** Standard input (Jobe's batch runs). */
  stdin?: string;
  /** Called once the run waits behind another run on the same kernel. */
  onQueued?: () => void;
  /** Called when the kernel is there and the code is being sent. */
  onStart?: (session: KernelSession) => void;
}

/**
 * What `promise` gives, or undefined as soon as `signal` aborts (the promise goes on: a kernel
 * that was starting is still there for the next run). A rejection comes through.
 */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T | undefined> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

/** The key two cells must share to share a kernel. Field order is fixed, so equal options give equal keys. */
export function sessionKey(o: SessionOptions): string {
  return JSON.stringify([
    o.backend,
    o.server ?? '',
    o.token ?? '',
    o.kernel ?? '',
    o.language ?? '',
    o.binderUrl ?? '',
    o.provider ?? '',
    o.repo ?? '',
    o.ref ?? '',
    o.session ?? '',
    o.pyodideIndexUrl ?? '',
    o.cputime ?? '',
    o.memorylimit ?? '',
    o.tokenUrl ?? '',
  ]);
}

interface Entry {
  session: Promise<KernelSession>;
  /** The last run queued on this kernel; the next one starts when it settles. */
  tail: Promise<unknown>;
  /** Runs asked for and not finished yet. */
  pending: number;
  /** The session has started. */
  ready: boolean;
  /** The session itself, once it has started (so a run need not await it). */
  started?: KernelSession;
}

export class KernelPool {
  /** `session` events (detail: `{ key, session }`) each time a shared session starts or is replaced. */
  readonly events = new EventTarget();
  #entries = new Map<string, Entry>();
  #connect: Connect;

  constructor(connect: Connect) {
    this.#connect = connect;
  }

  /** The shared session for these options, started on first use. */
  session(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
    return this.#entry(options, progress).session;
  }

  /** Whether the shared session for these options has started (a run would not wait for a kernel). */
  isReady(options: SessionOptions): boolean {
    return this.#entries.get(sessionKey(options))?.ready ?? false;
  }

  /** The session if it is already running (or starting), without starting one. */
  existing(options: SessionOptions): Promise<KernelSession> | undefined {
    return this.#entries.get(sessionKey(options))?.session;
  }

  /** Run code on the shared kernel for `options`, after the runs asked for before it. */
  run(options: SessionOptions, req: RunRequest, progress?: (p: Progress) => void): Promise<ExecuteReply> {
    if (req.isolated) return this.#runIsolated(options, req, progress);
    const entry = this.#entry(options, progress);
    if (entry.pending > 0) req.onQueued?.();
    else if (entry.started) return this.#runNow(entry, entry.started, req);
    entry.pending++;
    // A failed earlier run must not fail this one: wait for it to settle, whatever the outcome.
    const previous = entry.tail.catch(() => undefined);
    const mine = (async (): Promise<ExecuteReply> => {
      try {
        // Stopped while it waits behind another run, or while the kernel starts (Python
        // booting, a Binder build): it ends at once and never runs.
        await untilAborted(previous, req.signal);
        if (req.signal?.aborted) return { status: 'aborted', executionCount: null };
        const session = await untilAborted(entry.session, req.signal);
        if (!session || req.signal?.aborted) return { status: 'aborted', executionCount: null };
        req.onStart?.(session);
        return await session.execute(req.code, req.sink, { signal: req.signal, stdin: req.stdin });
      } finally {
        entry.pending--;
      }
    })();
    // The runs asked for after this one still wait for the runs ahead of it, even when this
    // one was stopped while it waited.
    entry.tail = Promise.all([previous, mine.catch(() => undefined)]);
    return mine;
  }

  /**
   * The common case, a run on a kernel that is up and idle: send the code in this very task,
   * before the microtasks queued by the click (the cell's re-render) take their turn.
   */
  #runNow(entry: Entry, session: KernelSession, req: RunRequest): Promise<ExecuteReply> {
    if (req.signal?.aborted) return Promise.resolve({ status: 'aborted', executionCount: null });
    entry.pending++;
    let mine: Promise<ExecuteReply>;
    try {
      req.onStart?.(session);
      mine = session.execute(req.code, req.sink, { signal: req.signal, stdin: req.stdin });
    } catch (e) {
      mine = Promise.reject(e);
    }
    mine = mine.finally(() => entry.pending--);
    entry.tail = mine;
    return mine;
  }

  async #runIsolated(options: SessionOptions, req: RunRequest, progress?: (p: Progress) => void): Promise<ExecuteReply> {
    // Backends may start a one-run kernel differently (SageCell: one the server ends after the run).
    const session = await this.#connect({ ...options, isolated: true }, progress);
    try {
      if (req.signal?.aborted) return { status: 'aborted', executionCount: null };
      req.onStart?.(session);
      return await session.execute(req.code, req.sink, { signal: req.signal, stdin: req.stdin });
    } finally {
      void session.dispose();
    }
  }

  /**
   * Restart the shared kernel. A session that cannot restart (its kernel is gone, or it
   * never started) is replaced by a fresh one.
   */
  async restart(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
    const key = sessionKey(options);
    const entry = this.#entries.get(key);
    if (entry) {
      const session = await entry.session.catch(() => null);
      if (session) {
        try {
          await session.restart();
          this.events.dispatchEvent(new CustomEvent('session', { detail: { key, session } }));
          return session;
        } catch {
          void session.dispose().catch(() => {});
        }
      }
      this.#entries.delete(key);
    }
    return this.session(options, progress);
  }

  async interrupt(options: SessionOptions): Promise<void> {
    const session = await this.existing(options)?.catch(() => null);
    await session?.interrupt();
  }

  /** Forget a session (after it failed to start), so the next run starts a new one. */
  forget(options: SessionOptions): void {
    this.#entries.delete(sessionKey(options));
  }

  /** Every session the pool started, for shutdown when the page goes away. */
  async sessions(): Promise<KernelSession[]> {
    const all = await Promise.all([...this.#entries.values()].map((e) => e.session.catch(() => null)));
    return all.filter((s): s is KernelSession => s !== null);
  }

  /**
   * Drop every session without waiting (page unload); `each` gets the ones already running,
   * in this very task for those that have started: a request a page makes as it goes away
   * must start inside its pagehide handler (Firefox drops a keepalive fetch begun from a
   * later microtask, as it closes a tab, about half the time).
   */
  drain(each: (s: KernelSession) => void): void {
    for (const entry of this.#entries.values()) {
      if (entry.started) each(entry.started);
      else void entry.session.then(each, () => {});
    }
    this.#entries.clear();
  }

  #entry(options: SessionOptions, progress?: (p: Progress) => void): Entry {
    const key = sessionKey(options);
    let entry = this.#entries.get(key);
    if (!entry) {
      const session = this.#connect(options, progress);
      entry = { session, tail: Promise.resolve(), pending: 0, ready: false };
      const created = entry;
      this.#entries.set(key, entry);
      session.then(
        (s) => {
          created.ready = true;
          created.started = s;
          this.events.dispatchEvent(new CustomEvent('session', { detail: { key, session: s } }));
        },
        // A kernel that failed to start is not kept: the next run tries again.
        () => {
          if (this.#entries.get(key) === created) this.#entries.delete(key);
        },
      );
    }
    return entry;
  }
}

