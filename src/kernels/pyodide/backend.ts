// SPDX-License-Identifier: BSD-3-Clause
/**
 * The `pyodide` backend: Python in the reader's browser (DESIGN §1), the default when a cell
 * names no server. Each session is one interpreter in a Web Worker (interpreter.ts); cells that
 * share a key share it, like a notebook.
 *
 * Interpreters come from spare.ts, which keeps one booted ahead: an isolated run, a restart and
 * a Stop on a page that is not cross-origin isolated then cost no cold start once the page is
 * warm.
 *
 * @packageDocumentation
 */
import { msg } from '../../i18n/ref.js';
import { pageConfig } from '../../config.js';
import {
  CellError,
  type ExecuteReply,
  type KernelSession,
  type OutputSink,
  type Progress,
  type SessionInfo,
  type SessionNotice,
  type SessionOptions,
  type SessionStatus,
} from '../types.js';
import type { Interpreter, InterpreterConfig } from './interpreter.js';
import { take, warm } from './spare.js';
import type { RunReply } from './protocol.js';
import type { CommHost } from '../comms.js';

/** Python's memory ceiling unless the page sets `data-pyodide-memory` (MiB). */
export const DEFAULT_MEMORY_MIB = 1024;
/** Below this, Python cannot even import its standard modules. */
const MIN_MEMORY_MIB = 64;
/**
 * After an interrupt, how long code may take to stop before the interpreter is replaced (the
 * interrupt is sent again every 250 ms meanwhile). As long as a kernel's grace: a CI run on two
 * loaded cores replaced a Chromium worker whose `while True: pass` had not raised within 2 s.
 */
const INTERRUPT_GRACE_MS = 5_000;

/** Start a Python session (the pool calls this for each shared session and each isolated run). */
export async function connect(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
  const config = interpreterConfig(options);
  const interpreter = take(config);
  if (!interpreter.booted) progress?.({ phase: msg('phaseStartingPython'), message: msg('loadingPython') });
  await interpreter.ready;
  return new PyodideSession(options, config, interpreter);
}

/**
 * Start booting an interpreter before the first run: the element asks (through the registry)
 * when the reader reaches for a Python cell, so the click does not pay the whole cold start.
 */
export function prepare(options: SessionOptions): void {
  warm(interpreterConfig(options));
}

export function interpreterConfig(options: SessionOptions): InterpreterConfig {
  const mib = Math.max(MIN_MEMORY_MIB, pageConfig().pyodideMemory ?? DEFAULT_MEMORY_MIB);
  const config: InterpreterConfig = { memoryLimit: Math.round(mib * 1024 * 1024) };
  if ((pageConfig().pyodideCache ?? '').trim().toLowerCase() !== 'off') config.cache = true;
  const runtime = pageConfig().pyodideUrl?.trim();
  if (runtime) config.runtimeUrl = folderUrl(runtime);
  // "none" (DESIGN §1): no package index at all, not a folder named none/ beside the page.
  const index = options.pyodideIndexUrl?.trim() ?? '';
  if (!index) config.publicPackages = true;
  else if (index.toLowerCase() !== 'none') config.packageIndexUrl = folderUrl(index);
  return config;
}

/** A folder's address, absolute (against the page) and ending in `/`. */
function folderUrl(address: string): string {
  const url = new URL(address, globalThis.document?.baseURI ?? globalThis.location?.href);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export class PyodideSession implements KernelSession {
  readonly events = new EventTarget();
  readonly info: SessionInfo;
  #status: SessionStatus = 'idle';
  #config: InterpreterConfig;
  /** null after a Stop, a crash or running out of memory: the next run takes a fresh one. */
  #interpreter: Interpreter | null;
  /** The run in progress (its reply), for interrupt() to wait on. */
  #running: Promise<RunReply | null> | null = null;
  #interrupted = false;
  #stopping: Promise<void> | null = null;
  #disposed = false;

  constructor(options: SessionOptions, config: InterpreterConfig, interpreter: Interpreter) {
    this.info = { backend: 'pyodide', name: 'python3', language: options.language || 'python' };
    this.#config = config;
    this.#interpreter = interpreter;
  }

  get status(): SessionStatus {
    return this.#status;
  }

  /** The comms of the interpreter this session runs on now (Jupyter widgets); a fresh one brings fresh comms. */
  get comms(): CommHost | undefined {
    return this.#interpreter?.comms;
  }

  async execute(code: string, sink: OutputSink, opts: { signal?: AbortSignal } = {}): Promise<ExecuteReply> {
    if (this.#disposed) throw new CellError(msg('pythonNotRunning'), msg('pressRestartForFreshPython'), 'dead');
    const interpreter = await this.#ready();
    // Stopped while Python was starting: the code never runs.
    if (opts.signal?.aborted) return { status: 'aborted', executionCount: null };
    this.#interrupted = false;
    const onAbort = () => void this.interrupt();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    // A slider's last value, held back by the widgets' throttle, reaches Python before the run.
    const settling = interpreter.comms?.settled();
    if (settling) await settling;
    this.#setStatus('busy');
    try {
      const running = interpreter.run(code, sink);
      this.#running = running;
      const reply = await running;
      if (!reply) {
        // Ended under the run: by a Stop (which said so), or by the worker failing.
        if (!interpreter.crashed) return { status: 'aborted', executionCount: null };
        this.#replace({ kind: 'error', message: msg('pythonCrashed'), hint: msg('pythonCrashedHint') });
        return { status: 'error', executionCount: null };
      }
      // The reader sees the MemoryError now; a fresh interpreter takes over with the next run.
      if (reply.memory || reply.fatal) this.#replace(failureNotice(reply, this.#config));
      const stopped = this.#interrupted && reply.ename === 'KeyboardInterrupt';
      return { status: stopped ? 'aborted' : reply.status, executionCount: reply.executionCount };
    } finally {
      this.#running = null;
      opts.signal?.removeEventListener('abort', onAbort);
      if (this.#status === 'busy') this.#setStatus('idle');
    }
  }

  /**
   * Stop the running code. Where the page is cross-origin isolated, KeyboardInterrupt keeps the
   * variables; elsewhere (Moodle pages, most sites) the only way is to end the worker, so
   * the reader is told that the state is gone (NOTES §5).
   */
  interrupt(): Promise<void> {
    this.#stopping ??= this.#stop().finally(() => (this.#stopping = null));
    return this.#stopping;
  }

  async #stop(): Promise<void> {
    const running = this.#running;
    const interpreter = this.#interpreter;
    if (!running || !interpreter) return;
    this.#interrupted = true;
    if (interpreter.loadingPackages) {
      // No Python runs while wheels download, so nothing would see an interrupt until they are in.
      this.#replace({ kind: 'info', message: msg('stoppedWhilePackagesLoaded'), hint: msg('runCellsAgain') });
      await running;
      return;
    }
    if (interpreter.interrupt() && (await settlesWithin(running, INTERRUPT_GRACE_MS))) return;
    this.#replace({
      kind: 'info',
      message: interpreter.interruptible ? msg('interruptRestartedPython') : msg('stoppedByRestartingPython'),
      hint: msg('runCellsAgain'),
    });
    await running;
  }

  async restart(): Promise<void> {
    this.#replace(null);
    await this.#ready();
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    this.#interpreter?.terminate();
    this.#interpreter = null;
  }

  /**
   * End the interpreter (a run on it resolves at once). The next run or restart takes a
   * fresh one, the booted spare when there is one, so an isolated session that is disposed
   * after its run never uses up the spare for nothing.
   */
  #replace(notice: SessionNotice | null): void {
    this.#interpreter?.terminate();
    this.#interpreter = null;
    if (notice) this.events.dispatchEvent(new CustomEvent('notice', { detail: notice }));
  }

  /** The interpreter, booted. A failed boot is not kept: the next run tries a fresh one. */
  async #ready(): Promise<Interpreter> {
    if (this.#interpreter?.ended) {
      // Ended under us: the page was left while it ran, and came back from the back-forward cache.
      this.#replace({ kind: 'info', message: msg('pythonStoppedOnLeave'), hint: msg('runCellsAgain') });
    }
    const interpreter = (this.#interpreter ??= take(this.#config));
    if (!interpreter.booted) this.#setStatus('connecting');
    try {
      await interpreter.ready;
    } catch (e) {
      if (this.#interpreter === interpreter) this.#interpreter = null;
      this.#setStatus('idle');
      throw e;
    }
    if (this.#status === 'connecting') this.#setStatus('idle');
    return interpreter;
  }

  #setStatus(s: SessionStatus): void {
    if (this.#status === s) return;
    this.#status = s;
    this.events.dispatchEvent(new CustomEvent('statuschange', { detail: s }));
  }
}

function failureNotice(reply: RunReply, config: InterpreterConfig): SessionNotice {
  const mib = Math.round(config.memoryLimit / 2 ** 20);
  return reply.memory
    ? { kind: 'error', message: msg('pythonOutOfMemory', mib), hint: msg('pythonOutOfMemoryHint') }
    : { kind: 'error', message: msg('pythonUnrecoverable'), hint: msg('runCellsAgain') };
}

function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer));
}
