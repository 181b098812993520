// SPDX-License-Identifier: BSD-3-Clause
/**
 * Runs a cell's code on its kernel and keeps what the reader should see about it: the
 * cell's status, the execution count, a progress line while a kernel starts, and a message
 * when something failed (what failed, and what to do).
 *
 * A Lit reactive controller: it knows its host only as something to update and to
 * dispatch events from, so it can be driven by a fake host.
 *
 * @packageDocumentation
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pool as pagePool } from '../kernels/page-pool.js';
import { sessionKey, type KernelPool } from '../kernels/pool.js';
import {
  CellError,
  type CodeAnnotation,
  type InteractChange,
  type KernelSession,
  type OutputSink,
  type Progress,
  type RunResult,
  type SessionNotice,
  type SessionOptions,
  type SessionStatus,
} from '../kernels/types.js';
import type { OutputModel } from '../output/model.js';
import { msg, type Text } from '../i18n/text.js';
import { ExecCellDoneEvent, ExecCellRunEvent, ExecCellStatusEvent, type CellStatus } from './events.js';

export type Notice = SessionNotice;

export interface KernelHost extends ReactiveControllerHost, EventTarget {
  /** Called before `exec-cell-status` is dispatched, so listeners see the new status on the host. */
  statusChanged?(status: CellStatus): void;
}

/** Where a run's outputs go, as the controller needs it. */
export interface OutputTarget {
  readonly model: OutputModel;
  input: OutputSink['input'];
  /**
   * The run ended: draw what is pending and drop unanswered input boxes; resolves when the
   * outputs are on screen (`exec-cell-done` waits for it).
   */
  settle(): Promise<void> | void;
  /** Point at a line of the code (a compile error); `null` removes the mark (a new run). */
  annotate?(a: CodeAnnotation | null): void;
}

export interface RunPlan {
  code: string;
  /** The kernel's identity, or why the cell's attributes do not name one. */
  options: SessionOptions | CellError;
  isolated: boolean;
  /** Seconds; 0 or undefined for no limit. */
  timeout?: number;
  /** Standard input (the cell's stdin box), for backends that take it with the code. */
  stdin?: string;
}

/**
 * How long a new run leaves the previous run's outputs as they are before its first output;
 * after that they are shown as stale (dimmed) until the first output replaces them.
 */
const STALE_OUTPUTS_MS = 100;

/** Lines of a build log kept for the reader (the end of a log is what explains a failure). */
const MAX_LOG_LINES = 500;

/** After an interrupt, how long code may take to stop before it is interrupted again, then restarted. */
const INTERRUPT_GRACE_MS = 5_000;

export class KernelController implements ReactiveController {
  status: CellStatus = 'idle';
  executionCount: number | null = null;
  notice: Notice | null = null;
  progress: Progress | null = null;
  /** The build log of the kernel being started (last lines), shown under the progress. */
  log: string[] = [];
  /** The language the kernel reported, for the editor when the cell names none. */
  kernelLanguage = '';
  /** The outputs on screen are the previous run's, and this run has lasted a while. */
  outputsStale = false;
  /**
   * What a screen reader hears when a run ends, once ("Run finished, 3 outputs"): the output
   * area itself is not a live region, so a long stream does not flood the reader with lines.
   */
  announcement: Text | null = null;

  #host: KernelHost;
  #model: OutputModel;
  #target: OutputTarget;
  #pool: KernelPool;
  /** Runs of this cell asked for and not finished (the first may be running). */
  #runs = new Set<AbortController>();
  /** The session the running run is on, and the session whose status we follow. */
  #current: KernelSession | null = null;
  #watched: KernelSession | null = null;
  #watchedKey = '';
  #lastOptions: SessionOptions | null = null;
  /** The session this cell's outputs came from: their interactive controls talk to it. */
  #outputsSession: KernelSession | null = null;
  #outputsIsolated = false;

  constructor(host: KernelHost, target: OutputTarget, kernelPool: KernelPool = pagePool) {
    this.#host = host;
    this.#target = target;
    this.#model = target.model;
    this.#pool = kernelPool;
    host.addController(this);
  }

  hostConnected(): void {
    this.#pool.events.addEventListener('session', this.#onPoolSession);
  }

  hostDisconnected(): void {
    this.#pool.events.removeEventListener('session', this.#onPoolSession);
  }

  get running(): boolean {
    return this.#runs.size > 0;
  }

  async run(plan: RunPlan): Promise<RunResult> {
    const event = new ExecCellRunEvent(plan.code);
    this.#host.dispatchEvent(event);
    if (event.defaultPrevented) {
      return { status: 'aborted', executionCount: this.executionCount, outputs: this.#model.outputs };
    }
    this.notice = null;
    this.announcement = null;
    if (plan.options instanceof CellError) {
      return this.#finish(this.#fail(plan.options));
    }
    const options = plan.options;
    this.#lastOptions = options;
    this.releaseOutputs();
    const abort = new AbortController();
    this.#runs.add(abort);
    this.#setStatus(plan.isolated || !this.#pool.isReady(options) ? 'connecting' : 'busy');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    // The previous run's outputs leave when this run shows its first output (or ends): a
    // re-run replaces them in one step instead of blanking the cell first (no jump, no empty
    // frame). A run that lasts shows them dimmed meanwhile, so they are not read as its own.
    let stale = false;
    let staleTimer: ReturnType<typeof setTimeout> | undefined;
    const fresh = () => {
      if (!stale) return;
      stale = false;
      clearTimeout(staleTimer);
      this.#model.clear();
      if (this.outputsStale) {
        this.outputsStale = false;
        this.#host.requestUpdate();
      }
    };
    const sink: OutputSink = {
      output: (o) => (fresh(), this.#model.add(o)),
      update: (id, o) => (fresh(), this.#model.update(id, o)),
      clear: (wait) => (fresh(), this.#model.clear(wait)),
      input: (prompt, password) => (fresh(), this.#target.input(prompt, password)),
      // A backend that reconnects during a run (a culled Binder server relaunched) shows how far it is.
      progress: (p) => this.#onProgress(p),
      annotate: (a) => this.#target.annotate?.(a),
    };
    this.#target.annotate?.(null);
    this.log = [];
    const onProgress = (p: Progress) => this.#onProgress(p);
    let result: RunResult;
    try {
      const reply = await this.#pool.run(
        options,
        {
          code: plan.code,
          stdin: plan.stdin,
          sink,
          isolated: plan.isolated,
          signal: abort.signal,
          onQueued: () => onProgress({ phase: msg('phaseWaiting'), message: msg('waitingForOtherCell') }),
          onStart: (session) => {
            this.#current = session;
            this.#outputsSession = session;
            this.#outputsIsolated = plan.isolated;
            if (!plan.isolated) this.#watch(session, sessionKey(options));
            this.kernelLanguage = session.info.language;
            this.progress = null;
            stale = true;
            staleTimer = setTimeout(() => {
              if (!this.#model.outputs.length) return;
              this.outputsStale = true;
              this.#host.requestUpdate();
            }, STALE_OUTPUTS_MS);
            this.#setStatus('busy');
            if (plan.timeout && plan.timeout > 0) {
              timer = setTimeout(() => {
                timedOut = true;
                this.#stop(abort, session, options, plan.isolated);
              }, plan.timeout * 1000);
            }
          },
        },
        onProgress,
      );
      fresh();
      this.executionCount = reply.executionCount ?? this.executionCount;
      if (timedOut) {
        // What stopping cost (a backend that had to end its kernel says the state is lost)
        // stays part of the message.
        const cost = (this.notice as Notice | null)?.message;
        this.notice = { kind: 'error', message: msg('timedOut', plan.timeout!), also: cost, hint: msg('timedOutHint') };
      }
      this.#setStatus('idle');
      result = { status: timedOut ? 'aborted' : reply.status, executionCount: this.executionCount, outputs: this.#model.outputs };
    } catch (e) {
      fresh();
      result = this.#fail(e);
    } finally {
      clearTimeout(timer);
      this.#runs.delete(abort);
      this.#current = null;
      this.progress = null;
    }
    return this.#finish(result);
  }

  /** Stop this cell's runs: queued ones never start, the running one is interrupted. */
  async interrupt(): Promise<void> {
    const session = this.#current;
    const options = this.#lastOptions;
    for (const run of this.#runs) run.abort();
    if (session && options) await this.#stop(null, session, options, false);
  }

  /** Restart the cell's kernel (a fresh one if it cannot restart): state is cleared, errors too. */
  async restart(options: SessionOptions | CellError, isolated: boolean): Promise<void> {
    if (options instanceof CellError) {
      this.notice = { kind: 'error', message: options.text, hint: options.hint, actions: options.actions };
      this.#setStatus('error');
      return;
    }
    this.#lastOptions = options;
    for (const run of this.#runs) run.abort();
    this.notice = null;
    if (isolated) {
      // Every run of an isolated cell starts on a fresh kernel already.
      this.#setStatus('idle');
      return;
    }
    this.#setStatus('connecting');
    try {
      this.log = [];
      const session = await this.#pool.restart(options, (p) => this.#onProgress(p));
      this.#watch(session, sessionKey(options));
      this.executionCount = null;
      this.notice = { kind: 'info', message: msg('restarted') };
      this.#setStatus('idle');
    } catch (e) {
      this.#fail(e);
    } finally {
      this.progress = null;
      this.#host.requestUpdate();
    }
  }

  #onProgress(p: Progress): void {
    this.progress = p;
    if (p.log !== undefined) {
      this.log.push(p.log);
      if (this.log.length > MAX_LOG_LINES) this.log.splice(0, this.log.length - MAX_LOG_LINES);
    }
    this.#host.requestUpdate();
  }

  /**
   * A reader changed a control of an interactive output (Sage's `@interact`): the kernel that
   * made the output runs its function again, and its outputs update in place.
   */
  async interact(change: InteractChange): Promise<void> {
    const session = this.#outputsSession;
    if (!session?.interact) return;
    const idle = !this.running;
    if (idle) this.#setStatus('busy');
    try {
      await session.interact(change);
      if (idle && this.status === 'busy') this.#setStatus('idle');
    } catch (e) {
      this.#fail(e);
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** The session this cell's outputs came from (widgets talk to its kernel), if any. */
  get outputsSession(): KernelSession | null {
    return this.#outputsSession;
  }

  /**
   * The cell's outputs are going away (a new run, Clear). An isolated run's kernel may have
   * stayed alive for its interactive controls (see KernelSession.interact): it ends now.
   */
  releaseOutputs(): void {
    const session = this.#outputsSession;
    this.#outputsSession = null;
    if (session && this.#outputsIsolated) void session.dispose();
  }

  /** Show a failure that happened outside a run (a message button's action failed). */
  showError(e: unknown): void {
    this.#fail(e);
    this.#host.requestUpdate();
  }

  /** Forget a message shown in the cell. */
  dismissNotice(): void {
    this.notice = null;
    this.#host.requestUpdate();
  }

  /**
   * Interrupt, and if the code has not stopped after a grace period, interrupt once more; if
   * it still runs after a second grace period, restart its kernel: a run must end, even in C
   * code that ignores interrupts. The second interrupt is for one that was lost (a kernel
   * ignores SIGINT until it has begun the code, and a loaded machine delays both: a CI run
   * restarted a kernel whose `while True: pass` a second SIGINT would have stopped). It comes
   * seconds after the first, which, when it works, has ended the run in milliseconds: one Stop
   * stays one interrupt (a second SIGINT during IPython's traceback leaves a bare line).
   */
  async #stop(abort: AbortController | null, session: KernelSession, options: SessionOptions, isolated: boolean): Promise<void> {
    abort?.abort();
    const interrupt = () =>
      session.interrupt().catch(() => {
        // An interrupt that fails is handled like one that does not work: by the restart below.
      });
    // The runs this Stop is for: a run started after it (on the same kernel) is not its business.
    const runs = abort ? [abort] : [...this.#runs];
    const stopped = () => this.#current !== session || !runs.some((run) => this.#runs.has(run));
    const grace = () => new Promise((resolve) => setTimeout(resolve, INTERRUPT_GRACE_MS));
    await interrupt();
    void (async () => {
      await grace();
      if (stopped()) return;
      await interrupt();
      await grace();
      if (stopped()) return;
      if (isolated) void session.dispose();
      else void this.#pool.restart(options);
      this.notice = { kind: 'error', message: msg('interruptRestartedKernel'), hint: msg('runCellsAgain') };
      this.#host.requestUpdate();
    })();
  }

  #fail(e: unknown): RunResult {
    const error =
      e instanceof CellError
        ? e
        : new CellError(msg('somethingWentWrong', e instanceof Error ? e.message : String(e)), msg('pressRestartAndRetry'));
    this.notice = { kind: 'error', message: error.text, hint: error.hint, actions: error.actions };
    this.#setStatus('error');
    return { status: 'error', executionCount: this.executionCount, outputs: this.#model.outputs };
  }

  async #finish(result: RunResult): Promise<RunResult> {
    this.announcement = announce(result, this.notice);
    await this.#target.settle();
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new ExecCellDoneEvent(result));
    return result;
  }

  /** Follow the status of the kernel this cell runs on: its death shows in this cell too. */
  #watch(session: KernelSession, key: string): void {
    if (this.#watched === session) return;
    this.#watched?.events.removeEventListener('statuschange', this.#onSessionStatus);
    this.#watched?.events.removeEventListener('notice', this.#onSessionNotice);
    this.#watched = session;
    this.#watchedKey = key;
    session.events.addEventListener('statuschange', this.#onSessionStatus);
    session.events.addEventListener('notice', this.#onSessionNotice);
  }

  #onSessionNotice = (e: Event): void => {
    this.notice = (e as CustomEvent<SessionNotice>).detail;
    this.#host.requestUpdate();
  };

  #onSessionStatus = (e: Event): void => {
    const status = (e as CustomEvent<SessionStatus>).detail;
    if (status === 'dead' && !this.running && this.status !== 'error') {
      this.notice = { kind: 'error', message: msg('kernelStopped'), hint: msg('pressRestartForFreshKernel') };
      this.#setStatus('error');
    } else if (status === 'idle' && !this.running && this.status === 'error') {
      // The session works again by itself (a lost connection came back); it says so.
      this.notice = null;
      this.#setStatus('idle');
    }
  };

  /** Another cell restarted (or replaced) the kernel we share: our error state is over. */
  #onPoolSession = (e: Event): void => {
    const { key, session } = (e as CustomEvent<{ key: string; session: KernelSession }>).detail;
    if (key !== this.#watchedKey || this.running) return;
    this.#watch(session, key);
    if (this.status === 'error') {
      this.notice = null;
      this.#setStatus('idle');
    }
  };

  #setStatus(status: CellStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.#host.statusChanged?.(status);
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new ExecCellStatusEvent(status));
  }
}

/**
 * A run's end in one phrase. None when a message explains it: the message is an alert, which
 * the screen reader says itself.
 */
function announce(result: RunResult, notice: Notice | null): Text | null {
  if (result.status === 'aborted') return notice ? null : msg('announceStopped');
  if (result.status === 'ok') return msg('announceFinished', result.outputs.length);
  const error = [...result.outputs].reverse().find((o) => o.output_type === 'error');
  return error && !notice ? msg('announceError', String(error.ename)) : null;
}
