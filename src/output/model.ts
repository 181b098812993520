// SPDX-License-Identifier: BSD-3-Clause
/**
 * The outputs of one cell, as nbformat v4 outputs, with Jupyter's semantics: consecutive
 * stream outputs of the same name merge (and honour `\r` and `\b`), `clear_output(wait)`
 * clears when the next output arrives, and `update_display_data` replaces every output
 * carrying its display id. DOM-free: the view listens to {@link OutputChange}s.
 *
 * The semantics follow JupyterLab's `outputarea/src/model.ts` and `widget.ts` (`_onIOPub`),
 * re-implemented without Lumino.
 *
 * @packageDocumentation
 */
import type { IOutput, IStream, IMimeBundle, MultilineString } from '@jupyterlab/nbformat';
import { StreamText } from './stream-text.js';

export type OutputChange =
  | { type: 'add'; index: number }
  | { type: 'append'; index: number }
  | { type: 'replace'; index: number }
  | { type: 'reset' };

export class OutputModel {
  #outputs: IOutput[] = [];
  /** The merged text of each stream output, by index. */
  #streams = new Map<number, StreamText>();
  #displayIds = new Map<string, number[]>();
  #clearOnNext = false;
  #listeners = new Set<(c: OutputChange) => void>();

  /** Snapshot of the outputs (copies: callers may keep them). */
  get outputs(): IOutput[] {
    return this.#outputs.map((o, i) => this.#snapshot(o, i));
  }

  get length(): number {
    return this.#outputs.length;
  }

  /** The output at `index`, stream text up to date. Not a copy: do not change it. */
  at(index: number): IOutput {
    const o = this.#outputs[index]!;
    const stream = this.#streams.get(index);
    if (stream) (o as IStream).text = stream.text;
    return o;
  }

  onChange(listener: (c: OutputChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  add(output: IOutput): void {
    if (this.#clearOnNext) {
      this.#clearOnNext = false;
      this.#reset();
    }
    const o = normalise(output);
    const last = this.#outputs.length - 1;
    if (o.output_type === 'stream') {
      const prev = this.#outputs[last];
      if (prev?.output_type === 'stream' && (prev as IStream).name === (o as IStream).name) {
        this.#streams.get(last)!.append((o as IStream).text as string);
        this.#emit({ type: 'append', index: last });
        return;
      }
      this.#streams.set(last + 1, new StreamText((o as IStream).text as string));
    }
    this.#outputs.push(o);
    const index = this.#outputs.length - 1;
    const id = displayIdOf(o);
    if (id) this.#displayIds.set(id, [...(this.#displayIds.get(id) ?? []), index]);
    this.#emit({ type: 'add', index });
  }

  /** Replace the data and metadata of every output shown with this display id. */
  update(displayId: string, output: IOutput): void {
    const fresh = normalise(output);
    for (const index of this.#displayIds.get(displayId) ?? []) {
      const target = this.#outputs[index]!;
      this.#outputs[index] = { ...target, data: fresh.data, metadata: fresh.metadata ?? {} };
      this.#emit({ type: 'replace', index });
    }
  }

  clear(wait = false): void {
    if (wait) {
      this.#clearOnNext = true;
      return;
    }
    this.#clearOnNext = false;
    this.#reset();
  }

  #reset(): void {
    this.#outputs = [];
    this.#streams.clear();
    this.#displayIds.clear();
    this.#emit({ type: 'reset' });
  }

  #snapshot(o: IOutput, index: number): IOutput {
    const copy = { ...o };
    const stream = this.#streams.get(index);
    if (stream) (copy as IStream).text = stream.text;
    return copy;
  }

  #emit(change: OutputChange): void {
    for (const l of this.#listeners) l(change);
  }
}

/** One string per text and per mime type; nbformat also allows arrays of lines. */
function normalise(o: IOutput): IOutput {
  if (o.output_type === 'stream') {
    return { ...o, text: joinText((o as IStream).text) } as IOutput;
  }
  if ('data' in o && o.data) {
    const data: IMimeBundle = {};
    for (const [mime, value] of Object.entries(o.data as IMimeBundle)) {
      data[mime] = Array.isArray(value) && mime !== 'application/json' ? value.join('') : value;
    }
    return { ...o, data } as IOutput;
  }
  return { ...o };
}

export function joinText(text: MultilineString | undefined): string {
  return Array.isArray(text) ? text.join('') : (text ?? '');
}

function displayIdOf(o: IOutput): string | undefined {
  const transient = (o as { transient?: { display_id?: string } }).transient;
  return transient?.display_id;
}
