// SPDX-License-Identifier: BSD-3-Clause
/**
 * Stream text as a terminal shows it: `\r` returns to the start of the line and later
 * characters overwrite it, `\b` steps back one column, `\n` ends the line. So a progress
 * bar redrawn with `\r` shows its last state, and `\r\n` is an ordinary line end.
 *
 * Appending is incremental: only the unfinished last line is ever rewritten, so a stream
 * of 100,000 lines costs one string concatenation per chunk.
 *
 * @packageDocumentation
 */

/** In a character class `\b` is the backspace character, not a word boundary. */
const OVERWRITES = /[\r\b]/;

export class StreamText {
  /** Finished lines, each ending in `\n`. */
  #done = '';
  /** The line being written, and the cursor in it. */
  #line = '';
  #col = 0;

  constructor(initial = '') {
    this.append(initial);
  }

  get text(): string {
    return this.#done + this.#line;
  }

  append(chunk: string): void {
    if (!OVERWRITES.test(chunk) && this.#col === this.#line.length) {
      // Fast path: plain text (newlines allowed) written at the end of the line.
      const lastNewline = chunk.lastIndexOf('\n');
      if (lastNewline === -1) {
        this.#line += chunk;
      } else {
        this.#done += this.#line + chunk.slice(0, lastNewline + 1);
        this.#line = chunk.slice(lastNewline + 1);
      }
      this.#col = this.#line.length;
      return;
    }
    for (const piece of chunk.split(/([\r\b\n])/)) {
      if (piece === '\n') {
        this.#done += this.#line + '\n';
        this.#line = '';
        this.#col = 0;
      } else if (piece === '\r') {
        this.#col = 0;
      } else if (piece === '\b') {
        this.#col = Math.max(0, this.#col - 1);
      } else if (piece) {
        this.#line = this.#line.slice(0, this.#col) + piece + this.#line.slice(this.#col + piece.length);
        this.#col += piece.length;
      }
    }
  }
}
