// SPDX-License-Identifier: BSD-3-Clause
/**
 * The messages between the page and the Python worker, and how the outputs Python sends
 * become calls on an {@link OutputSink}. Types and pure functions only: both sides import it.
 *
 * @packageDocumentation
 */
import type { IOutput } from '@jupyterlab/nbformat';
import type { MessageRef } from '../../i18n/ref.js';
import type { OutputSink } from '../types.js';
import { errorOutput, type ErrorText } from '../../output/own-error.js';

/** Page → worker. */
export type ToWorker =
  | {
      t: 'boot';
      /** The folder holding pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip, pyodide-lock.json. */
      indexURL: string;
      /** A full Pyodide distribution to load packages from (`data-pyodide-index-url`). */
      packageIndexUrl?: string;
      /** No index named and not "none": packages come from the public distribution of this version. */
      publicPackages?: boolean;
      /** The most memory Python may grow to, in bytes. */
      memoryLimit: number;
      /** Start from (and keep) a snapshot of a booted interpreter in Cache Storage (boot-cache.ts). */
      cache?: boolean;
      /** Present when the page is cross-origin isolated: byte 0 set to 2 raises KeyboardInterrupt. */
      interruptBuffer?: SharedArrayBuffer;
      /**
       * The synchronous channel (sync-protocol.ts), where the page has one and no interrupt
       * buffer: its URL and this worker's name in it.
       */
      sync?: { url: string; worker: string };
      /** The folder holding the widget wheels (widget-wheels.json), installed when a cell imports ipywidgets. */
      wheelsURL?: string;
    }
  | { t: 'run'; id: number; code: string }
  /** A comm message of the page's widget manager; the worker answers `comm-done` with its id once Python has handled it. */
  | { t: 'comm'; id: string; msg: CommMessage }
  | { t: 'input-reply'; id: number; value: string }
  /** Stop waiting for input: the pending input() raises KeyboardInterrupt. */
  | { t: 'input-cancel' };

/**
 * Worker → page. What the reader is told (a failed boot, the packages loading) is a
 * {@link MessageRef}: plain data, said by the cell that shows it in its own language.
 */
export type FromWorker =
  /** `interruptBy`: where the worker looks for a Stop (the shared buffer, or the channel). */
  /**
   * `snapshot`: how this boot used the cache (boot-cache.ts): started from a stored snapshot,
   * made one to store, or none (the page turned it off, or has no Cache Storage); `snapshotProblem`
   * why a stored one was not used.
   */
  | {
      t: 'ready';
      interruptible: boolean;
      interruptBy?: 'buffer' | 'channel';
      wasmTypeFallback: boolean;
      snapshot?: 'loaded' | 'stored' | 'off';
      snapshotProblem?: string;
    }
  /** Why Python did not start, and what to do: messages the cell says in its language. */
  | { t: 'boot-failed'; message: MessageRef; hint: MessageRef }
  /** The snapshot this boot made (`ready`'s `snapshot: 'stored'`) is in Cache Storage, or could not be put there. */
  | { t: 'snapshot-settled' }
  /**
   * `parent`: the request the output belongs to, as a kernel's parent header names it: a run
   * (`run-<id>`) or a comm message of the page (its id). The Output widget captures by it.
   */
  | { t: 'stream'; name: 'stdout' | 'stderr'; text: string; parent?: string }
  | { t: 'output'; message: PythonOutput; parent?: string }
  /** A comm message from Python (comms.ts): a widget opened, changed, closed. */
  | { t: 'comm'; msg: CommMessage; parent?: string }
  /** Python has handled the page's comm message `id` (what a kernel's idle status says). */
  | { t: 'comm-done'; id: string }
  /** `sync`: the worker waits for the answer through the synchronous channel, not a message. */
  | { t: 'input'; id: number; prompt: string; password: boolean; sync?: boolean }
  /**
   * Packages are being loaded for a run: what, from where, how far (`fraction`, when the sizes
   * are known). `loading` is false once they are in (the message then says what was loaded).
   */
  | { t: 'progress'; message: MessageRef; fraction?: number; loading?: boolean }
  /** Python's SIGINT handler ran: KeyboardInterrupt is being raised in the run. */
  | { t: 'interrupted' }
  | { t: 'done'; id: number; reply: RunReply };

/** A comm message either way: `comm_open`, `comm_msg` or `comm_close`, as in the Jupyter protocol. */
export interface CommMessage {
  msg_type: 'comm_open' | 'comm_msg' | 'comm_close';
  content: { comm_id: string; data: unknown; target_name?: string; target_module?: string | null };
  metadata: Record<string, unknown>;
  buffers?: ArrayBuffer[];
}

export interface RunReply {
  status: 'ok' | 'error';
  executionCount: number | null;
  ename?: string;
  /** The run ran out of memory (a MemoryError): the worker should be replaced. */
  memory?: boolean;
  /** Pyodide itself failed (`pyodide_fatal_error`): the interpreter is unusable. */
  fatal?: boolean;
}

type MimeBundle = Record<string, unknown>;

/** What runner.py and display.py send (one JSON message each). */
export type PythonOutput =
  | { type: 'display'; data: MimeBundle; metadata: MimeBundle; display_id?: string | null }
  | { type: 'update'; data: MimeBundle; metadata: MimeBundle; display_id: string }
  | { type: 'clear'; wait: boolean }
  | { type: 'result'; data: MimeBundle; metadata: MimeBundle; execution_count: number }
  | { type: 'error'; ename: string; evalue: string; traceback: string[]; text?: ErrorText };

/** Hand one Python output to the sink, as the Jupyter backend would for the same iopub message. */
export function deliver(message: PythonOutput, sink: OutputSink): void {
  switch (message.type) {
    case 'display': {
      const id = message.display_id || undefined;
      sink.output({
        output_type: 'display_data',
        data: message.data,
        metadata: message.metadata ?? {},
        ...(id ? { transient: { display_id: id } } : {}),
      } as IOutput);
      break;
    }
    case 'update':
      sink.update(message.display_id, {
        output_type: 'display_data',
        data: message.data,
        metadata: message.metadata ?? {},
        transient: { display_id: message.display_id },
      } as IOutput);
      break;
    case 'clear':
      sink.clear(message.wait);
      break;
    case 'result':
      sink.output({
        output_type: 'execute_result',
        data: message.data,
        metadata: message.metadata ?? {},
        execution_count: message.execution_count,
      } as IOutput);
      break;
    case 'error':
      // An error in exec-cell's own words (the worker's, not Python's) is said in the cell's language.
      sink.output(message.text ? errorOutput(message.text) : { output_type: 'error', ename: message.ename, evalue: message.evalue, traceback: message.traceback });
      break;
  }
}
