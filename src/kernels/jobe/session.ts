// SPDX-License-Identifier: BSD-3-Clause
/**
 * A cell's view of a Jobe server. Jobe runs batch jobs (compile, run, return), not kernels:
 * every run sends the cell's code as one job, and runs share nothing (no variables, no
 * files). "Restart" has nothing to clear; Stop stops waiting for the answer, while the
 * server finishes the job on its own (its time limit ends it).
 *
 * @packageDocumentation
 */
import { msg, type MessageId } from '../../i18n/ref.js';
import type { ExecuteOptions, ExecuteReply, KernelSession, OutputSink, SessionInfo, SessionStatus } from '../types.js';
import { CellError } from '../types.js';
import { MAX_INPUT_CHARS, MAX_SOURCE_CHARS, submitRun, type RunSpec } from './api.js';
import { interpret, type Limits } from './outcomes.js';
import { errorOutput } from '../../output/own-error.js';
import { editorLanguage } from './languages.js';
import './catalogue.js'; // this backend's messages, in every language

export class JobeSession implements KernelSession {
  readonly events = new EventTarget();
  readonly info: SessionInfo;
  #status: SessionStatus = 'idle';
  #root: string;
  #languageId: string;
  #limits: Limits;
  #runs = 0;
  /** The requests in flight, so Stop (interrupt) can abandon them. */
  #inFlight = new Set<AbortController>();

  constructor(root: string, languageId: string, limits: Limits) {
    this.#root = root;
    this.#languageId = languageId;
    this.#limits = limits;
    this.info = { backend: 'jobe', name: languageId, language: editorLanguage(languageId) };
  }

  get status(): SessionStatus {
    return this.#status;
  }

  async execute(code: string, sink: OutputSink, opts: ExecuteOptions = {}): Promise<ExecuteReply> {
    checkSize(code, MAX_SOURCE_CHARS, 'jobeProgramTooLarge', 'jobeProgramTooLargeHint');
    if (opts.stdin) checkSize(opts.stdin, MAX_INPUT_CHARS, 'jobeInputTooLarge', 'jobeInputTooLargeHint');
    const spec: RunSpec = { language_id: this.#languageId, sourcecode: code };
    if (opts.stdin) spec.input = opts.stdin;
    const parameters: RunSpec['parameters'] = {};
    if (this.#limits.cputime !== undefined) parameters.cputime = this.#limits.cputime;
    if (this.#limits.memorylimit !== undefined) parameters.memorylimit = this.#limits.memorylimit;
    if (Object.keys(parameters).length) spec.parameters = parameters;

    const abort = new AbortController();
    const onStop = () => abort.abort();
    opts.signal?.addEventListener('abort', onStop);
    this.#inFlight.add(abort);
    this.#setStatus('busy');
    try {
      const result = await submitRun(this.#root, spec, abort.signal);
      const { outputs, status, annotation } = interpret(result, this.#limits, this.#languageId);
      for (const o of outputs) sink.output(o);
      if (annotation) sink.annotate?.(annotation);
      return { status, executionCount: ++this.#runs };
    } catch (e) {
      if (!abort.signal.aborted) throw e;
      sink.output(errorOutput({ ename: msg('jobeStoppedName'), evalue: msg('jobeStopped') }, []));
      return { status: 'aborted', executionCount: null };
    } finally {
      opts.signal?.removeEventListener('abort', onStop);
      this.#inFlight.delete(abort);
      if (!this.#inFlight.size) this.#setStatus('idle');
    }
  }

  async interrupt(): Promise<void> {
    for (const run of this.#inFlight) run.abort();
  }

  /** Nothing to restart: every run is a fresh job on the server. */
  async restart(): Promise<void> {
    await this.interrupt();
    this.#runs = 0;
  }

  async dispose(): Promise<void> {
    await this.interrupt();
    this.#setStatus('dead');
  }

  #setStatus(status: SessionStatus): void {
    if (this.#status === status) return;
    this.#status = status;
    this.events.dispatchEvent(new CustomEvent('statuschange', { detail: status }));
  }
}

function checkSize(
  text: string,
  max: number,
  message: Extract<MessageId, 'jobeProgramTooLarge' | 'jobeInputTooLarge'>,
  hint: Extract<MessageId, 'jobeProgramTooLargeHint' | 'jobeInputTooLargeHint'>,
): void {
  if (text.length <= max) return;
  throw new CellError(msg(message, text.length, max), msg(hint), 'jobe-too-large');
}
