// SPDX-License-Identifier: BSD-3-Clause
/**
 * A Binder session: a Jupyter session on a Binder server, which knows that Binder servers
 * go away. mybinder.org stops an idle kernel and then its server after about 10 minutes;
 * when the websocket drops, this probes the server. Gone (a network error: mybinder.org
 * answers 424 without CORS headers) means the server was culled: the cells are told, and the
 * next run, the reader's own, launches one new server (or reuses the one another tab has
 * launched) and says so in every cell. Nothing is rerun, no code is touched, and nothing is
 * launched while nobody runs anything: an idle tab left open costs no launches.
 *
 * Disposing shuts the kernel down, never the server: other tabs and the next reload use it.
 *
 * @packageDocumentation
 */
import type { JupyterSession } from '../jupyter.js';
import type { CommHost } from '../comms.js';
import {
  CellError,
  type ExecuteReply,
  type KernelSession,
  type OutputSink,
  type Progress,
  type SessionInfo,
  type SessionNotice,
  type SessionStatus,
} from '../types.js';
import type { LaunchedServer } from './phases.js';
import { msg } from '../../i18n/ref.js';
import './catalogue.js'; // this backend's messages, in every language

/** Where the session gets servers and kernels (backend.ts wires the real ones). */
export interface SessionDeps {
  /** Repository name for messages. */
  label: string;
  /** A live server: remembered or launched, shared across tabs. */
  obtain(progress?: (p: Progress) => void): Promise<LaunchedServer>;
  /** Forget a server found gone. */
  forget(server: LaunchedServer): void;
  probe(server: LaunchedServer): Promise<boolean>;
  /** Start a kernel on a server. */
  start(server: LaunchedServer, progress?: (p: Progress) => void): Promise<JupyterSession>;
}

type Lost = 'server' | 'kernel' | null;

export class BinderSession implements KernelSession {
  readonly events = new EventTarget();
  #deps: SessionDeps;
  #server: LaunchedServer;
  #kernel: JupyterSession | null = null;
  #info: SessionInfo;
  #status: SessionStatus = 'connecting';
  /** What went away, found by {@link #check}; the next run or restart brings it back. */
  #lost: Lost = null;
  #checking: Promise<void> | null = null;
  #recovering: Promise<void> | null = null;
  /**
   * The page is going away: its websocket closes and its requests fail, which says nothing
   * about the server. Without this, every reload would forget a live server.
   */
  #leaving = false;

  constructor(deps: SessionDeps, server: LaunchedServer, kernel: JupyterSession) {
    this.#deps = deps;
    this.#server = server;
    this.#info = kernel.info;
    this.#attach(kernel);
    globalThis.addEventListener?.('pagehide', this.#onPageHide);
  }

  get info(): SessionInfo {
    return this.#kernel?.info ?? this.#info;
  }

  get status(): SessionStatus {
    return this.#status;
  }

  /** The comms of the kernel this session runs on now (see KernelSession.comms). */
  get comms(): CommHost | undefined {
    return this.#kernel?.comms;
  }

  /** The server this session runs on now. */
  get server(): LaunchedServer {
    return this.#server;
  }

  async execute(code: string, sink: OutputSink, opts?: { signal?: AbortSignal }): Promise<ExecuteReply> {
    await this.#checking;
    if (this.#lost) await this.#recover(sink.progress?.bind(sink));
    const kernel = this.#kernel!;
    try {
      return await kernel.execute(code, sink, opts);
    } catch (e) {
      // A run that failed with its connection: was it the server going away?
      if (kernel === this.#kernel && e instanceof CellError && ['connection-lost', 'kernel-died'].includes(e.code)) {
        await this.#check();
      }
      await this.#checking;
      if (this.#lost) throw this.#lostDuringRun();
      throw e;
    }
  }

  async interrupt(): Promise<void> {
    await this.#kernel?.interrupt();
  }

  async restart(): Promise<void> {
    await this.#checking;
    if (this.#lost) return this.#recover();
    await this.#kernel!.restart();
  }

  /** Shut the kernel down; the server stays for other tabs and the next reload. */
  async dispose(): Promise<void> {
    globalThis.removeEventListener?.('pagehide', this.#onPageHide);
    const kernel = this.#kernel;
    this.#detach();
    await kernel?.dispose();
  }

  /** As {@link JupyterSession.shutdownOnUnload}: the kernel only, never the server. */
  shutdownOnUnload(): void {
    this.#onPageHide();
    this.#kernel?.shutdownOnUnload();
  }

  #onPageHide = (): void => {
    this.#leaving = true;
  };

  #attach(kernel: JupyterSession): void {
    this.#kernel = kernel;
    this.#info = kernel.info;
    kernel.events.addEventListener('statuschange', this.#onKernelStatus);
    kernel.events.addEventListener('connectionchange', this.#onConnection);
    this.#setStatus(kernel.status);
  }

  #detach(): void {
    this.#kernel?.events.removeEventListener('statuschange', this.#onKernelStatus);
    this.#kernel?.events.removeEventListener('connectionchange', this.#onConnection);
    this.#kernel = null;
  }

  #onKernelStatus = (e: Event): void => {
    const status = (e as CustomEvent<SessionStatus>).detail;
    // A dead kernel may be a culled server: find out before the cells are told anything.
    if (status === 'dead') void this.#check();
    else if (!this.#lost) this.#setStatus(status);
  };

  #onConnection = (e: Event): void => {
    if ((e as CustomEvent<string>).detail !== 'connected') void this.#check();
  };

  /** The socket dropped or the kernel died: is the server still there, and the kernel on it? */
  #check(): Promise<void> {
    if (this.#leaving) return Promise.resolve();
    this.#checking ??= (async () => {
      const kernel = this.#kernel;
      if (!kernel) return;
      const alive = await this.#deps.probe(this.#server);
      if (kernel !== this.#kernel || this.#leaving) return;
      if (!alive) return this.#lose('server');
      if (!(await kernelExists(this.#server, kernel.kernelId))) return this.#lose('kernel');
      // Both are there: a network blip the connection survives by itself, or a kernel that
      // crashed and was restarted by its server (the Jupyter session's own message says so).
      if (kernel.status === 'dead') this.#setStatus('dead');
    })().finally(() => (this.#checking = null));
    return this.#checking;
  }

  #lose(what: 'server' | 'kernel'): void {
    this.#lost = what;
    const kernel = this.#kernel;
    this.#detach();
    // Stops its reconnect attempts; the shutdown request it sends fails quietly if the server is gone.
    void kernel?.dispose();
    if (what === 'server') this.#deps.forget(this.#server);
    this.#setStatus('idle');
    const { label } = this.#deps;
    this.#notice(
      what === 'server'
        ? { kind: 'info', message: msg('binderServerStopped', label), hint: msg('binderServerStoppedHint') }
        : { kind: 'info', message: msg('binderKernelStopped', label), hint: msg('binderKernelStoppedHint') },
    );
  }

  /** Bring back what was lost, once per reader's run or restart; a failure leaves it lost for the next one. */
  #recover(progress?: (p: Progress) => void): Promise<void> {
    this.#recovering ??= (async () => {
      const what = this.#lost;
      const { label } = this.#deps;
      this.#setStatus('connecting');
      this.#notice({
        kind: 'info',
        message: what === 'server' ? msg('binderRelaunching', label) : msg('binderRestartingKernel', label),
      });
      try {
        if (what === 'server') this.#server = await this.#deps.obtain(progress);
        const kernel = await this.#deps.start(this.#server, progress);
        this.#lost = null;
        this.#attach(kernel);
      } catch (e) {
        this.#setStatus('idle');
        throw e;
      }
      this.#notice({
        kind: 'info',
        message: what === 'server' ? msg('binderRelaunched', label) : msg('binderKernelRestarted', label),
        hint: msg('binderRunAgainHint'),
      });
    })().finally(() => (this.#recovering = null));
    return this.#recovering;
  }

  #lostDuringRun(): CellError {
    const { label } = this.#deps;
    return new CellError(
      this.#lost === 'server' ? msg('binderServerLostDuringRun', label) : msg('binderKernelLostDuringRun', label),
      this.#lost === 'server' ? msg('binderServerLostDuringRunHint') : msg('binderKernelLostDuringRunHint'),
      'binder-lost',
      [{ label: msg('binderRetry'), rerun: true }],
    );
  }

  #notice(notice: SessionNotice): void {
    this.events.dispatchEvent(new CustomEvent('notice', { detail: notice }));
  }

  #setStatus(s: SessionStatus): void {
    if (this.#status === s) return;
    this.#status = s;
    this.events.dispatchEvent(new CustomEvent('statuschange', { detail: s }));
  }
}

/** Is this kernel still on the server? Only a clear 404 says no. */
async function kernelExists(server: LaunchedServer, id: string): Promise<boolean> {
  const url = new URL(`api/kernels/${encodeURIComponent(id)}`, server.url);
  url.searchParams.set('token', server.token);
  try {
    const r = await fetch(url, { credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(5_000) });
    return r.status !== 404;
  } catch {
    return true;
  }
}
