// SPDX-License-Identifier: BSD-3-Clause
/**
 * The contract every backend implements (DESIGN §3). A session speaks Jupyter's output
 * model (nbformat v4 outputs), so the output area never learns which backend ran the code.
 *
 * @packageDocumentation
 */
import type { IOutput } from '@jupyterlab/nbformat';
import type { CommHost } from './comms.js';
import { english, type Text } from '../i18n/text.js';

export type { IOutput };

export type BackendName = 'pyodide' | 'jupyter' | 'binder' | 'sagecell' | 'jobe';
export const BACKENDS: readonly BackendName[] = ['pyodide', 'jupyter', 'binder', 'sagecell', 'jobe'];

export type SessionStatus = 'connecting' | 'idle' | 'busy' | 'dead';

/** Where a run's outputs go. The element's output model implements it. */
export interface OutputSink {
  /** A stream, display_data, execute_result or error output. */
  output(o: IOutput): void;
  /** Replace every output carrying this display id (update_display_data). */
  update(displayId: string, o: IOutput): void;
  /** clear_output; with `wait`, the clear happens when the next output arrives. */
  clear(wait: boolean): void;
  /** stdin: show a prompt, resolve with what the reader typed. */
  input(prompt: string, password: boolean): Promise<string>;
  /**
   * A line of progress from the backend itself (a Binder build phase, "starting kernel…"):
   * shown in the cell while it connects, never part of `outputs`.
   */
  progress?(p: Progress): void;
  /**
   * Point at a line of the reader's code (a compile error on line 3): the cell marks it in
   * the editor until the code changes or the next run. Only backends that know the line.
   */
  annotate?(a: CodeAnnotation): void;
}

/** A line of the cell's code a run has something to say about (1-based). */
export interface CodeAnnotation {
  line: number;
  message: string;
}

/** What a run may carry besides the code. */
export interface ExecuteOptions {
  signal?: AbortSignal;
  /** Standard input for backends that run batch jobs (Jobe): the cell's stdin box. */
  stdin?: string;
}

export interface Progress {
  /** Short name of the step ("building", "starting kernel"). */
  phase: Text;
  /** Optional detail: a human sentence about the step. */
  message?: Text;
  /** 0..1 when known: the cell shows a progress bar. */
  fraction?: number;
  /** A line for the build log (the cell keeps the last lines, in an expandable box). */
  log?: string;
}

/** What a session may tell the reader on its own (a `notice` event on its `events`). */
export interface SessionNotice {
  kind: 'error' | 'info';
  message: Text;
  /** A second sentence after the message (what stopping the code cost). */
  also?: Text;
  hint?: Text;
  actions?: CellAction[];
}

/**
 * A button under a message: "Retry", "Accept the terms". The cell calls `perform` (if any),
 * then runs the cell again when `rerun` is set.
 */
export interface CellAction {
  label: Text;
  perform?: () => void | Promise<void>;
  rerun?: boolean;
}

export type RunStatus = 'ok' | 'error' | 'aborted';

export interface RunResult {
  status: RunStatus;
  executionCount: number | null;
  outputs: IOutput[];
}

/** What a backend returns from execute(); the element adds the outputs it collected. */
export interface ExecuteReply {
  status: RunStatus;
  executionCount: number | null;
}

export interface SessionInfo {
  language: string;
  name: string;
  backend: BackendName;
}

export interface KernelSession {
  readonly info: SessionInfo;
  readonly status: SessionStatus;
  execute(code: string, sink: OutputSink, opts?: ExecuteOptions): Promise<ExecuteReply>;
  /** May end the kernel where the backend cannot interrupt (then it says so). */
  interrupt(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
  /**
   * `statuschange` events (detail: the new {@link SessionStatus}) and `notice` events
   * (detail: a {@link SessionNotice}, e.g. "the server was culled and relaunched").
   */
  readonly events: EventTarget;
  /**
   * Send a reader's change to a control of an interactive output this session made (Sage's
   * `@interact`); resolves when the kernel has answered. Only backends with such outputs.
   * A backend may keep an isolated run's kernel alive after `dispose()` while its controls
   * are shown; the cell calls `dispose()` again when they go away.
   */
  interact?(change: InteractChange): Promise<void>;
  /**
   * The kernel's comms (Jupyter widgets draw and talk over them). Only backends whose
   * kernels speak the comm protocol; read at each use, since a restart brings fresh ones.
   */
  readonly comms?: CommHost;
}

/** A control of an interactive output changed (the output renderer's `exec-cell-interact` event). */
export interface InteractChange {
  interactId: string;
  name: string;
  value: unknown;
}

/**
 * Everything that makes one kernel different from another. Two cells with equal options
 * (and the same `session` attribute) share a kernel.
 */
export interface SessionOptions {
  backend: BackendName;
  /** Jupyter, SageCell or Jobe server URL (normalised, ends with `/`; Jobe's is its REST root). */
  server?: string;
  token?: string;
  /**
   * Jupyter on JupyterHub: the site's endpoint that names the reader's own server and gives a
   * short-lived token for it (kernels/hub/). `server` and `token` then come from it.
   */
  tokenUrl?: string;
  kernel?: string;
  language?: string;
  binderUrl?: string;
  repo?: string;
  ref?: string;
  provider?: string;
  /** The author's share key (`session` attribute). */
  session?: string;
  /** Jobe: seconds of CPU time and megabytes of memory a run may use (the server's defaults when absent). */
  cputime?: number;
  memorylimit?: number;
  /** Pyodide: a full distribution for packages. */
  pyodideIndexUrl?: string;
  /** Set by the pool for an isolated run's kernel (not part of the share key: such kernels are never shared). */
  isolated?: boolean;
}

/**
 * A failure the reader must understand: `message` says what failed, `hint` what to do.
 * Backends throw it; the element shows both in the cell.
 */
export class CellError extends Error {
  override name = 'CellError';
  /** The message as the cell says it, in the reader's language (`message` is its English). */
  readonly text: Text;
  constructor(
    message: Text,
    readonly hint: Text = '',
    readonly code = 'failed',
    /** Buttons shown with the message (a retry, accepting terms of service). */
    readonly actions: CellAction[] = [],
  ) {
    super(english(message));
    this.text = message;
  }
}

export interface BackendModule {
  connect(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession>;
}

/**
 * Interactive outputs (Sage's `@interact`): a backend shows them as display outputs of this
 * mime type, each holding one {@link InteractPart}; `interact/controls.ts` draws them, and a
 * changed control comes back to the session through {@link KernelSession.interact}.
 */
export const INTERACT_MIME = 'application/vnd.exec-cell.interact+json';

/** One control in a row: the backend's description of it, and its share of the row's width. */
export interface InteractCell {
  name: string | null;
  width: number;
  control?: Record<string, unknown>;
}

/** One part of an interact: its controls, or the output its function writes. */
export interface InteractPart {
  id: string;
  part: 'controls' | 'output';
  rows?: InteractCell[][];
  readonly?: boolean;
  /** Why the controls no longer work (their kernel ended), said in the cell's language. */
  disabled?: Text;
  outputs?: IOutput[];
  /** The function is running again for a changed control. */
  busy?: boolean;
}
