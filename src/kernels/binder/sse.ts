// SPDX-License-Identifier: BSD-3-Clause
/**
 * A Server-Sent Events parser (the WHATWG "event stream interpretation"), for BinderHub's
 * build stream read through `fetch()`. Unlike `EventSource`, it hands over comment lines too:
 * BinderHub's `:keepalive` comments are what tell a slow build from a dead connection.
 *
 * @packageDocumentation
 */

export type SseItem = { kind: 'data'; data: string } | { kind: 'comment'; text: string };

export class SseParser {
  #line = '';
  #data: string[] = [];
  /** The previous chunk ended in `\r`: a `\n` starting the next one belongs to it. */
  #afterCR = false;

  /** Feed decoded text; returns the events and comments completed by it. */
  push(chunk: string): SseItem[] {
    const out: SseItem[] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === '\n' && this.#afterCR && i === start && this.#line === '') {
        // the \n of a \r\n split across chunks
        this.#afterCR = false;
        start = i + 1;
        continue;
      }
      this.#afterCR = false;
      if (c !== '\n' && c !== '\r') continue;
      this.#line += chunk.slice(start, i);
      this.#endLine(out);
      if (c === '\r') {
        if (chunk[i + 1] === '\n') i++;
        else if (i + 1 === chunk.length) this.#afterCR = true;
      }
      start = i + 1;
    }
    this.#line += chunk.slice(start);
    return out;
  }

  #endLine(out: SseItem[]): void {
    const line = this.#line;
    this.#line = '';
    if (line === '') {
      // A blank line ends an event; an event without data lines is dropped.
      if (this.#data.length) out.push({ kind: 'data', data: this.#data.join('\n') });
      this.#data = [];
      return;
    }
    if (line.startsWith(':')) {
      out.push({ kind: 'comment', text: line.slice(1) });
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    // BinderHub sends only `data:`; `event`, `id` and `retry` are ignored (never reconnect).
    if (field === 'data') this.#data.push(value);
  }
}
