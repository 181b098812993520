// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Jupyter backend: any Jupyter server or JupyterHub user server, reached through
 * `@jupyterlab/services` (its `KernelConnection` does the websocket protocol, reconnects and
 * message queueing; we only adapt its futures to the {@link OutputSink}).
 *
 * Deep imports keep the package's index (contents, sessions, ydoc…) out of the bundle; see
 * `jupyterServicesSlim` in vite.config.ts for the one `require('..')` inside it.
 *
 * @packageDocumentation
 */
import { ServerConnection } from '@jupyterlab/services/lib/serverconnection.js';
import { KernelConnection } from '@jupyterlab/services/lib/kernel/default.js';
import * as KernelAPI from '@jupyterlab/services/lib/kernel/restapi.js';
import type * as KernelMessage from '@jupyterlab/services/lib/kernel/messages.js';
import type { Kernel } from '@jupyterlab/services/lib/kernel/index.js';
import { shutDownOnLeave, startKernel, serverUrl, type KernelModel } from './jupyter-start.js';
import type { HubTokenClient } from './hub/token-client.js';
import { KernelCommHost } from './comms.js';
import { toOutput } from './iopub.js';
import { msg, type Text } from '../i18n/ref.js';
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
} from './types.js';
import './jupyter-catalogue.js'; // this backend's messages, in every language

/** How long a run waits for a dropped websocket to come back before it gives up. */
const RECONNECT_GRACE_MS = 10_000;
/** How often, and for how long, a lost connection is checked for the server's return. */
const NETWORK_WATCH_EVERY_MS = 1_000;
const NETWORK_WATCH_MS = 5 * 60_000;
/**
 * How long a Stop waits for the kernel to begin a run it has been sent. A warm kernel begins
 * in milliseconds, but on a loaded machine it took over 2 s (a CI run under load), and an
 * interrupt sent before that is lost; a kernel that has not begun by now is stuck, and the
 * cell's restart fallback takes over.
 */
const BEGIN_WAIT_MS = 10_000;
/** How long a restarted kernel has to answer, and how often it is asked meanwhile. */
const RESTART_ANSWER_MS = 60_000;
const RESTART_ASK_EVERY_MS = 500;
/**
 * The largest message a Jupyter server takes from a browser: tornado's default
 * websocket_max_message_size, which jupyter_server keeps. A larger one closes the socket.
 */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export interface JupyterServer {
  /** Base URL of the server (a JupyterHub user server URL such as `/user/NAME/` works). */
  url: string;
  token?: string;
}

export function serverSettings({ url, token = '' }: JupyterServer): ServerConnection.ISettings {
  const baseUrl = url.endsWith('/') ? url : url + '/';
  return ServerConnection.makeSettings({
    baseUrl,
    wsUrl: 'ws' + baseUrl.slice(4),
    token,
    // A browser websocket cannot carry an Authorization header.
    appendToken: true,
    // Cookies of a foreign Jupyter origin must not ride along; the token authenticates.
    init: { cache: 'no-store', credentials: 'omit' },
  });
}

/**
 * Start a kernel and connect to it. Every failure becomes a {@link CellError}. `started` is a
 * kernel start already under way (the registry asks for the kernel while this chunk loads).
 */
export async function connect(
  options: SessionOptions,
  progress?: (p: Progress) => void,
  started: Promise<KernelModel> = startKernel(options, progress),
  hub?: HubTokenClient,
): Promise<JupyterSession> {
  const settings = hub ? hubSettings(serverUrl(options), hub) : serverSettings({ url: serverUrl(options), token: options.token });
  const model = await started;
  // A kernel start can outlast a short-lived token: the websocket opens with one in force.
  if (hub) await hub.credentials(progress);
  const release = hub?.hold();
  try {
    const session = await JupyterSession.attach(model as KernelAPI.IModel, settings, options);
    if (release) session.onDispose(release);
    return session;
  } catch (e) {
    release?.();
    throw e;
  }
}

/**
 * Settings for the reader's own hub server: every request and every websocket (a reconnect
 * too) takes the token in force at that moment, and a request refused with 403 is sent once
 * more with a renewed token.
 */
function hubSettings(url: string, hub: HubTokenClient): ServerConnection.ISettings {
  const settings = serverSettings({ url, token: hub.token });
  return Object.defineProperties(
    { ...settings, fetch: hub.serverFetch },
    { token: { get: () => hub.token, enumerable: true } },
  ) as ServerConnection.ISettings;
}

/**
 * @jupyterlab/services 7 asks for kernel_info each time its socket (re)connects and drops
 * that promise (`void p.then(…)` in KernelConnection's connection-status handler): when a
 * restart clears the kernel's state first, it rejects with no one to catch it, and the page
 * reports an unhandled rejection (vscode-jupyter saw the same, issue #12797). Only that exact,
 * harmless rejection is marked handled; every other one still reaches the page.
 */
let canceledKernelInfoHandled = false;
function handleCanceledKernelInfo(): void {
  if (canceledKernelInfoHandled || typeof window === 'undefined') return;
  canceledKernelInfoHandled = true;
  window.addEventListener('unhandledrejection', (e) => {
    const message = (e.reason as { message?: unknown } | null)?.message;
    if (message === 'Canceled future for kernel_info_request message before replies were done') e.preventDefault();
  });
}

/** Connect to a kernel that is already running (the Binder backend uses this too). */
export class JupyterSession implements KernelSession {
  readonly events = new EventTarget();
  info: SessionInfo;
  #status: SessionStatus = 'connecting';
  #kernel: KernelConnection;
  #settings: ServerConnection.ISettings;
  /**
   * While the reader's own restart is under way (so it is not mistaken for a death): resolves
   * when it has ended, and a run asked for meanwhile waits for it.
   */
  #restartDone: Promise<void> | null = null;
  /** Set by dispose(): a restart under way opens no new connection. */
  #disposed = false;
  /** The interrupt request in flight, shared by every caller until it is answered. */
  #interrupting: Promise<void> | null = null;
  /** Rejects the run in flight when the kernel dies or the connection is lost for good. */
  #abortRun: ((e: CellError) => void) | null = null;
  /**
   * Resolves once the kernel has begun the run in flight (its `execute_input`): ipykernel
   * ignores SIGINT between runs, so an interrupt that lands before the code starts is lost.
   */
  #runBegun: Promise<void> | null = null;
  #runHasBegun = false;
  /** Set when the session was given up because its socket was lost (not its kernel). */
  #connectionLost = false;
  /** A {@link #watchNetwork} loop is running. */
  #watching = false;
  /** The socket has been up once (so a later 'connecting' is a lost connection). */
  #everConnected = false;
  /** The kernel's comms (Jupyter widgets); replaced by a fresh one when the kernel restarts. */
  #comms: KernelCommHost;
  /** Called once the session is disposed (a hub token stops being renewed for it). */
  #onDispose: (() => void)[] = [];

  onDispose(fn: () => void): void {
    this.#onDispose.push(fn);
  }

  static async attach(
    model: KernelAPI.IModel,
    settings: ServerConnection.ISettings,
    options: SessionOptions,
  ): Promise<JupyterSession> {
    handleCanceledKernelInfo();
    const session = new JupyterSession(model, settings, options);
    await session.#ready();
    return session;
  }

  private constructor(
    model: KernelAPI.IModel,
    settings: ServerConnection.ISettings,
    options: SessionOptions,
  ) {
    this.#settings = settings;
    this.info = { backend: options.backend, name: model.name, language: options.language || '' };
    [this.#kernel, this.#comms] = this.#open(model);
  }

  /** A connection to the kernel, and its comms, that this session follows. */
  #open(model: Pick<KernelAPI.IModel, 'id' | 'name'>): [KernelConnection, KernelCommHost] {
    // Comms on: Jupyter widgets talk over them (comms.ts keeps them until the widget code loads).
    const kernel = new KernelConnection({ model, serverSettings: this.#settings, handleComms: true });
    kernel.statusChanged.connect(this.#onKernelStatus, this);
    kernel.connectionStatusChanged.connect(this.#onConnectionStatus, this);
    return [kernel, new KernelCommHost(kernel)];
  }

  get #restarting(): boolean {
    return this.#restartDone !== null;
  }

  get status(): SessionStatus {
    return this.#status;
  }

  /** The kernel's comms, for interactive outputs (src/widgets/). */
  get comms(): KernelCommHost {
    return this.#comms;
  }

  /** Live widgets stop working: say why where they were, and take comms afresh for the next run. */
  #endComms(reason: Text): void {
    if (this.#comms.ended) return;
    this.#comms.end(reason);
    if (!this.#kernel.isDisposed) this.#comms = new KernelCommHost(this.#kernel);
  }

  get kernelId(): string {
    return this.#kernel.id;
  }

  /**
   * Ready as soon as the websocket is open: jupyter_server opens it only once the kernel's
   * channels are up, and a request sent now goes out right behind the connection's own
   * kernel_info request instead of waiting for its answer (the first answer of a new kernel
   * takes tens of milliseconds; the raw protocol pays that once, not twice).
   */
  async #ready(): Promise<void> {
    await withTimeout(
      this.#connected(),
      60_000,
      () =>
        new CellError(msg('jupyterSocketNotOpen', this.#settings.baseUrl), msg('jupyterSocketNotOpenHint'), 'kernel-silent'),
    );
    this.#everConnected = true;
    // The language (for the editor) comes with kernel_info's answer, whenever it arrives.
    void this.#kernel.info.then(
      (reply) => (this.info = { ...this.info, language: this.info.language || reply.language_info.name }),
      () => {},
    );
    this.#setStatus('idle');
  }

  #connected(): Promise<void> {
    if (this.#kernel.connectionStatus === 'connected') return Promise.resolve();
    return new Promise((resolve) => {
      const check = (_: unknown, status: Kernel.ConnectionStatus) => {
        if (status !== 'connected') return;
        this.#kernel.connectionStatusChanged.disconnect(check);
        resolve();
      };
      this.#kernel.connectionStatusChanged.connect(check);
    });
  }

  async execute(code: string, sink: OutputSink, opts: { signal?: AbortSignal } = {}): Promise<ExecuteReply> {
    // A run sent now would go out on the connection the restart replaces.
    if (this.#restartDone) {
      await this.#restartDone;
      if (opts.signal?.aborted) return { status: 'aborted', executionCount: null };
    }
    if (this.#status === 'dead') {
      throw new CellError(msg('jupyterNotRunning'), msg('pressRestartForFreshKernel'), 'dead');
    }
    tooLargeToSend(code);
    const settling = this.#comms.settled();
    if (settling) await settling;
    const future = this.#kernel.requestExecute({
      code,
      silent: false,
      store_history: true,
      allow_stdin: true,
      stop_on_error: false,
    });
    let executionCount: number | null = null;
    let interrupted = false;
    // Whoever aborts the run also says how: a Stop interrupts the kernel (interrupt()), a
    // Restart restarts it. Interrupting here too would send a second SIGINT, or one that the
    // server refuses while the kernel restarts.
    const onAbort = () => {
      interrupted = true;
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    let begun = () => {};
    this.#runBegun = new Promise<void>((resolve) => (begun = () => ((this.#runHasBegun = true), resolve())));
    this.#runHasBegun = false;
    // The reply on the shell channel also proves the kernel got the request: iopub's
    // execute_input travels on another socket and may come later.
    future.onReply = () => begun();
    future.onIOPub = (msg) => {
      const out = toOutput(msg);
      switch (msg.header.msg_type) {
        case 'execute_input':
          executionCount = (msg as KernelMessage.IExecuteInputMsg).content.execution_count;
          begun();
          break;
        case 'clear_output':
          sink.clear((msg as KernelMessage.IClearOutputMsg).content.wait);
          break;
        case 'update_display_data': {
          const id = (msg as KernelMessage.IUpdateDisplayDataMsg).content.transient?.display_id;
          if (id && out) sink.update(String(id), out);
          break;
        }
        default:
          if (out) sink.output(out);
      }
    };
    future.onStdin = (msg) => {
      if (msg.header.msg_type !== 'input_request') return;
      const { prompt, password } = (msg as KernelMessage.IInputRequestMsg).content;
      sink.input(prompt, password).then(
        (value) => {
          if (!this.#kernel.isDisposed && this.#kernel.status !== 'dead') this.#kernel.sendInputReply({ status: 'ok', value }, msg.header as never);
        },
        // The prompt went away unanswered (Stop, Restart, a new run): the kernel has moved on.
        () => {},
      );
    };

    this.#setStatus('busy');
    try {
      const died = new Promise<never>((_, reject) => (this.#abortRun = reject));
      const reply = await Promise.race([future.done, died]);
      const content = reply.content;
      executionCount = content.execution_count ?? executionCount;
      if (content.status === 'ok') return { status: 'ok', executionCount };
      if (content.status === 'error' && interrupted && content.ename === 'KeyboardInterrupt') {
        return { status: 'aborted', executionCount };
      }
      return { status: content.status === 'aborted' ? 'aborted' : 'error', executionCount };
    } catch (e) {
      if (e instanceof CellError) throw e;
      // The reader stopped it (a Restart cancels the run's future): no death to report.
      if (interrupted) return { status: 'aborted', executionCount };
      // The future was cancelled under us: the kernel restarted or the socket closed.
      throw this.#deathError();
    } finally {
      this.#abortRun = null;
      this.#runBegun = null;
      begun();
      opts.signal?.removeEventListener('abort', onAbort);
      if (!future.isDisposed) future.dispose();
      if (this.#status === 'busy') this.#setStatus('idle');
    }
  }

  /**
   * One interrupt per Stop: a second SIGINT landing while IPython formats the first
   * KeyboardInterrupt's traceback leaves the reader a bare "KeyboardInterrupt" line instead.
   * Calls made while a request is in flight share it. A Stop pressed right after Run waits
   * until the kernel has begun the code (at most {@link BEGIN_WAIT_MS}), or it would be lost.
   */
  interrupt(): Promise<void> {
    const begun = this.#runBegun;
    this.#interrupting ??= (async () => {
      if (begun) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([begun, new Promise((r) => (timer = setTimeout(r, BEGIN_WAIT_MS)))]);
        clearTimeout(timer);
      }
      // A restart under way ends the run anyway; the server refuses to interrupt a restarting kernel.
      if (this.#restarting) return;
      await this.#kernel.interrupt();
    })().finally(() => (this.#interrupting = null));
    return this.#interrupting;
  }

  async restart(): Promise<void> {
    if (this.#kernel.connectionStatus !== 'connected') {
      // The server went away (a hub server stopped, a network cut): a restart request could
      // only wait for it. The pool starts a fresh session instead, which finds the server again.
      throw new CellError(msg('jupyterConnectionDown'), msg('jupyterFreshKernelInstead'), 'restart');
    }
    let done = () => {};
    this.#restartDone = new Promise<void>((resolve) => (done = resolve));
    this.#setStatus('connecting');
    // The fresh connection below comes with fresh comms.
    this.#comms.end(msg('jupyterWidgetsRestarted'));
    try {
      await this.#kernel.restart();
      await this.#untilKernelAnswers();
      await this.#reconnectAfresh();
      this.#setStatus('idle');
    } catch (e) {
      this.#setStatus('dead');
      throw e instanceof CellError
        ? e
        : new CellError(msg('jupyterRestartFailed', errorText(e)), msg('jupyterReloadToStartOver'), 'restart');
    } finally {
      this.#restartDone = null;
      done();
    }
  }

  /**
   * Ask the restarted kernel for its info until it answers (KernelConnection's `info` is still
   * the old kernel's): then it has started and listens on every channel. One request is not
   * enough: jupyter_server's restart returns before the new kernel is up, and a request its
   * channels send while they still hold the old kernel's connection is lost with it (a kernel
   * the server had just restarted by itself never answered the first), so one is sent every
   * {@link RESTART_ASK_EVERY_MS}, as jupyter_server's own "nudge" does, and the first answer counts.
   */
  async #untilKernelAnswers(): Promise<void> {
    const until = Date.now() + RESTART_ANSWER_MS;
    const wait = () => new Promise<false>((r) => setTimeout(() => r(false), RESTART_ASK_EVERY_MS));
    for (;;) {
      if (this.#kernel.isDisposed || this.#kernel.status === 'dead') throw new CellError(msg('jupyterRestartNoAnswer'));
      // A request refused at once (the socket dropped again) is asked again after the same pause.
      const asked = this.#kernel.requestKernelInfo().then(() => true, wait);
      const answered = await Promise.race([asked, wait()]);
      if (answered) return;
      if (Date.now() > until) throw new CellError(msg('jupyterRestartNoAnswer'));
    }
  }

  /**
   * Connect to the restarted kernel anew, as a new client. jupyter_server gives a reconnecting
   * client the kernel channels it had before the restart, and those find the new kernel only
   * on ZeroMQ's reconnect timer, each on its own: the kernel may answer on shell while its
   * stdin is not yet reached, and then drops the `input()` prompt of a run sent at once, and
   * that run waits for ever (CI saw it; on two busy cores it was 6 restarts in 80). A new
   * client gets new channels, made now that the kernel is listening, so they connect at once.
   */
  async #reconnectAfresh(): Promise<void> {
    const old = this.#kernel;
    old.statusChanged.disconnect(this.#onKernelStatus, this);
    old.connectionStatusChanged.disconnect(this.#onConnectionStatus, this);
    old.dispose();
    if (this.#disposed) return;
    [this.#kernel, this.#comms] = this.#open({ id: old.id, name: old.name });
    await withTimeout(this.#connected(), 60_000, () => new CellError(msg('jupyterRestartNoAnswer')));
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    for (const fn of this.#onDispose.splice(0)) fn();
    this.#comms.end(msg('jupyterWidgetsShutDown'));
    if (this.#kernel.isDisposed) return;
    try {
      await this.#kernel.shutdown();
    } catch {
      // The server may be gone already; there is nothing left to shut down.
    }
    this.#kernel.dispose();
  }

  /**
   * Ask the server to shut the kernel down while the page is going away: a keepalive
   * request outlives the page, an ordinary fetch would be cancelled.
   */
  shutdownOnUnload(): void {
    if (!this.#kernel.isDisposed) shutDownOnLeave(this.#settings.baseUrl, this.#settings.token, this.#kernel.id);
  }

  #onKernelStatus(_: unknown, s: KernelMessage.Status): void {
    if (s === 'dead' || ((s === 'autorestarting' || s === 'restarting') && !this.#restarting)) {
      this.#endComms(msg('jupyterWidgetsKernelStopped'));
    }
    if (s === 'dead') {
      this.#setStatus('dead');
      this.#abortRun?.(this.#deathError());
    } else if ((s === 'autorestarting' || s === 'restarting') && !this.#restarting) {
      // The server restarts a kernel whose process died; its state is gone, so the
      // reader must know (and the cell stays in error until they press Restart).
      this.#setStatus('dead');
      this.#abortRun?.(this.#deathError());
    } else if (s === 'busy' || s === 'idle') {
      // Other cells' runs also report busy/idle; our own status tracks our runs only.
    }
  }

  #onConnectionStatus(_: unknown, s: Kernel.ConnectionStatus): void {
    // For wrappers that must tell a network blip from a server gone for good (Binder culls
    // idle servers): `connectionchange`, detail 'connected' | 'connecting' | 'disconnected'.
    this.events.dispatchEvent(new CustomEvent('connectionchange', { detail: s }));
    if (s === 'connected') {
      this.#everConnected = true;
      this.#reconnected();
      return;
    }
    // Only a socket that was up and went down is watched: a first connection or a restart's
    // reconnection is KernelConnection's own to make.
    if (this.#everConnected && !this.#restarting) this.#watchNetwork();
    if (s === 'disconnected' && this.#status !== 'dead') {
      this.#connectionLost = true;
      this.#setStatus('dead');
      this.#abortRun?.(this.#lostError());
    } else if (s === 'connecting' && this.#abortRun && !this.#restarting) {
      // (A restart's reconnection is not a drop: a run begun during it waits in
      // KernelConnection's queue, and while restarting KernelConnection sends kernel_info
      // ahead of that queue, so #endIfRequestLost would take the run for lost. A restart
      // begins only on a connected socket, so no drop is being watched when it does.)
      // KernelConnection reconnects with backoff for about two minutes; a run should not
      // hang that long. If the socket is back within the grace period, jupyter_server
      // replays what it buffered and the run finishes normally.
      const abort = this.#abortRun;
      const timer = setTimeout(() => {
        if (this.#kernel.connectionStatus !== 'connected') {
          this.#connectionLost = true;
          this.#setStatus('dead');
          abort(this.#lostError());
        }
      }, RECONNECT_GRACE_MS);
      const cancel = (_: unknown, next: Kernel.ConnectionStatus) => {
        if (next === 'connecting') return;
        clearTimeout(timer);
        this.#kernel.connectionStatusChanged.disconnect(cancel);
        if (next === 'connected' && !this.#runHasBegun) void this.#endIfRequestLost(abort);
      };
      this.#kernel.connectionStatusChanged.connect(cancel);
    }
  }

  /**
   * After a dropped socket comes back, end a run whose request was lost with the old socket,
   * or it would wait forever. The kernel answers shell requests one after another, so a
   * kernel_info request sent now is answered after our execute request, if that arrived: by
   * then the run has begun (its reply at the latest). A timer cannot tell a lost request from
   * one queued behind another cell's long run (a CI run under load ended such a run as lost).
   */
  async #endIfRequestLost(abort: (e: CellError) => void): Promise<void> {
    try {
      await this.#kernel.requestKernelInfo();
    } catch {
      return; // The socket dropped again: the reconnect that follows asks again.
    }
    if (this.#abortRun !== abort || this.#runHasBegun) return;
    abort(new CellError(msg('jupyterCodeNotSent'), msg('jupyterRunCellAgain')));
  }

  /**
   * While the socket is down, ask the server every second whether it can be reached again,
   * and reconnect as soon as it can. KernelConnection's own retries wait 10–30 s after a
   * socket that failed to open, so a one-second blip would otherwise cost a run.
   */
  #watchNetwork(): void {
    if (this.#watching) return;
    this.#watching = true;
    const until = Date.now() + NETWORK_WATCH_MS;
    const check = async (): Promise<void> => {
      if (this.#kernel.isDisposed || this.#kernel.connectionStatus === 'connected' || this.#restarting || Date.now() > until) {
        this.#watching = false;
        return;
      }
      try {
        if (await KernelAPI.getKernelModel(this.#kernel.id, this.#settings)) {
          // KernelConnection's own retry may have a socket opening, or open and waiting for
          // its kernel_info reply (still "connecting"): the server may already be sending on
          // it, and reconnecting now would drop what it sent (CI lost a printed line so). Let
          // that attempt finish; look again in a moment.
          if (ownSocketUnderWay(this.#kernel)) {
            setTimeout(() => void check(), NETWORK_WATCH_EVERY_MS);
            return;
          }
          this.#watching = false;
          // KernelConnection's own retry may have connected while we asked; reconnecting
          // now would drop that socket under a run just sent.
          if ((this.#kernel.connectionStatus as Kernel.ConnectionStatus) !== 'connected') await this.#kernel.reconnect().catch(() => {});
          return;
        }
        // The server answers but has no such kernel: it was restarted (or shut the kernel
        // down). Waiting on would only say "reconnects by itself" for ever.
        this.#watching = false;
        this.#kernelGone();
        return;
      } catch {
        // Not reachable yet.
      }
      setTimeout(() => void check(), NETWORK_WATCH_EVERY_MS);
    };
    setTimeout(() => void check(), NETWORK_WATCH_EVERY_MS);
  }

  /** The socket is back: a session given up for lost works again, with its variables. */
  #reconnected(): void {
    if (!this.#connectionLost || this.#status !== 'dead') return;
    this.#connectionLost = false;
    this.#setStatus('idle');
    this.events.dispatchEvent(
      new CustomEvent<SessionNotice>('notice', {
        detail: { kind: 'info', message: msg('jupyterReconnected') },
      }),
    );
  }

  /** The server no longer has our kernel: the cells say so, and Restart starts a fresh one. */
  #kernelGone(): void {
    this.#connectionLost = false;
    this.#setStatus('dead');
    this.#endComms(msg('jupyterWidgetsKernelGone'));
    const gone = new CellError(msg('jupyterKernelGone', this.#settings.baseUrl), msg('jupyterRestartThenRunCells'), 'kernel-gone');
    this.#abortRun?.(gone);
    this.events.dispatchEvent(new CustomEvent<SessionNotice>('notice', { detail: { kind: 'error', message: gone.text, hint: gone.hint } }));
  }

  #deathError(): CellError {
    return new CellError(msg('jupyterKernelDied'), msg('jupyterRestartThenRunCells'), 'kernel-died');
  }

  #lostError(): CellError {
    return new CellError(msg('jupyterConnectionLost', this.#settings.baseUrl), msg('jupyterConnectionLostHint'), 'connection-lost');
  }

  #setStatus(s: SessionStatus): void {
    if (this.#status === s) return;
    this.#status = s;
    this.events.dispatchEvent(new CustomEvent('statuschange', { detail: s }));
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function withTimeout<T>(p: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(error()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A run whose request the server would refuse (closing the socket) says so before it is sent. */
function tooLargeToSend(code: string): void {
  // JSON escapes a character into at most 6 bytes: short code cannot be too large.
  if (code.length * 6 < MAX_MESSAGE_BYTES) return;
  // The request's envelope (header, session, metadata) takes well under 4 kB.
  const bytes = new TextEncoder().encode(JSON.stringify(code)).length + 4096;
  if (bytes <= MAX_MESSAGE_BYTES) return;
  const mb = (n: number) => n / 1024 / 1024;
  throw new CellError(msg('jupyterCodeTooLarge', mb(bytes), mb(MAX_MESSAGE_BYTES)), msg('jupyterCodeTooLargeHint'));
}

/**
 * KernelConnection has a socket of its own opening or open (it keeps the socket private and
 * says "connecting" both for that and while it waits out its back-off with no socket).
 */
function ownSocketUnderWay(kernel: KernelConnection): boolean {
  const ws = (kernel as unknown as { _ws: WebSocket | null })._ws;
  return ws !== null && ws !== undefined && (ws.readyState === WebSocket.CONNECTING || ws.readyState === WebSocket.OPEN) && kernel.connectionStatus !== 'connected';
}
