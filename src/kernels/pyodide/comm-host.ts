// SPDX-License-Identifier: BSD-3-Clause
/**
 * Jupyter comms for the in-browser Python: the {@link CommHost} of one interpreter, over the
 * worker's messages (comm.py on the Python side). It gives the widget manager (src/widgets/)
 * the same {@link CommKernel} a Jupyter kernel's connection gives, so widgets work unchanged:
 *
 * - Python's `comm_open` for a widget target loads the widget code through the target's
 *   loader (comms.ts) on the first one; the interpreter holds the worker's messages behind it
 *   meanwhile, as @jupyterlab/services does for a kernel.
 * - What the page sends (a slider's new value) goes to the worker, which handles it between
 *   runs and answers `comm-done`: the widget's future then gets the idle status and the reply
 *   a kernel would send (the widgets' throttle waits for them).
 * - Message hooks (the Output widget's capture) see each output whose parent is their id.
 *
 * @packageDocumentation
 */
import type * as Kernel from '@jupyterlab/services/lib/kernel/kernel.js';
import type * as KernelMessage from '@jupyterlab/services/lib/kernel/messages.js';
import { CommHostBase, WIDGET_TARGETS, type CommKernel } from '../comms.js';
import type { CommMessage, ToWorker } from './protocol.js';

type Hook = (msg: KernelMessage.IIOPubMessage) => boolean | PromiseLike<boolean>;
type Buffers = (ArrayBuffer | ArrayBufferView)[];

let ids = 0;
const newId = () => `page-${Date.now().toString(36)}-${(++ids).toString(36)}`;

function header(msgId: string, msgType: string): KernelMessage.IHeader {
  return { msg_id: msgId, msg_type: msgType, session: '', username: '', date: new Date().toISOString(), version: '5.3' } as KernelMessage.IHeader;
}

/** A message of the Jupyter protocol, as @jupyterlab/services hands them to comms and hooks. */
export function kernelMessage(msgType: string, content: unknown, parent: string, extra: { metadata?: unknown; buffers?: ArrayBuffer[] } = {}): KernelMessage.IMessage {
  return {
    header: header(newId(), msgType),
    parent_header: parent ? header(parent, '') : {},
    metadata: extra.metadata ?? {},
    content,
    channel: 'iopub',
    buffers: extra.buffers ?? [],
  } as unknown as KernelMessage.IMessage;
}

function toBuffers(buffers?: Buffers): ArrayBuffer[] | undefined {
  if (!buffers?.length) return undefined;
  return buffers.map((b) => {
    if (b instanceof ArrayBuffer) return b.slice(0);
    const view = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    return view.slice().buffer;
  });
}

/** What a comm message's sender waits on: the kernel's idle status and reply. */
class Future {
  readonly msg: KernelMessage.IShellMessage;
  readonly done: Promise<KernelMessage.IShellMessage>;
  onReply: ((msg: KernelMessage.IShellMessage) => void) | undefined;
  onIOPub: ((msg: KernelMessage.IIOPubMessage) => void) | undefined;
  onStdin: ((msg: KernelMessage.IStdinMessage) => void) | undefined;
  isDisposed = false;
  #resolve!: (msg: KernelMessage.IShellMessage) => void;

  constructor(msgId: string, msgType: string) {
    this.msg = { header: header(msgId, msgType), parent_header: {}, metadata: {}, content: {}, channel: 'shell' } as unknown as KernelMessage.IShellMessage;
    this.done = new Promise((resolve) => (this.#resolve = resolve));
    this.done.catch(() => {});
  }

  /** Python has handled the message. */
  settle(): void {
    const id = this.msg.header.msg_id;
    this.onIOPub?.(kernelMessage('status', { execution_state: 'idle' }, id) as KernelMessage.IIOPubMessage);
    const reply = kernelMessage('comm_reply', {}, id) as unknown as KernelMessage.IShellMessage;
    this.onReply?.(reply);
    this.#resolve(reply);
  }

  registerMessageHook(): void {}
  removeMessageHook(): void {}
  sendInputReply(): void {}
  dispose(): void {
    this.isDisposed = true;
  }
}

class Comm {
  onClose: ((msg: KernelMessage.ICommCloseMsg) => void | PromiseLike<void>) | undefined;
  onMsg: ((msg: KernelMessage.ICommMsgMsg) => void | PromiseLike<void>) | undefined;
  isDisposed = false;

  constructor(
    readonly commId: string,
    readonly targetName: string,
    private readonly host: PyodideCommHost,
  ) {}

  open(data?: unknown, metadata?: unknown, buffers?: Buffers): Future {
    return this.host.send(this.commId, 'comm_open', { comm_id: this.commId, target_name: this.targetName, data: data ?? {} }, metadata, buffers);
  }

  send(data: unknown, metadata?: unknown, buffers?: Buffers): Future {
    return this.host.send(this.commId, 'comm_msg', { comm_id: this.commId, data }, metadata, buffers);
  }

  close(data?: unknown, metadata?: unknown, buffers?: Buffers): Future {
    const future = this.host.send(this.commId, 'comm_close', { comm_id: this.commId, data: data ?? {} }, metadata, buffers);
    this.dispose();
    return future;
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.host.forget(this.commId);
  }
}

/** The comms of one Pyodide interpreter: made with it, ended when it is replaced. */
export class PyodideCommHost extends CommHostBase {
  readonly kernel: CommKernel;
  #post: (m: ToWorker) => void;
  #comms = new Map<string, Comm>();
  #futures = new Map<string, Future>();
  #hooks = new Map<string, Hook[]>();
  /** The request (a run, `run-<id>`) during which each comm was opened: its cell shows what the widget's callbacks print. */
  #commOrigin = new Map<string, string>();
  /** The page's comm messages in flight, with the run their comm came from. */
  #messageOrigin = new Map<string, string>();

  constructor(post: (m: ToWorker) => void) {
    super();
    this.#post = post;
    this.kernel = {
      createComm: (target, id) => this.#comm(target, id ?? newId()) as unknown as Kernel.IComm,
      hasComm: (id) => this.#comms.has(id),
      registerCommTarget: (target, handler) => void this.handlers.set(target, handler),
      requestCommInfo: async (content) => {
        const comms = Object.fromEntries(
          [...this.#comms.values()].filter((c) => !content.target_name || c.targetName === content.target_name).map((c) => [c.commId, { target_name: c.targetName }]),
        );
        return kernelMessage('comm_info_reply', { status: 'ok', comms }, '') as unknown as KernelMessage.ICommInfoReplyMsg;
      },
      registerMessageHook: (id, hook) => {
        const hooks = this.#hooks.get(id) ?? [];
        hooks.push(hook as Hook);
        this.#hooks.set(id, hooks);
      },
      removeMessageHook: (id, hook) => {
        const hooks = (this.#hooks.get(id) ?? []).filter((h) => h !== hook);
        if (hooks.length) this.#hooks.set(id, hooks);
        else this.#hooks.delete(id);
      },
    };
  }

  #comm(target: string, id: string): Comm {
    const comm = new Comm(id, target, this);
    this.#comms.set(id, comm);
    return comm;
  }

  forget(id: string): void {
    this.#comms.delete(id);
  }

  /** The page → Python. */
  send(commId: string, msgType: CommMessage['msg_type'], content: CommMessage['content'], metadata?: unknown, buffers?: Buffers): Future {
    const id = newId();
    const future = new Future(id, msgType);
    if (this.endedText) {
      future.settle();
      return future;
    }
    this.#futures.set(id, future);
    const origin = this.#commOrigin.get(commId);
    if (origin) this.#messageOrigin.set(id, origin);
    const data = toBuffers(buffers);
    const msg: CommMessage = { msg_type: msgType, content, metadata: (metadata ?? {}) as Record<string, unknown>, ...(data ? { buffers: data } : {}) };
    this.#post({ t: 'comm', id, msg });
    return future;
  }

  /** Python has handled the page's message `id`. */
  done(id: string): void {
    const future = this.#futures.get(id);
    this.#futures.delete(id);
    this.#messageOrigin.delete(id);
    future?.settle();
  }

  /** The run (`run-<id>`) whose cell shows what Python printed for `parent`, a run or a page message. */
  originOf(parent: string): string | undefined {
    return parent.startsWith('run-') ? parent : this.#messageOrigin.get(parent);
  }

  /**
   * Hand an output to the hooks registered for its parent (the Output widget's capture):
   * true when one of them took it (the cell does not show it).
   */
  hooked(parent: string, msgType: string, content: unknown): boolean {
    const hooks = this.#hooks.get(parent);
    if (!hooks?.length) return false;
    const msg = kernelMessage(msgType, content, parent) as KernelMessage.IIOPubMessage;
    // The latest first, as @jupyterlab/services calls them; one that returns false swallows it.
    for (const hook of [...hooks].reverse()) {
      if (hook(msg) === false) return true;
    }
    return false;
  }

  /**
   * Python → the page. A `comm_open` for a widget target loads the widget code first (the
   * promise: the interpreter holds the messages behind it until it resolves).
   */
  async receive(msg: CommMessage, parent: string): Promise<void> {
    const { comm_id: id } = msg.content;
    const message = kernelMessage(msg.msg_type, msg.content, parent, { metadata: msg.metadata, buffers: msg.buffers });
    switch (msg.msg_type) {
      case 'comm_open': {
        const target = msg.content.target_name ?? '';
        const origin = this.originOf(parent);
        if (origin) this.#commOrigin.set(id, origin);
        const handler = WIDGET_TARGETS.includes(target) ? await this.handlerFor(target) : this.handlers.get(target);
        if (!handler) {
          // Nobody handles this target: tell Python it is closed, as @jupyterlab/services does.
          this.send(id, 'comm_close', { comm_id: id, data: {} });
          return;
        }
        const comm = this.#comm(target, id);
        try {
          await handler(comm as unknown as Kernel.IComm, message as KernelMessage.ICommOpenMsg);
        } catch (e) {
          console.error('[exec-cell] a comm could not be opened', e);
          comm.close();
        }
        break;
      }
      case 'comm_msg':
        await this.#comms.get(id)?.onMsg?.(message as KernelMessage.ICommMsgMsg);
        break;
      case 'comm_close': {
        const comm = this.#comms.get(id);
        this.#comms.delete(id);
        this.#commOrigin.delete(id);
        await comm?.onClose?.(message as KernelMessage.ICommCloseMsg);
        if (comm) comm.isDisposed = true;
        break;
      }
    }
  }
}
