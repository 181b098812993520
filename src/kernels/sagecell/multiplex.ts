// SPDX-License-Identifier: BSD-3-Clause
/**
 * One SockJS connection per SageCell server per page, shared by every kernel the page uses
 * there, as the embed does (its `js/multisockjs.js`). Each kernel's messages carry its
 * `<kernel-id>/channels` prefix; the server wires a kernel to the connection on the first
 * message that names it.
 *
 * When the connection drops, the server stops every kernel it carried (PROTOCOL.md §3.2):
 * each attached kernel hears `lost`, and the next kernel opens a new connection.
 *
 * @packageDocumentation
 */
import { channelPrefix, decodeChannel, encodeChannel, OpenError, SockJsConnection, transportUrl } from './sockjs.js';
import { cellSessionId } from './http.js';

export interface KernelHandlers {
  /** A message from the kernel (or the server's synthetic `status: dead`), parsed. */
  message(msg: Record<string, unknown>): void;
  /** The connection is gone, and with it the kernel. */
  lost(reason: string): void;
}

export interface KernelChannel {
  send(msg: unknown): void;
  /** Stop listening (the kernel itself is ended over HTTP). */
  detach(): void;
}

class ServerLink {
  #root: string;
  #connection: Promise<SockJsConnection> | null = null;
  /** The open connection, once `#connection` has resolved. */
  #live: SockJsConnection | null = null;
  #kernels = new Map<string, KernelHandlers>();

  constructor(root: string) {
    this.#root = root;
  }

  async attach(kernelId: string, handlers: KernelHandlers): Promise<KernelChannel> {
    const conn = await this.open();
    if (conn.closed) throw new OpenError('the connection closed while it opened', { why: 'closed-while-opening' });
    this.#kernels.set(kernelId, handlers);
    return {
      send: (msg) => {
        if (conn.closed) throw new Error('the connection to the server is closed');
        conn.send(encodeChannel(kernelId, msg));
      },
      detach: () => {
        if (this.#kernels.get(kernelId) === handlers) this.#kernels.delete(kernelId);
      },
    };
  }

  open(): Promise<SockJsConnection> {
    if (!this.#connection) {
      // The same CellSessionID as the kernel requests: load balancers route on it.
      const opening = SockJsConnection.open(transportUrl(this.#root, { CellSessionID: cellSessionId() }));
      this.#connection = opening;
      opening.then(
        (conn) => {
          this.#live = conn;
          conn.addEventListener('message', (e) => this.#onMessage((e as CustomEvent<string>).detail));
          conn.addEventListener('close', (e) => this.#onClose(conn, (e as CustomEvent<{ reason: string }>).detail.reason));
        },
        () => {
          if (this.#connection === opening) this.#connection = null;
        },
      );
    }
    return this.#connection;
  }

  #onMessage(data: string): void {
    const parts = decodeChannel(data);
    if (!parts) return;
    const suffix = channelPrefix('');
    if (!parts.prefix.endsWith(suffix)) return;
    const handlers = this.#kernels.get(parts.prefix.slice(0, -suffix.length));
    if (!handlers) return;
    let msg: unknown;
    try {
      msg = JSON.parse(parts.body);
    } catch {
      return;
    }
    if (msg && typeof msg === 'object') handlers.message(msg as Record<string, unknown>);
  }

  #onClose(conn: SockJsConnection, reason: string): void {
    if (this.#live === conn) {
      this.#live = null;
      this.#connection = null;
    }
    const kernels = [...this.#kernels.values()];
    this.#kernels.clear();
    for (const k of kernels) k.lost(reason);
  }
}

const links = new Map<string, ServerLink>();

function linkTo(root: string): ServerLink {
  let link = links.get(root);
  if (!link) links.set(root, (link = new ServerLink(root)));
  return link;
}

/** Listen to a kernel's messages over the page's connection to `root` (opened on first use). */
export function attachKernel(root: string, kernelId: string, handlers: KernelHandlers): Promise<KernelChannel> {
  return linkTo(root).attach(kernelId, handlers);
}

/** Start opening the connection to `root` now (a kernel is on its way); failures surface in attachKernel. */
export function warmUp(root: string): void {
  linkTo(root).open().catch(() => {});
}
