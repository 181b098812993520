// SPDX-License-Identifier: BSD-3-Clause
/**
 * One Python interpreter, seen from the page: a module worker running Pyodide (worker.ts).
 * It boots the worker, runs code on it and turns the worker's messages into calls on the
 * run's {@link OutputSink}; it can interrupt a run (where the page is cross-origin isolated)
 * and end the worker. Sessions (backend.ts) decide when to do which.
 *
 * @packageDocumentation
 */
import { msg } from '../../i18n/ref.js';
import { CellError, type OutputSink } from '../types.js';
import { deliver, type FromWorker, type PythonOutput, type RunReply, type ToWorker } from './protocol.js';
import { errorOutput } from '../../output/own-error.js';
import type { IError } from '@jupyterlab/nbformat';
import type { PyodideCommHost } from './comm-host.js';
import { syncChannel, type SyncChannel } from './sync-channel.js';
import { onPageLeave } from '../../page-leave.js';
import './catalogue.js'; // this backend's messages, in every language

/**
 * The Pyodide runtime (pyodide.asm.mjs/.wasm, python_stdlib.zip, pyodide-lock.json), copied
 * by the build into `dist/pyodide/`, one level above this chunk (`dist/chunks/`). Resolved
 * from the script's own URL so a Moodle plugin or a static site serves it from wherever it
 * put exec-cell (NOTES §2). A variable, not a literal, so bundlers leave it alone.
 */
const RUNTIME_DIR = '../pyodide/';

/** The widget wheels (widget-wheels.json), copied by the build into `dist/python-wheels/`. */
const WHEELS_DIR = '../python-wheels/';

/** How many runs' cells are remembered for what widget callbacks print (the latest). */
const REMEMBERED_RUNS = 200;

/**
 * A last resort: a boot that has not finished by then is given up. The known ways to hang
 * (a missing file, a `.wasm` with the wrong type) are caught sooner, by the worker.
 */
const BOOT_TIMEOUT_MS = 120_000;

/**
 * How often a Stop is sent again while Python has taken the flag but not raised. The first
 * normally raises within 10 ms (NOTES §5); one lost under load was raised by the next.
 */
const INTERRUPT_RESEND_MS = 250;

export interface InterpreterConfig {
  /** Where the runtime is (`data-pyodide-url`), absolute, ending in `/`; else beside exec-cell's files. */
  runtimeUrl?: string;
  /** A full Pyodide distribution for packages (`data-pyodide-index-url`), absolute, ending in `/`. */
  packageIndexUrl?: string;
  /** Without an index: load packages from the public Pyodide distribution (false: `data-pyodide-index-url="none"`). */
  publicPackages?: boolean;
  /** The most memory Python may use, in bytes. */
  memoryLimit: number;
  /** Keep what makes the next visit start fast in the browser's storage (`data-pyodide-cache`, on unless "off"). */
  cache?: boolean;
}

interface CurrentRun {
  id: number;
  sink: OutputSink;
  resolve: (reply: RunReply | null) => void;
  /** Sends the interrupt again while it has not been raised (set by the first Stop). */
  resend?: ReturnType<typeof setInterval>;
  /** Python's SIGINT handler ran: KeyboardInterrupt is on its way, do not send more. */
  interrupted?: boolean;
}

/** Interpreters whose worker is alive: those running a cell are ended when the page is left. */
const live = new Set<Interpreter>();
let leaving = false;

function endRunningOnLeave(): void {
  if (leaving) return;
  leaving = true;
  // A worker busy in Python would go on burning a core after the page is gone in WebKit
  // (its terminate() cannot stop WebAssembly): end it through the channel. Idle ones are left
  // to the browser, and to the back-forward cache.
  onPageLeave(() => {
    for (const interpreter of live) if (interpreter.running) interpreter.terminate();
  });
}

export class Interpreter {
  /** Resolves when Python answers; rejects with a {@link CellError} saying why it did not start. */
  readonly ready: Promise<void>;
  /**
   * Resolves once a snapshot of this boot is in Cache Storage, or none will be (it started from
   * one, the page turned them off, or storing failed); rejects if the interpreter ends first.
   * An interpreter booted after this starts from the snapshot instead of cold.
   */
  readonly snapshotSettled: Promise<void>;
  /** Runs can be interrupted with KeyboardInterrupt (the page is cross-origin isolated). */
  interruptible = false;
  /** Set once `ready` has resolved. */
  booted = false;
  /** Set once `snapshotSettled` has resolved. */
  snapshotDone = false;
  /** Set once `ready` has rejected. */
  failed = false;
  /** The worker failed on its own (not ended by {@link terminate}). */
  crashed = false;
  /** The run is downloading packages (no Python runs yet, so only ending the worker stops it). */
  loadingPackages = false;
  readonly config: InterpreterConfig;
  /** This interpreter's name in the synchronous channel. */
  readonly name = `py-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  /**
   * This interpreter's comms (Jupyter widgets), made when Python opens its first comm (their
   * code is a chunk of its own, which a page without widgets never loads); ended with it.
   */
  #comms: PyodideCommHost | null = null;
  #commsLoading: Promise<PyodideCommHost> | null = null;
  /** The sink of each run (`run-<id>`): a widget's callbacks print into the cell whose run made it. */
  #sinks = new Map<string, OutputSink>();
  /** The worker's messages wait behind this while the widget code loads for a comm_open. */
  #queue: Promise<void> | null = null;
  #worker: Worker | null = null;
  #buffer: Uint8Array | null = null;
  #channel: SyncChannel | null = null;
  /** The pending input() waits on the channel (no JSPI): answer and cancel through it. */
  #inputSync = false;
  /** The worker reads its interrupts from {@link #buffer} (else from the channel). */
  #bufferInUse = false;
  #run: CurrentRun | null = null;
  #runs = 0;
  #inputPending = false;
  #ended = false;
  /** Stream text not yet handed to the sink: gathered so a tight print loop is one update per frame. */
  #streams: { name: 'stdout' | 'stderr'; text: string } | null = null;
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #booted!: { resolve: () => void; reject: (e: CellError) => void };
  #snapshot!: { resolve: () => void; reject: () => void };

  constructor(config: InterpreterConfig) {
    this.config = config;
    this.ready = new Promise<void>((resolve, reject) => (this.#booted = { resolve, reject }));
    this.snapshotSettled = new Promise<void>((resolve, reject) => (this.#snapshot = { resolve, reject }));
    this.snapshotSettled.then(
      () => (this.snapshotDone = true),
      () => {},
    );
    this.ready.then(
      () => (this.booted = true),
      () => {
        this.failed = true;
        this.#snapshot.reject();
      },
    );
    const timer = setTimeout(
      () =>
        this.#fail(
          new CellError(msg('pythonBootTimeout', BOOT_TIMEOUT_MS / 1000), msg('pythonBootTimeoutHint'), 'pyodide-boot-timeout'),
        ),
      BOOT_TIMEOUT_MS,
    );
    void this.ready.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
    endRunningOnLeave();
    live.add(this);
    void this.#start();
  }

  async #start(): Promise<void> {
    // An interrupt buffer needs SharedArrayBuffer, which only cross-origin isolated pages have
    // (NOTES §5); elsewhere the Service Worker's channel stands in for it, and it carries
    // input() everywhere. It must be active before the worker is created, to control it.
    const shared = globalThis.crossOriginIsolated && typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(1) : undefined;
    if (shared) this.#buffer = new Uint8Array(shared);
    this.#channel = await syncChannel();
    if (this.#ended) return;
    // A module worker (Pyodide 314 rejects classic ones). The literal URL lets vite build it.
    this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'exec-cell python' });
    this.#worker.onmessage = (e: MessageEvent<FromWorker>) => this.#onMessage(e.data);
    this.#worker.onerror = (e: ErrorEvent) => this.#onError(e);
    this.#post({
      t: 'boot',
      indexURL: this.config.runtimeUrl ?? new URL(RUNTIME_DIR, import.meta.url).href,
      wheelsURL: new URL(WHEELS_DIR, import.meta.url).href,
      memoryLimit: this.config.memoryLimit,
      ...(this.config.cache ? { cache: true } : {}),
      ...(this.config.packageIndexUrl ? { packageIndexUrl: this.config.packageIndexUrl } : {}),
      ...(this.config.publicPackages ? { publicPackages: true } : {}),
      ...(shared ? { interruptBuffer: shared } : {}),
      ...(this.#channel ? { sync: { url: this.#channel.url, worker: this.name } } : {}),
    });
  }

  get comms(): PyodideCommHost | undefined {
    return this.#comms ?? undefined;
  }

  #commHost(): Promise<PyodideCommHost> {
    this.#commsLoading ??= import('./comm-host.js').then(({ PyodideCommHost }) => {
      const host = new PyodideCommHost((m) => this.#post(m));
      if (this.#ended) host.end(msg('pyodideWidgetsRestarted'));
      this.#comms = host;
      return host;
    });
    return this.#commsLoading;
  }

  get running(): boolean {
    return this.#run !== null;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Run code; resolves with the worker's reply, or null when the worker was ended during the run. */
  run(code: string, sink: OutputSink): Promise<RunReply | null> {
    if (this.#ended) return Promise.resolve(null);
    if (this.#run) throw new Error('Interpreter.run: a run is already in progress');
    // A flag left from an interrupt that came too late would stop this run at its first line (NOTES §5).
    if (this.#buffer) this.#buffer[0] = 0;
    this.#channel?.send({ execCell: 'reset', w: this.name });
    const id = ++this.#runs;
    this.#sinks.set(`run-${id}`, sink);
    if (this.#sinks.size > REMEMBERED_RUNS) this.#sinks.delete(this.#sinks.keys().next().value!);
    return new Promise<RunReply | null>((resolve) => {
      this.#run = { id, sink, resolve };
      this.#post({ t: 'run', id, code });
    });
  }

  /** Raise KeyboardInterrupt in the running code; false where this page cannot. */
  interrupt(): boolean {
    if (!this.#run) return true;
    if (this.#inputPending) {
      // Waiting in input(): the interrupt buffer is not looked at while the stack is suspended.
      if (this.#inputSync) this.#channel?.send({ execCell: 'cancel', w: this.name });
      else this.#post({ t: 'input-cancel' });
      return true;
    }
    if (!this.interruptible) return false;
    if (this.#buffer && this.#bufferInUse) this.#signal(this.#run, this.#buffer);
    else if (this.#channel) this.#signalThroughChannel(this.#run, this.#channel);
    else return false;
    return true;
  }

  /** The channel's interrupt is taken when read: send it again until Python's handler has run. */
  #signalThroughChannel(run: CurrentRun, channel: SyncChannel): void {
    const send = () => channel.send({ execCell: 'interrupt', w: this.name });
    send();
    run.resend ??= setInterval(() => {
      if (this.#run !== run || run.interrupted) clearInterval(run.resend);
      else send();
    }, INTERRUPT_RESEND_MS);
  }

  /**
   * Set the interrupt flag, and set it again while Python has taken it (reset it to 0) without
   * its SIGINT handler running: CPython can lose a signal it has taken. Seen on a loaded
   * two-core machine, where `while True: pass` went on after reading the flag and stopped at
   * the next one; pyodide#6082 shows interrupts lost in callbacks. Waiting for the handler,
   * not for the run to end, leaves code that cleans up after a KeyboardInterrupt alone.
   */
  #signal(run: CurrentRun, buffer: Uint8Array): void {
    buffer[0] = 2; // SIGINT
    run.resend ??= setInterval(() => {
      if (this.#run !== run || run.interrupted) clearInterval(run.resend);
      else if (buffer[0] === 0) buffer[0] = 2;
    }, INTERRUPT_RESEND_MS);
  }

  /** End the worker (and with it Python and its memory). A run in progress resolves with null. */
  terminate(): void {
    if (this.#ended) return;
    this.#ended = true;
    live.delete(this);
    this.#worker?.terminate();
    // A worker still in WebAssembly (WebKit) reads this on its next look at the channel, and stops.
    this.#channel?.send({ execCell: 'kill', w: this.name });
    this.#fail(new CellError(msg('pythonStoppedBeforeStart'), '', 'pyodide-ended'));
    this.#snapshot.reject();
    this.#comms?.end(msg('pyodideWidgetsRestarted'));
    this.#finish(null);
  }

  #post(m: ToWorker): void {
    this.#worker?.postMessage(m);
  }

  /** In order: behind a comm_open that waits for the widget code, the later messages wait too. */
  #onMessage(m: FromWorker): void {
    const pending = this.#queue ? this.#queue.then(() => this.#handle(m)) : this.#handle(m);
    if (!pending) return;
    const queue: Promise<void> = pending.catch((e: unknown) => console.error('[exec-cell]', e));
    this.#queue = queue;
    void queue.then(() => {
      if (this.#queue === queue) this.#queue = null;
    });
  }

  /** Where an output of `parent` (a run, or a comm message of the page) goes, unless a hook takes it. */
  #sinkFor(parent: string | undefined): OutputSink | undefined {
    const run = this.#run;
    if (!parent || (run && parent === `run-${run.id}`)) return run?.sink;
    const origin = parent.startsWith('run-') ? parent : this.#comms?.originOf(parent);
    return origin ? this.#sinks.get(origin) : undefined;
  }

  #handle(m: FromWorker): Promise<void> | void {
    const run = this.#run;
    const parent = 'parent' in m ? m.parent : undefined;
    const ofRun = !parent || (run !== null && parent === `run-${run.id}`);
    if (m.t !== 'stream' || !ofRun) this.#flush();
    switch (m.t) {
      case 'ready':
        this.interruptible = m.interruptible;
        this.#bufferInUse = m.interruptible && !!this.#buffer && m.interruptBy === 'buffer';
        if (m.wasmTypeFallback) {
          console.warn(
            '[exec-cell] pyodide.asm.wasm is not served as application/wasm, so Python compiles it the slow way. Serve .wasm files as application/wasm.',
          );
        }
        if (m.snapshotProblem) console.info(`[exec-cell] A stored snapshot of Python was not used (${m.snapshotProblem}); a fresh one replaces it.`);
        this.#booted.resolve();
        if (m.snapshot !== 'stored') this.#snapshot.resolve();
        break;
      case 'snapshot-settled':
        this.#snapshot.resolve();
        break;
      case 'boot-failed':
        this.#fail(new CellError(m.message, m.hint, 'pyodide-boot'));
        this.terminate();
        break;
      case 'stream':
        if (m.parent && this.#comms?.hooked(m.parent, 'stream', { name: m.name, text: m.text })) return;
        if (!ofRun) {
          this.#sinkFor(m.parent)?.output({ output_type: 'stream', name: m.name, text: m.text });
          return;
        }
        if (!run) return;
        if (this.#streams && this.#streams.name === m.name) this.#streams.text += m.text;
        else {
          this.#flush();
          this.#streams = { name: m.name, text: m.text };
        }
        this.#flushTimer ??= setTimeout(() => this.#flush(), 16);
        break;
      case 'output': {
        if (m.parent && this.#comms?.hooked(m.parent, ...iopub(m.message))) return;
        const sink = this.#sinkFor(m.parent);
        if (sink) deliver(m.message, sink);
        break;
      }
      case 'comm': {
        const { msg: message, parent: from } = m;
        return this.#commHost().then((host) => host.receive(message, from ?? ''));
      }
      case 'comm-done':
        this.#comms?.done(m.id);
        break;
      case 'progress':
        this.loadingPackages = !!run && m.loading !== false;
        run?.sink.progress?.({
          phase: m.loading === false ? msg('pyodidePhasePackages') : msg('pyodidePhaseLoadingPackages'),
          message: m.message,
          ...(m.fraction !== undefined ? { fraction: m.fraction } : {}),
        });
        break;
      case 'interrupted':
        if (run) run.interrupted = true;
        break;
      case 'input':
        if (!run) return;
        this.#inputPending = true;
        this.#inputSync = !!m.sync;
        void run.sink.input(m.prompt, m.password).then((value) => {
          if (this.#run !== run || this.#ended) return;
          this.#inputPending = false;
          if (m.sync) this.#channel?.send({ execCell: 'answer', w: this.name, n: m.id, value });
          else this.#post({ t: 'input-reply', id: m.id, value });
        });
        break;
      case 'done':
        if (run && run.id === m.id) this.#finish(m.reply);
        break;
    }
  }

  #onError(e: ErrorEvent): void {
    e.preventDefault();
    const error = new CellError(msg('pythonWorkerFailed', e.message ?? ''), msg('pythonWorkerFailedHint'), 'pyodide-worker');
    this.#fail(error);
    this.crashed = true;
    if (this.#run) {
      this.#run.sink.output({ output_type: 'error', ename: 'WorkerError', evalue: error.message, traceback: [error.message] });
    }
    this.terminate();
  }

  #flush(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    const pending = this.#streams;
    this.#streams = null;
    if (pending && this.#run) this.#run.sink.output({ output_type: 'stream', name: pending.name, text: pending.text });
  }

  #fail(e: CellError): void {
    this.#booted.reject(e);
  }

  #finish(reply: RunReply | null): void {
    this.#flush();
    this.loadingPackages = false;
    const run = this.#run;
    this.#run = null;
    this.#inputPending = false;
    clearInterval(run?.resend);
    run?.resolve(reply);
  }
}

/** A Python output as the iopub message a kernel would send (for the Output widget's hooks). */
function iopub(message: PythonOutput): [string, unknown] {
  switch (message.type) {
    case 'display':
      return ['display_data', { data: message.data, metadata: message.metadata ?? {}, ...(message.display_id ? { transient: { display_id: message.display_id } } : {}) }];
    case 'update':
      return ['update_display_data', { data: message.data, metadata: message.metadata ?? {}, transient: { display_id: message.display_id } }];
    case 'clear':
      return ['clear_output', { wait: message.wait }];
    case 'result':
      return ['execute_result', { data: message.data, metadata: message.metadata ?? {}, execution_count: message.execution_count }];
    case 'error': {
      // An Output widget keeps the English of an error in exec-cell's own words, as nbformat does.
      const e = message.text ? (errorOutput(message.text) as IError) : message;
      return ['error', { ename: e.ename, evalue: e.evalue, traceback: e.traceback }];
    }
  }
}
