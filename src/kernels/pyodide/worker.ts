// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Python worker: one Pyodide interpreter in a dedicated **module** worker (Pyodide 314
 * refuses classic workers: NOTES §2). It boots on the page's `boot` message, then runs cells one
 * at a time and streams what they print and display back to the page.
 *
 * Runs are queued here, not only on the page: while `input()` waits (JSPI suspends the Python
 * stack), the worker keeps handling messages, and a second run would otherwise execute on the
 * same globals in the middle of the first (NOTES §6a).
 *
 * @packageDocumentation
 */
import { loadPyodide, version as PYODIDE_VERSION, type PyodideAPI } from 'pyodide';
import displaySource from './display.py?raw';
import runnerSource from './runner.py?raw';
import magicsSource from './magics.py?raw';
import figuresSource from './figures.py?raw';
import { imports as widgetImports, wheels as widgetWheels } from './widget-wheels.json';
// ref.ts only: it names messages without loading a catalogue (the cell that shows them says them).
import { msg, type MessageRef } from '../../i18n/ref.js';
import { installWasmLoading } from './wasm-loading.js';
import { lockProblem, type Lockfile } from './package-index.js';
import { WheelFetches } from './package-fetch.js';
import { available as snapshotsStorable, deleteSnapshot, readSnapshot, writeSnapshot, type SnapshotKey } from './boot-cache.js';
import { loadedMessage, planImports, type PackageLock, type PackageSource } from './package-plan.js';
import type { CommMessage, FromWorker, PythonOutput, RunReply, ToWorker } from './protocol.js';
import type { InputAnswer, SignalAnswer } from './sync-protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  crossOriginIsolated?: boolean;
  fetch: typeof fetch;
  addEventListener(type: 'unhandledrejection', listener: (e: PromiseRejectionEvent) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
}

type BootMessage = Extract<ToWorker, { t: 'boot' }>;

interface PyCallable {
  (...args: unknown[]): unknown;
  destroy?(): void;
}

const scope = self as unknown as WorkerScope;
const post = (m: FromWorker) => scope.postMessage(m);

/** The folder our Python modules are written to (appended to sys.path). */
const MODULE_DIR = '/lib/exec_cell';
/** How long the package index (a remote pyodide-lock.json) may take before it is given up. */
const LOCK_TIMEOUT_MS = 10_000;
/**
 * The public Pyodide distribution of exactly the bundled version: where packages come from
 * when the page names no source. Its lock file is the one bundled in dist/pyodide/ (same
 * version, same file), so booting reads nothing from it.
 */
export const PUBLIC_DISTRIBUTION = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;

let py: PyodideAPI | null = null;
let runCell: PyCallable | null = null;
let missingImports: PyCallable | null = null;
let packageIndexUrl = '';
/** Stores the snapshot this boot made (boot-cache.ts), once; null when there is none to store. */
let storeSnapshot: (() => void) | null = null;
/** When the snapshot is stored if no run has ended by then. */
const SNAPSHOT_WRITE_DELAY_MS = 3_000;
/** The public distribution is the source (no data-pyodide-index-url on the page). */
let publicSource = false;
/** The package wheels being downloaded, watched (package-fetch.ts). */
let wheels: WheelFetches | null = null;
/** Why packages cannot be loaded from the index (it is unreachable, or for another Python). */
let indexProblem = '';
/** The last failure to load packages for a run, for the ModuleNotFoundError note. */
let loadFailure = '';
let runs: Promise<void> = Promise.resolve();
let pendingInput: { id: number; resolve: (value: string) => void; reject: (e: Error) => void } | null = null;
let inputs = 0;
/** The synchronous channel to the page (sync-protocol.ts), where it has one. */
let sync: { url: string; worker: string } | null = null;
/** A cell is running: only then is the channel asked for interrupts. */
let running = false;
/** Where the widget wheels are (the boot message's `wheelsURL`). */
let wheelsURL = '';
/** The comm bridge (comm.py), once a cell imported ipywidgets and the wheels are in. */
let comms: { deliver: PyCallable } | null = null;
/**
 * The request Python's outputs belong to now: the run (`run-<id>`) or the page's comm message
 * being handled. Outputs carry it to the page, and the Output widget captures by it.
 */
let currentParent = '';

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  switch (m.t) {
    case 'boot':
      void boot(m);
      break;
    case 'run':
      runs = runs.then(() => run(m.id, m.code));
      break;
    case 'comm':
      // In order with the runs, as a kernel handles its shell messages.
      runs = runs.then(() => deliverComm(m.id, m.msg));
      break;
    case 'input-reply':
      if (pendingInput?.id === m.id) {
        pendingInput.resolve(m.value);
        pendingInput = null;
      }
      break;
    case 'input-cancel':
      pendingInput?.reject(new Error('KeyboardInterrupt'));
      pendingInput = null;
      break;
  }
};

/** Why Python did not start, for the reader (said in the cell's language by the page). */
class BootFailure extends Error {
  constructor(
    readonly text: MessageRef,
    readonly hint: MessageRef,
  ) {
    super(String(text.id));
  }
}

async function boot(m: BootMessage): Promise<void> {
  let fail!: (e: BootFailure) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  const serverHint = msg('pyodideServeFolderHint');
  let typeFallback = false;
  installWasmLoading({
    memoryLimit: m.memoryLimit,
    onFailure: (message, hint) => fail(new BootFailure(message, hint ?? serverHint)),
    onTypeFallback: () => (typeFallback = true),
  });
  const restoreFetch = watchRuntimeFetches(m.indexURL, (message) => fail(new BootFailure(message, serverHint)));
  publicSource = !m.packageIndexUrl && !!m.publicPackages;
  wheelsURL = m.wheelsURL ?? '';
  packageIndexUrl = m.packageIndexUrl ?? (publicSource ? PUBLIC_DISTRIBUTION : '');
  if (m.sync) {
    // With the channel, input() waits on it in every engine, so Pyodide runs without JSPI
    // (it looks for WebAssembly.Suspending as it loads): one way for all engines, and no
    // suspended WebAssembly stack for terminate() to cut (Firefox 153 reports an "uncaught
    // exception: undefined" on the page when a worker inside WebAssembly.promising ends).
    Reflect.deleteProperty(WebAssembly, 'Suspending');
  }
  try {
    // Packages come from the page's full distribution when it names one (its lock file lists
    // them; the wheels sit beside it), by default from the public one (the bundled lock file
    // is its lock file), with "none" from nowhere: none ship with exec-cell.
    const packages = publicSource
      ? { packageBaseUrl: packageIndexUrl }
      : packageIndexUrl
        ? { lockFileContents: packageLock(packageIndexUrl, fetch(`${m.indexURL}pyodide-lock.json`).then((r) => r.text())), packageBaseUrl: packageIndexUrl }
        : {};
    const start = (more: Parameters<typeof loadPyodide>[0] = {}) => Promise.race([loadPyodide({ indexURL: m.indexURL, ...packages, ...more }), failed]);
    // The snapshot's key: after JSPI was (or was not) turned off above.
    const key: SnapshotKey = { version: PYODIDE_VERSION, packages: 'none', jspi: 'Suspending' in WebAssembly };
    // No Cache Storage (a page on plain http): no snapshot is made, since none could be kept.
    const cache = !!m.cache && snapshotsStorable();
    const stored = cache ? await readSnapshot(m.indexURL, key) : null;
    let snapshot: Extract<FromWorker, { t: 'ready' }>['snapshot'] = cache ? 'stored' : 'off';
    let snapshotProblem = stored && 'rejected' in stored ? stored.rejected : undefined;
    let made: Uint8Array<ArrayBuffer> | null = null;
    if (stored && 'bytes' in stored) {
      try {
        py = await start({ _loadSnapshot: stored.bytes });
        snapshot = 'loaded';
      } catch (e) {
        if (e instanceof BootFailure) throw e;
        // Intact but refused (another build of the same version): boot the long way, replace it.
        snapshotProblem = `Pyodide could not restore it (${e instanceof Error ? e.message : String(e)})`;
        await deleteSnapshot(m.indexURL, key);
      }
    }
    if (!py) {
      py = await start(cache ? { _makeSnapshot: true } : {});
      // Now, before anything of ours is in the interpreter: a snapshot holds no JavaScript objects.
      if (cache) made = py.makeMemorySnapshot() as Uint8Array<ArrayBuffer>;
    }
    restoreFetch();
    setStreams(py);
    sync = m.sync ?? null;
    py.registerJsModule('_exec_cell_host', {
      emit,
      ask,
      ask_sync: askSync,
      package_hint: packageHint,
      // Whether this page loads packages at all (`data-pyodide-index-url="none"`: no): %pip asks.
      package_index: () => packageIndexUrl,
      interrupted: () => post({ t: 'interrupted' }),
      comm_send: commSend,
      parent_id: () => currentParent,
    });
    py.FS.mkdirTree(MODULE_DIR);
    py.FS.writeFile(`${MODULE_DIR}/_exec_cell_display.py`, displaySource);
    py.FS.writeFile(`${MODULE_DIR}/_exec_cell_runner.py`, runnerSource);
    py.FS.writeFile(`${MODULE_DIR}/_exec_cell_magics.py`, magicsSource);
    py.FS.writeFile(`${MODULE_DIR}/_exec_cell_figures.py`, figuresSource);
    // matplotlib draws with our backend (figures.py): Pyodide's own draws into the page's
    // DOM, which a worker does not have.
    py.runPython(`import sys, os; sys.path.append(${JSON.stringify(MODULE_DIR)}); os.environ["MPLBACKEND"] = "module://_exec_cell_figures"`);
    if (packageIndexUrl) {
      wheels = new WheelFetches(scope, {
        base: packageIndexUrl,
        source: packageSource(packageIndexUrl),
        onProgress: (message, fraction) => post({ t: 'progress', message, fraction, loading: true }),
      });
    }
    const runner = py.pyimport('_exec_cell_runner') as unknown as { install(): void; run: PyCallable; missing_imports: PyCallable };
    runner.install();
    runCell = runner.run;
    missingImports = runner.missing_imports;
    let interruptBy: 'buffer' | 'channel' | undefined;
    if (m.interruptBuffer && scope.crossOriginIsolated) {
      py.setInterruptBuffer(new Uint8Array(m.interruptBuffer));
      interruptBy = 'buffer';
    } else if (sync) {
      pollSignals(py, sync);
      interruptBy = 'channel';
    }
    post({ t: 'ready', interruptible: !!interruptBy, interruptBy, wasmTypeFallback: typeFallback, snapshot, ...(snapshotProblem ? { snapshotProblem } : {}) });
    if (made) {
      // Stored after the reader's first run (or a few seconds after the boot): hashing and
      // writing 30 MB must not compete with the first output.
      const snapshotBytes = made;
      let written = false;
      storeSnapshot = () => {
        if (written) return;
        written = true;
        storeSnapshot = null;
        void writeSnapshot(m.indexURL, key, snapshotBytes).finally(() => post({ t: 'snapshot-settled' }));
      };
      setTimeout(() => storeSnapshot?.(), SNAPSHOT_WRITE_DELAY_MS);
    }
  } catch (e) {
    restoreFetch();
    if (e instanceof BootFailure) post({ t: 'boot-failed', message: e.text, hint: e.hint });
    else post({ t: 'boot-failed', ...describeBootError(e, m.indexURL) });
  }
}

/** The failures Pyodide only logs (a runtime file that is missing) end the boot at once. */
function watchRuntimeFetches(indexURL: string, fail: (message: MessageRef) => void): () => void {
  const original = scope.fetch;
  scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const ours = url.startsWith(indexURL);
    let response: Response;
    try {
      response = await original.call(scope, input, init);
    } catch (e) {
      if (ours) fail(msg('pyodideStartDownloadFailed', url, e instanceof Error ? e.message : String(e)));
      throw e;
    }
    if (ours && !response.ok) fail(msg('pyodideStartFileAnswered', url, response.status, response.statusText.trim()));
    return response;
  };
  return () => {
    scope.fetch = original;
  };
}

function describeBootError(e: unknown, indexURL: string): { message: MessageRef; hint: MessageRef } {
  const text = e instanceof Error ? e.message : String(e);
  if (/dynamically imported module|Failed to fetch|MIME type/i.test(text)) {
    return { message: msg('pyodideStartModuleNotLoaded', `${indexURL}pyodide.asm.mjs`, text), hint: msg('pyodideServeModulesHint') };
  }
  return { message: msg('pyodideStartFailed', text), hint: msg('pyodideReloadHint') };
}

/**
 * The lock file to boot with: the page's package index when it is reachable and built for
 * this Python, else the local one (and `indexProblem` says why packages will not load).
 */
async function packageLock(indexUrl: string, local: Promise<string>): Promise<string> {
  try {
    const remote = await withTimeout(fetch(`${indexUrl}pyodide-lock.json`, { credentials: 'omit' }), LOCK_TIMEOUT_MS);
    if (!remote.ok) throw new Error(`${indexUrl}pyodide-lock.json answered ${remote.status} ${remote.statusText}`.trim());
    const text = await remote.text();
    const mine = JSON.parse(await local) as Lockfile;
    indexProblem = lockProblem(JSON.parse(text) as Lockfile, mine, indexUrl);
    if (!indexProblem) return text;
  } catch (e) {
    indexProblem = `the package index ${indexUrl} could not be read (${e instanceof Error ? e.message : String(e)})`;
  }
  return local;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * `write` (not `batched`): it gets the bytes as Python flushes them, partial lines included,
 * and posting from inside it reaches the page while Python is still busy (NOTES §4).
 */
function setStreams(api: PyodideAPI): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const decoder = new TextDecoder();
    const write = (bytes: Uint8Array) => {
      post({ t: 'stream', name, text: decoder.decode(bytes, { stream: true }), parent: currentParent });
      return bytes.length;
    };
    if (name === 'stdout') api.setStdout({ write });
    else api.setStderr({ write });
  }
}

/** runner.py → page: one output (display, result, error…) as JSON text. */
function emit(json: string): void {
  post({ t: 'output', message: JSON.parse(json) as PythonOutput, parent: currentParent });
}

/** comm.py → page: one comm message (JSON text) and its binary buffers. */
function commSend(json: string, buffers?: { toJs?(): unknown } | Uint8Array[] | null): void {
  const list = (buffers && 'toJs' in buffers && typeof buffers.toJs === 'function' ? buffers.toJs() : buffers ?? []) as Uint8Array[];
  const msg = JSON.parse(json) as CommMessage;
  if (list.length) msg.buffers = list.map((b) => b.slice().buffer);
  post({ t: 'comm', msg, parent: currentParent });
}

/** The page's widget manager → Python: handled between runs, then answered with `comm-done`. */
async function deliverComm(id: string, msg: CommMessage): Promise<void> {
  if (comms && py) {
    currentParent = id;
    try {
      const { content, metadata } = msg;
      comms.deliver(id, msg.msg_type, JSON.stringify(content), JSON.stringify(metadata ?? {}), (msg.buffers ?? []).map((b) => new Uint8Array(b)));
    } catch (e) {
      post({ t: 'stream', name: 'stderr', text: `${e instanceof Error ? e.message : String(e)}\n`, parent: id });
    } finally {
      currentParent = '';
    }
  }
  post({ t: 'comm-done', id });
}

/**
 * `import ipywidgets` (or traitlets, comm): install the widget wheels that came with exec-cell
 * (dist/python-wheels/, widget-wheels.json) and the comm bridge, once, before the code runs.
 * A page that never imports them downloads none of them.
 */
async function installWidgets(api: PyodideAPI, code: string): Promise<void> {
  if (comms || !wheelsURL || !missingImports) return;
  const found = missingImports(code) as { toJs(): string[]; destroy(): void };
  const names = found.toJs();
  found.destroy();
  if (!names.some((name) => widgetImports.includes(name))) return;
  try {
    // The installer (and comm.py) is a chunk of its own: a page without widgets never loads it.
    const { installWidgets: install } = await import('./widget-install.js');
    comms = { deliver: await install(api, widgetWheels, wheelsURL, MODULE_DIR) };
  } catch (e) {
    // In the cell's language; the cause too when it is ours (a wheel the site did not serve),
    // else as it came.
    const ref = (e as { ref?: MessageRef } | null)?.ref;
    post({
      t: 'output',
      message: {
        type: 'error',
        ename: '',
        evalue: '',
        traceback: [],
        text: { ename: msg('pyodideWidgetsFailedName'), evalue: msg('pyodideWidgetsFailed'), detail: ref ?? (e instanceof Error ? e.message : String(e)) },
      },
      parent: currentParent,
    });
  }
}

/** input(): ask the page; the Promise resolves with the reader's line (runner.py waits on it with run_sync). */
function ask(prompt: string, password: boolean): Promise<string> {
  const id = ++inputs;
  return new Promise<string>((resolve, reject) => {
    pendingInput = { id, resolve, reject };
    post({ t: 'input', id, prompt, password });
  });
}

/** Where packages come from, as the progress line and the messages name it. */
function packageSource(url: string): PackageSource {
  const { origin, host } = new URL(url);
  if (publicSource) return { kind: 'public', host };
  return origin === self.location.origin ? { kind: 'site' } : { kind: 'host', host };
}

/** The note a ModuleNotFoundError for a Pyodide package gets: how this page could have it. */
function packageHint(importName: string, packageName: string): string {
  const version = py?.version ?? '';
  if (!packageIndexUrl) {
    return (
      `${packageName} is a Pyodide package, but this page loads no packages (its data-pyodide-index-url is "none"). ` +
      `The page's author can remove that setting to load packages from the public Pyodide ${version} distribution, ` +
      `or set it to a copy of that distribution on the site (npx exec-cell pyodide-pack ${packageName} makes one).`
    );
  }
  if (indexProblem) return `${packageName} could not be loaded: ${indexProblem}.`;
  if (loadFailure) {
    const advice = publicSource
      ? 'Check that this computer can reach cdn.jsdelivr.net, then run the cell again; a site that blocks it can serve its own copy (data-pyodide-index-url).'
      : `Run the cell again; if it keeps failing, tell the page's author that ${packageIndexUrl} does not serve ${packageName} as its lock file says.`;
    return `${packageName} could not be loaded from ${packageIndexUrl}: ${loadFailure}. ${advice}`;
  }
  return `${packageName} is in the package index ${packageIndexUrl}, but only modules named in an import statement are loaded (not ${importName} imported some other way).`;
}

/**
 * Load the packages of the distribution the cell imports, with their dependencies
 * (dependencies first), before it runs. The cell shows what loads, from where, how big;
 * a failure is kept for the ModuleNotFoundError that follows (packageHint).
 */
async function loadPackages(api: PyodideAPI, code: string): Promise<void> {
  if (!packageIndexUrl || indexProblem || !missingImports) return;
  const found = missingImports(code) as { toJs(): string[]; destroy(): void };
  const names = found.toJs();
  found.destroy();
  if (!names.length) return;
  loadFailure = '';
  let packages;
  try {
    packages = planImports(api.lockfile as unknown as PackageLock, names, new Set(Object.keys(api.loadedPackages))).packages;
  } catch (e) {
    loadFailure = e instanceof Error ? e.message : String(e);
    return;
  }
  if (!packages.length) return;
  wheels?.expect(packages);
  const errors: string[] = [];
  // A missing wheel does not reject: it only calls errorCallback (NOTES §1).
  await api.loadPackage(
    packages.map((p) => p.name),
    { messageCallback: () => {}, errorCallback: (message: string) => errors.push(message) },
  );
  const failures = wheels ? [...wheels.failures.values()] : [];
  if (failures.length || errors.length) loadFailure = (failures.length ? failures : errors).join('; ');
  const loaded = packages.filter((p) => !wheels?.failures.has(p.name));
  post({
    t: 'progress',
    message: loaded.length
      ? loadedMessage(loaded, packageSource(packageIndexUrl))
      : msg('pyodideNotLoaded', packages.map((p) => p.name).join(', ')),
    loading: false,
  });
}

/** How often a running cell asks the channel for a Stop (each ask is a synchronous request). */
const SIGNAL_POLL_MS = 100;

/**
 * CPython reads its interrupt byte every few dozen bytecodes: only one read in this many
 * looks at the clock, so that ordinary code pays almost nothing for being stoppable.
 */
const SIGNAL_SAMPLE = 256;

/**
 * Stop without a SharedArrayBuffer: CPython reads byte 0 of `Module.Py_EmscriptenSignalBuffer`
 * every few dozen bytecodes. That buffer is a plain byte here, and the module property that
 * holds it is a getter that now and then asks the channel whether the page said Stop, and
 * sets the byte when it did. (A getter on the byte itself would be an indexed accessor, which
 * JavaScript engines make slow: it cost Chromium 15% on a plain loop.)
 */
function pollSignals(api: PyodideAPI, channel: { url: string; worker: string }): void {
  const byte = new Uint8Array(1);
  api.setInterruptBuffer(byte);
  const url = `${channel.url}signal?w=${encodeURIComponent(channel.worker)}`;
  let last = 0;
  let reads = 0;
  const poll = () => {
    const now = performance.now();
    if (now - last < SIGNAL_POLL_MS) return;
    last = now;
    const answer = syncGet<SignalAnswer>(url);
    if (answer?.kill) {
      // The page ended this worker and we still run: WebKit's terminate() cannot stop
      // WebAssembly, only JavaScript. It takes effect in this getter (JavaScript, called
      // from the interpreter every few dozen bytecodes), at the latest in this loop, which
      // is never left.
      for (;;);
    }
    if (answer?.signal) byte[0] = answer.signal;
  };
  const module = (api as unknown as { _module: object })._module;
  Object.defineProperty(module, 'Py_EmscriptenSignalBuffer', {
    configurable: true,
    get() {
      if (running && ++reads % SIGNAL_SAMPLE === 0) poll();
      return byte;
    },
    set() {
      // setInterruptBuffer() again: the byte stays ours.
    },
  });
}

/** A synchronous GET of a JSON answer from the channel; null if it failed. */
function syncGet<T>(url: string): T | null {
  try {
    const request = new XMLHttpRequest();
    request.open('GET', url, false);
    request.send();
    return request.status === 200 ? (JSON.parse(request.responseText) as T) : null;
  } catch {
    return null;
  }
}

/**
 * input() without JSPI: ask the page, then block on the channel until the reader answers.
 * Returns the line, or undefined (None in Python; null would be `jsnull`) when the reader
 * pressed Stop; throws when this page has no channel (runner.py turns that into its message).
 */
function askSync(prompt: string, password: boolean): string | undefined {
  if (!sync) throw new Error('StdinUnavailable');
  const id = ++inputs;
  post({ t: 'input', id, prompt, password, sync: true });
  const url = `${sync.url}input?w=${encodeURIComponent(sync.worker)}&n=${id}`;
  for (;;) {
    const answer = syncGet<InputAnswer>(url);
    if (!answer) throw new Error('StdinUnavailable: the page stopped answering');
    if ('value' in answer) return answer.value;
    if ('cancelled' in answer) return undefined;
  }
}

/** The run in flight, until its reply is posted (once: see {@link endRunOnFatal}). */
let currentRun: number | null = null;

/**
 * Some of Pyodide's fatal errors (WebAssembly's stack overflowing under a deep recursion) come
 * out as an uncaught error or rejection of the worker, while the run's promise never settles:
 * the run in flight is ended here as fatal, so the page replaces the interpreter and says so
 * instead of showing "busy" forever.
 */
function endRunOnFatal(reason: unknown): void {
  if (currentRun === null) return;
  const id = currentRun;
  currentRun = null;
  running = false;
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  post({ t: 'output', message: { type: 'error', ename: 'FatalError', evalue: text, traceback: [text] } });
  post({ t: 'done', id, reply: { status: 'error', executionCount: null, fatal: true, memory: false } });
}
scope.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => endRunOnFatal(e.reason));
scope.addEventListener('error', (e: ErrorEvent) => endRunOnFatal(e.error ?? e.message));

async function run(id: number, code: string): Promise<void> {
  let reply: RunReply;
  running = true;
  currentRun = id;
  try {
    if (!py || !runCell) throw new Error('Python has not started.');
    currentParent = `run-${id}`;
    await installWidgets(py, code);
    await loadPackages(py, code);
    const result = JSON.parse(String(await runCell(code))) as {
      status: 'ok' | 'error';
      execution_count: number;
      ename?: string;
      memory?: boolean;
    };
    reply = { status: result.status, executionCount: result.execution_count, ename: result.ename, memory: result.memory };
  } catch (e) {
    // Not the reader's code failing (the runner reports that itself): Pyodide or the runner did.
    const fatal = (e as { pyodide_fatal_error?: boolean } | null)?.pyodide_fatal_error === true;
    const text = e instanceof Error ? e.message : String(e);
    post({
      t: 'output',
      message: { type: 'error', ename: fatal ? 'FatalError' : 'InternalError', evalue: text, traceback: [text] },
    });
    reply = { status: 'error', executionCount: null, fatal, memory: /MemoryError|out of memory/i.test(text) };
  } finally {
    running = false;
    currentParent = '';
  }
  // Already ended as fatal (endRunOnFatal) if the interpreter died under it.
  if (currentRun !== id) return;
  currentRun = null;
  post({ t: 'done', id, reply });
  storeSnapshot?.();
}
