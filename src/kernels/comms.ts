// SPDX-License-Identifier: BSD-3-Clause
/**
 * Jupyter comms for interactive outputs (Jupyter widgets). A session whose kernel speaks
 * the comm protocol exposes a {@link CommHost}; the widget renderer (src/widgets/) finds it
 * on the session that made an output and builds its widget manager on it.
 *
 * The widget code loads only when a kernel opens its first widget comm, and a comm opened
 * for a target nobody has registered is closed at once by @jupyterlab/services. So the
 * session registers the widget targets itself, from the start; the first comm_open loads
 * the handler through a {@link CommTargetLoader} that the widget code registered (the
 * kernels never import the widget code), and the kernel's messages wait for it.
 *
 * @packageDocumentation
 */
import type * as Kernel from '@jupyterlab/services/lib/kernel/kernel.js';
import type * as KernelMessage from '@jupyterlab/services/lib/kernel/messages.js';
import { english, type Text } from '../i18n/text.js';

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
   * `ended` events (detail: the reason in English, {@link ended}) when the kernel's widgets
   * stop working: a restart, the kernel's death, the session's end. A fresh kernel gets a
   * fresh host.
   */
  readonly events: EventTarget;
  /** Why the widgets stopped working, in English; null while they work. */
  readonly ended: string | null;
  /** The same reason for the reader: the cell says it in its own language (`say(messages, endedText)`). */
  readonly endedText: Text | null;
  /**
   * Wait with each run until `settle` resolves: what the page has still to tell the kernel
   * (a slider's last value, held back by the widgets' message throttle) must reach it first.
   */
  beforeRun(settle: () => Promise<void>): void;
}

/** The comm targets of Jupyter widgets (ipywidgets 7 and 8). */
export const WIDGET_TARGETS = ['jupyter.widget'];

type OpenHandler = (comm: Kernel.IComm, msg: KernelMessage.ICommOpenMsg) => void | PromiseLike<void>;

/**
 * What loads the handler of a comm target (the widget chunk): registered by the front end's
 * widget code (src/widgets/register.ts), called with the host on the first comm a kernel
 * opens for that target. It resolves once it has registered its handler on `host.kernel`.
 */
export type CommTargetLoader = (host: CommHost) => Promise<void>;

const loaders = new Map<string, CommTargetLoader>();

/** Tell every kernel's comms how to get the handler of `target` when it is first needed. */
export function registerCommTargetLoader(target: string, load: CommTargetLoader): void {
  loaders.set(target, load);
}

/**
 * What every {@link CommHost} does alike (a kernel's, the in-browser Python's): its end, the
 * runs' wait for held-back widget updates, and the handlers of the targets it holds, whose
 * code is loaded once, for the first comm of its target.
 */
export abstract class CommHostBase implements CommHost {
  abstract readonly kernel: CommKernel;
  readonly events = new EventTarget();
  /** Handlers of the targets this host holds itself, as the loaded code registers them. */
  protected readonly handlers = new Map<string, OpenHandler>();
  #ended: Text | null = null;
  #beforeRun = new Set<() => Promise<void>>();
  #loading = new Map<string, Promise<void>>();

  get ended(): string | null {
    return this.#ended === null ? null : english(this.#ended);
  }

  get endedText(): Text | null {
    return this.#ended;
  }

  beforeRun(settle: () => Promise<void>): void {
    this.#beforeRun.add(settle);
  }

  /** What a run waits for before it is sent; nothing (not even a microtask) on a kernel without widgets. */
  settled(): Promise<void> | undefined {
    if (this.#beforeRun.size === 0) return undefined;
    return Promise.all([...this.#beforeRun].map((settle) => settle())).then(() => {});
  }

  /** The widgets stop working (a restart, the kernel's or interpreter's end); `reason` is shown where they were. */
  end(reason: Text): void {
    if (this.#ended) return;
    this.#ended = reason;
    this.events.dispatchEvent(new CustomEvent('ended', { detail: english(reason) }));
  }

  /** The handler of `target`, once the code a loader registered for it has loaded (undefined: nobody handles it). */
  protected async handlerFor(target: string): Promise<OpenHandler | undefined> {
    if (!this.handlers.has(target)) {
      const load = loaders.get(target);
      if (!load) return undefined;
      let loading = this.#loading.get(target);
      if (!loading) {
        loading = load(this);
        this.#loading.set(target, loading);
      }
      await loading;
    }
    return this.handlers.get(target);
  }
}

/** A {@link CommHost} over a @jupyterlab/services kernel connection (Jupyter, Binder). */
export class KernelCommHost extends CommHostBase {
  readonly kernel: CommKernel;

  constructor(connection: Kernel.IKernelConnection, targets: readonly string[] = WIDGET_TARGETS) {
    super();
    for (const target of targets) connection.registerCommTarget(target, (comm, msg) => this.#opened(target, comm, msg));
    this.kernel = {
      createComm: (target, id) => connection.createComm(target, id),
      hasComm: (id) => connection.hasComm(id),
      requestCommInfo: (content) => connection.requestCommInfo(content),
      registerMessageHook: (id, hook) => connection.registerMessageHook(id, hook),
      removeMessageHook: (id, hook) => connection.removeMessageHook(id, hook),
      registerCommTarget: (target, handler) => {
        if (targets.includes(target)) this.handlers.set(target, handler);
        else connection.registerCommTarget(target, handler);
      },
    };
  }

  /**
   * @jupyterlab/services handles a kernel's messages one after another and waits for a comm
   * target's promise: while the handler's code loads, the messages behind this comm_open (the
   * widget's updates, the outputs an Output widget must capture) wait too, and then reach a
   * live manager in order, as if it had been there all along.
   */
  async #opened(target: string, comm: Kernel.IComm, msg: KernelMessage.ICommOpenMsg): Promise<void> {
    await (await this.handlerFor(target))?.(comm, msg);
  }
}
