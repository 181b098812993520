// SPDX-License-Identifier: BSD-3-Clause
/**
 * The `pyodide` backend: Python in the reader's browser (DESIGN §1), the default when a cell
 * names no server. Each session is one interpreter in a Web Worker (interpreter.ts); cells that
 * share a key share it, like a notebook.
 *
 * One interpreter is kept booted as a spare. The pool calls {@link connect} for each shared
 * session and for every `isolated` run (and disposes that session after the run), so handing
 * out the spare and booting the next one in the background makes an isolated run, a restart
 * and a Stop on a page that is not cross-origin isolated cost no cold start (~2.5 s, NOTES §3)
 * once the page is warm.
 *
 * @packageDocumentation
 */
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
import { Interpreter, type InterpreterConfig } from './interpreter.js';
import type { RunReply } from './protocol.js';

/** Python's memory ceiling unless the page sets `data-pyodide-memory` (MiB). */
export const DEFAULT_MEMORY_MIB = 1024;
/** Below this, Python cannot even import its standard modules. */
const MIN_MEMORY_MIB = 64;
/** After an interrupt, how long code may take to stop before the interpreter is replaced. */
const INTERRUPT_GRACE_MS = 2_000;

/** Start a Python session (the pool calls this for each shared session and each isolated run). */
export async function connect(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
  const config = interpreterConfig(options);
  const interpreter = take(config);
  progress?.({ phase: 'starting Python', message: 'Loading Python into this page (about 6 MB the first time)…' });
  await interpreter.ready;
  return new PyodideSession(options, config, interpreter);
}

/**
 * Start booting an interpreter before any cell runs (when a Python cell comes into view, say),
 * so the first run does not pay the whole cold start on the click.
 */
export function prepare(options: SessionOptions): void {
  const config = interpreterConfig(options);
  if (!spare || spare.failed || !sameConfig(spare.config, config)) replaceSpare(new Interpreter(config));
}

export function interpreterConfig(options: SessionOptions): InterpreterConfig {
  const mib = Math.max(MIN_MEMORY_MIB, pageConfig().pyodideMemory ?? DEFAULT_MEMORY_MIB);
  const config: InterpreterConfig = { memoryLimit: Math.round(mib * 1024 * 1024) };
  if (options.pyodideIndexUrl) {
    const url = new URL(options.pyodideIndexUrl, globalThis.document?.baseURI ?? globalThis.location?.href);
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    config.packageIndexUrl = url.href;
  }
  return config;
}

let spare: Interpreter | null = null;

function sameConfig(a: InterpreterConfig, b: InterpreterConfig): boolean {
  return a.memoryLimit === b.memoryLimit && (a.packageIndexUrl ?? '') === (b.packageIndexUrl ?? '');
}

function replaceSpare(next: Interpreter | null): void {
  if (spare && spare !== next) spare.terminate();
  spare = next;
}

/**
 * The spare if it fits, else a new interpreter. The next spare boots only once this one is
 * up, so the two never compete for the CPU during the reader's first wait.
 */
function take(config: InterpreterConfig): Interpreter {
  const fits = spare && !spare.failed && !spare.ended && sameConfig(spare.config, config) ? spare : null;
  if (!fits) replaceSpare(null);
  spare = null;
  const interpreter = fits ?? new Interpreter(config);
  interpreter.ready.then(
    () => {
      if (!spare) spare = new Interpreter(config);
    },
    () => {},
  );
  return interpreter;
}

export class PyodideSession implements KernelSession {
  readonly events = new EventTarget();
  readonly info: SessionInfo;
  #status: SessionStatus = 'idle';
  #config: InterpreterConfig;
  #interpreter: Interpreter;
  /** The run in progress (its reply), for interrupt() to wait on. */
  #running: Promise<RunReply | null> | null = null;
  #interrupted = false;
  #stopping: Promise<void> | null = null;

  constructor(options: SessionOptions, config: InterpreterConfig, interpreter: Interpreter) {
    this.info = { backend: 'pyodide', name: 'python3', language: options.language || 'python' };
    this.#config = config;
    this.#interpreter = interpreter;
  }

  get status(): SessionStatus {
    return this.#status;
  }

  async execute(code: string, sink: OutputSink, opts: { signal?: AbortSignal } = {}): Promise<ExecuteReply> {
    if (this.#status === 'dead') {
      throw new CellError('Python is not running.', 'Press Restart to start a fresh Python.', 'dead');
    }
    // After a Stop or a memory failure the replacement may still be booting.
    await this.#ready();
    this.#interrupted = false;
    const onAbort = () => void this.interrupt();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    this.#setStatus('busy');
    try {
      const running = this.#interpreter.run(code, sink);
      this.#running = running;
      const reply = await running;
      if (!reply) return { status: 'aborted', executionCount: null };
      // The reader sees the MemoryError now; the fresh interpreter boots behind it.
      if (reply.memory || reply.fatal) void this.#afterFailure(reply).catch(() => {});
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
    if (!running) return;
    this.#interrupted = true;
    if (this.#interpreter.interrupt() && (await settlesWithin(running, INTERRUPT_GRACE_MS))) return;
    const isolatedPage = this.#interpreter.interruptible;
    await this.#replace({
      kind: 'info',
      message: isolatedPage
        ? 'The code did not stop when interrupted, so Python was restarted: variables from earlier runs are lost.'
        : 'Stopped by restarting Python (this page cannot interrupt it otherwise): variables from earlier runs are lost.',
      hint: 'Run the cells you need again.',
    });
  }

  async restart(): Promise<void> {
    await this.#replace(null);
  }

  async dispose(): Promise<void> {
    this.#interpreter.terminate();
  }

  async #afterFailure(reply: RunReply): Promise<void> {
    const mib = Math.round(this.#config.memoryLimit / 2 ** 20);
    await this.#replace({
      kind: 'error',
      message: reply.memory
        ? `Python ran out of memory (this page allows it ${mib} MiB), so it was restarted: variables from earlier runs are lost.`
        : 'Python failed in a way it cannot recover from, so it was restarted: variables from earlier runs are lost.',
      hint: reply.memory ? 'Use less memory (smaller data, fewer copies), then run the cells you need again.' : 'Run the cells you need again.',
    });
  }

  /** A fresh interpreter in place of the current one (the spare when there is one). */
  async #replace(notice: SessionNotice | null): Promise<void> {
    this.#interpreter.terminate();
    this.#interpreter = take(this.#config);
    if (notice) this.events.dispatchEvent(new CustomEvent('notice', { detail: notice }));
    await this.#ready();
  }

  async #ready(): Promise<void> {
    const interpreter = this.#interpreter;
    if (!interpreter.booted) this.#setStatus('connecting');
    try {
      await interpreter.ready;
    } catch (e) {
      this.#setStatus('dead');
      throw e;
    }
    if (interpreter.ended) {
      this.#setStatus('dead');
      throw new CellError('Python is not running.', 'Press Restart to start a fresh Python.', 'dead');
    }
    if (this.#status === 'connecting') this.#setStatus('idle');
  }

  #setStatus(s: SessionStatus): void {
    if (this.#status === s) return;
    this.#status = s;
    this.events.dispatchEvent(new CustomEvent('statuschange', { detail: s }));
  }
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
