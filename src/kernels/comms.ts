// SPDX-License-Identifier: BSD-3-Clause
/**
 * Jupyter comms for interactive outputs (Jupyter widgets). A session whose kernel speaks
 * the comm protocol exposes a {@link CommHost}; the widget renderer (src/widgets/) finds it
 * on the session that made an output and builds its widget manager on it.
 *
 * The widget code loads only when a page shows its first widget, but a kernel opens a
 * widget's comm (and may send it updates) before the output that shows it: a comm opened
 * for a target nobody has registered is closed at once by @jupyterlab/services. So the
 * session registers the widget targets itself, from the start, and keeps each comm and its
 * messages until the renderer registers its own handler; then they are handed over in order.
 *
 * @packageDocumentation
 */
import type * as Kernel from '@jupyterlab/services/lib/kernel/kernel.js';
import type * as KernelMessage from '@jupyterlab/services/lib/kernel/messages.js';

/**
 * What a widget manager needs of a kernel: the comm half of @jupyterlab/services'
 * `IKernelConnection` (the in-browser Python's bridge implements the same).
 */
export type CommKernel = Pick<
  Kernel.IKernelConnection,
  'createComm' | 'hasComm' | 'registerCommTarget' | 'requestCommInfo' | 'registerMessageHook' | 'removeMessageHook'
>;

export interface CommHost {
  readonly kernel: CommKernel;
  /**
   * `ended` events (detail: a sentence for the reader) when the kernel's widgets stop working:
   * a restart, the kernel's death, the session's end. A fresh kernel gets a fresh host.
   */
  readonly events: EventTarget;
  readonly ended: string | null;
}

/** The comm targets of Jupyter widgets (ipywidgets 7 and 8). */
export const WIDGET_TARGETS = ['jupyter.widget'];

type OpenHandler = (comm: Kernel.IComm, msg: KernelMessage.ICommOpenMsg) => void | PromiseLike<void>;

interface Kept {
  comm: HeldComm;
  msg: KernelMessage.ICommOpenMsg;
}

/** A {@link CommHost} over a @jupyterlab/services kernel connection (Jupyter, Binder). */
export class KernelCommHost implements CommHost {
  readonly events = new EventTarget();
  readonly kernel: CommKernel;
  #ended: string | null = null;
  #handlers = new Map<string, OpenHandler>();
  #kept = new Map<string, Kept[]>();

  constructor(connection: Kernel.IKernelConnection, targets: readonly string[] = WIDGET_TARGETS) {
    for (const target of targets) connection.registerCommTarget(target, (comm, msg) => this.#opened(target, comm, msg));
    this.kernel = {
      createComm: (target, id) => connection.createComm(target, id),
      hasComm: (id) => connection.hasComm(id),
      requestCommInfo: (content) => connection.requestCommInfo(content),
      registerMessageHook: (id, hook) => connection.registerMessageHook(id, hook),
      removeMessageHook: (id, hook) => connection.removeMessageHook(id, hook),
      registerCommTarget: (target, handler) => this.#register(target, handler, connection),
    };
  }

  get ended(): string | null {
    return this.#ended;
  }

  /** The kernel's widgets stop working; `reason` is shown where they were. */
  end(reason: string): void {
    if (this.#ended) return;
    this.#ended = reason;
    this.#kept.clear();
    this.events.dispatchEvent(new CustomEvent('ended', { detail: reason }));
  }

  #opened(target: string, comm: Kernel.IComm, msg: KernelMessage.ICommOpenMsg): void | PromiseLike<void> {
    const handler = this.#handlers.get(target);
    if (handler) return handler(comm, msg);
    const kept = this.#kept.get(target) ?? [];
    kept.push({ comm: new HeldComm(comm), msg });
    this.#kept.set(target, kept);
  }

  #register(target: string, handler: OpenHandler, connection: Kernel.IKernelConnection): void {
    if (!WIDGET_TARGETS.includes(target) || this.#handlers.has(target)) {
      connection.registerCommTarget(target, handler);
      return;
    }
    this.#handlers.set(target, handler);
    const kept = this.#kept.get(target) ?? [];
    this.#kept.delete(target);
    // One after another, as the kernel opened them: a box's children exist before the box.
    void kept.reduce(
      (previous, { comm, msg }) =>
        previous.then(async () => {
          try {
            await handler(comm, msg);
          } finally {
            comm.release();
          }
        }),
      Promise.resolve(),
    );
  }
}

/**
 * A comm opened before its handler existed: its messages wait here until the handler has
 * taken the comm over, then pass through in the order they came.
 */
class HeldComm implements Kernel.IComm {
  #comm: Kernel.IComm;
  #queue: (() => void)[] = [];
  #held = true;
  #onMsg: Kernel.IComm['onMsg'] = () => {};
  #onClose: Kernel.IComm['onClose'] = () => {};

  constructor(comm: Kernel.IComm) {
    this.#comm = comm;
    comm.onMsg = (msg) => this.#pass(() => void this.#onMsg(msg));
    comm.onClose = (msg) => this.#pass(() => void this.#onClose(msg));
  }

  #pass(deliver: () => void): void {
    if (this.#held) this.#queue.push(deliver);
    else deliver();
  }

  release(): void {
    this.#held = false;
    for (const deliver of this.#queue.splice(0)) deliver();
  }

  get commId(): string {
    return this.#comm.commId;
  }
  get targetName(): string {
    return this.#comm.targetName;
  }
  get isDisposed(): boolean {
    return this.#comm.isDisposed;
  }
  get onMsg(): Kernel.IComm['onMsg'] {
    return this.#onMsg;
  }
  set onMsg(f: Kernel.IComm['onMsg']) {
    this.#onMsg = f;
  }
  get onClose(): Kernel.IComm['onClose'] {
    return this.#onClose;
  }
  set onClose(f: Kernel.IComm['onClose']) {
    this.#onClose = f;
  }
  open(...args: Parameters<Kernel.IComm['open']>): Kernel.IShellFuture {
    return this.#comm.open(...args);
  }
  send(...args: Parameters<Kernel.IComm['send']>): Kernel.IShellFuture {
    return this.#comm.send(...args);
  }
  close(...args: Parameters<Kernel.IComm['close']>): Kernel.IShellFuture {
    return this.#comm.close(...args);
  }
  dispose(): void {
    this.#comm.dispose();
  }
}
