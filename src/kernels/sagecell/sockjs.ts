// SPDX-License-Identifier: BSD-3-Clause
/**
 * A SockJS client, websocket transport only, and SageCell's channel framing on top of it.
 *
 * SageCell takes kernel messages from another origin only over SockJS: its plain websocket
 * endpoint refuses cross-origin upgrades with a 403 (PROTOCOL.md §3). The SockJS websocket
 * transport is a websocket at `<root>sockjs/<server>/<session>/websocket` that speaks a tiny
 * framing: the server sends `o` (open), `h` (heartbeat, every 25 s), `a["m1","m2"]` (messages)
 * and `c[code,"reason"]` (close); the client sends a JSON array of strings.
 *
 * This is what sockjs-client does on every browser we support, in a few dozen lines:
 * sockjs-client itself is 68 kB minified and reads Node's `global` and `process`, which a
 * browser bundle would have to fake. Its `/info` request is skipped: it only says whether
 * websockets are allowed, and opening one answers that too.
 *
 * @packageDocumentation
 */

export type SockJsFrame =
  | { type: 'open' }
  | { type: 'heartbeat' }
  | { type: 'messages'; messages: string[] }
  | { type: 'close'; code: number; reason: string };

/** Parse one frame the server sent; throws on anything SockJS never sends. */
export function parseFrame(frame: string): SockJsFrame {
  switch (frame[0]) {
    case 'o':
      return { type: 'open' };
    case 'h':
      return { type: 'heartbeat' };
    case 'a': {
      const messages: unknown = JSON.parse(frame.slice(1));
      if (!Array.isArray(messages) || !messages.every((m) => typeof m === 'string')) throw new Error(`bad SockJS frame: ${frame.slice(0, 80)}`);
      return { type: 'messages', messages };
    }
    case 'm':
      return { type: 'messages', messages: [JSON.parse(frame.slice(1)) as string] };
    case 'c': {
      const [code, reason] = JSON.parse(frame.slice(1)) as [number, string];
      return { type: 'close', code, reason };
    }
    default:
      throw new Error(`bad SockJS frame: ${frame.slice(0, 80)}`);
  }
}

/** The frame that sends `messages` to the server. */
export function encodeSend(messages: string[]): string {
  return JSON.stringify(messages);
}

/** The multiplexing prefix of a kernel's messages, in both directions. */
export function channelPrefix(kernelId: string): string {
  return `${kernelId}/channels`;
}

/** A kernel message as SageCell's multiplexed SockJS carries it: `<kernel-id>/channels,<json>`. */
export function encodeChannel(kernelId: string, message: unknown): string {
  return `${channelPrefix(kernelId)},${JSON.stringify(message)}`;
}

/** Split a multiplexed message at its first comma (JSON may hold more). Null when it has none. */
export function decodeChannel(data: string): { prefix: string; body: string } | null {
  const comma = data.indexOf(',');
  if (comma < 0) return null;
  return { prefix: data.slice(0, comma), body: data.slice(comma + 1) };
}

/** The websocket URL of a new SockJS session under `<root>sockjs`, keeping `query` (stickiness). */
export function transportUrl(root: string, query: Record<string, string>): string {
  const url = new URL('sockjs/', root);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  // Any three digits name the "server" (for load balancers that shard on it), eight random
  // characters the session, as sockjs-client picks them.
  const server = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const session = randomId(8);
  url.pathname += `${server}/${session}/websocket`;
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.href;
}

function randomId(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz012345';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b & 31]).join('');
}

export interface CloseInfo {
  code: number;
  reason: string;
}

/** Why a connection did not open, when the words are ours (holder.ts says it in the reader's language). */
export type OpenFailure = { why: 'timeout'; seconds: number } | { why: 'closed'; code: number } | { why: 'closed-while-opening' };

/** A connection that did not open for one of our own reasons; `message` is its English. */
export class OpenError extends Error {
  override name = 'OpenError';
  constructor(
    message: string,
    readonly failure: OpenFailure,
  ) {
    super(message);
  }
}

/** The server sends a heartbeat every 25 s: this long without any frame means the line is dead. */
const SILENCE_LIMIT_MS = 60_000;

/**
 * One SockJS session over a websocket. Events: `message` (CustomEvent, detail: the string)
 * and `close` (CustomEvent, detail: {@link CloseInfo}), the latter exactly once.
 */
export class SockJsConnection extends EventTarget {
  #ws: WebSocket;
  #closed = false;
  #silence: ReturnType<typeof setTimeout> | undefined;

  private constructor(ws: WebSocket) {
    super();
    this.#ws = ws;
  }

  /**
   * Open a session; resolves once the server's `o` frame has arrived. Rejects with an Error
   * whose message says why (refused, timed out, closed before opening): an {@link OpenError}
   * unless the words are the browser's or the server's.
   */
  static open(url: string, timeoutMs = 20_000): Promise<SockJsConnection> {
    return new Promise((resolve, reject) => {
      let ws: WebSocket;
      try {
        ws = new WebSocket(url);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      const conn = new SockJsConnection(ws);
      let opened = false;
      const timer = setTimeout(() => {
        if (opened) return;
        const seconds = Math.round(timeoutMs / 1000);
        reject(new OpenError(`no answer within ${seconds} s`, { why: 'timeout', seconds }));
        ws.close();
      }, timeoutMs);
      ws.onmessage = (e) => {
        let frame: SockJsFrame;
        try {
          frame = parseFrame(String(e.data));
        } catch (err) {
          conn.#end({ code: 1002, reason: err instanceof Error ? err.message : String(err) });
          return;
        }
        conn.#alive();
        if (frame.type === 'open' && !opened) {
          opened = true;
          clearTimeout(timer);
          resolve(conn);
        } else if (frame.type === 'messages') {
          for (const m of frame.messages) conn.dispatchEvent(new CustomEvent('message', { detail: m }));
        } else if (frame.type === 'close') {
          conn.#end({ code: frame.code, reason: frame.reason });
        }
      };
      ws.onclose = (e) => {
        if (!opened) {
          clearTimeout(timer);
          reject(e.reason ? new Error(e.reason) : new OpenError(`the connection closed (code ${e.code})`, { why: 'closed', code: e.code }));
        }
        conn.#end({ code: e.code, reason: e.reason || 'connection closed' });
      };
      // An error is always followed by close, which reports it.
      ws.onerror = () => {};
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  send(message: string): void {
    if (this.#closed) throw new Error('the connection is closed');
    this.#ws.send(encodeSend([message]));
  }

  close(): void {
    this.#end({ code: 1000, reason: 'closed by the client' });
  }

  #alive(): void {
    clearTimeout(this.#silence);
    this.#silence = setTimeout(() => this.#end({ code: 1006, reason: 'no heartbeat from the server' }), SILENCE_LIMIT_MS);
  }

  #end(info: CloseInfo): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#silence);
    this.#ws.onmessage = null;
    this.#ws.onclose = null;
    try {
      this.#ws.close();
    } catch {
      // Already closing.
    }
    this.dispatchEvent(new CustomEvent('close', { detail: info }));
  }
}
