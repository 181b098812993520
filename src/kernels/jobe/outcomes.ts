// SPDX-License-Identifier: BSD-3-Clause
/**
 * A Jobe result as the reader sees it: stdout and stderr as streams, and every outcome that
 * is not success as an error output that says what happened in words (Jobe's own numbers:
 * 11 compile error, 12 runtime error, 13 time limit, 15 success, 17 memory limit, 19 illegal
 * system call, 20 internal error, 21 server overload).
 *
 * @packageDocumentation
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { msg, type MessageRef, type Text } from '../../i18n/ref.js';
import { errorOutput } from '../../output/own-error.js';
import { CellError, type CodeAnnotation, type RunStatus } from '../types.js';
import type { JobeResult } from './api.js';
import './catalogue.js'; // this backend's messages, in every language

/** Jobe cuts stdout and stderr at its `streamsize` (2 MB: 2,048,000 characters) without a word. */
export const OUTPUT_CAP_CHARS = 2_048_000;

export interface Limits {
  /** Seconds of CPU time asked for, or undefined for the server's default. */
  cputime?: number;
  memorylimit?: number;
}

export interface Interpreted {
  outputs: IOutput[];
  status: RunStatus;
  /** The line a compile error is on, for the editor. */
  annotation?: CodeAnnotation;
}

const stream = (name: 'stdout' | 'stderr', text: string): IOutput => ({ output_type: 'stream', name, text });
const error = (ename: MessageRef, evalue: MessageRef, detail?: Text): IOutput => errorOutput({ ename, evalue, ...(detail ? { detail } : {}) });

/** Turn a result into outputs; throws a CellError for outcomes that are the server's trouble. */
export function interpret(result: JobeResult, limits: Limits, language: string): Interpreted {
  const outputs: IOutput[] = [];
  if (result.stdout) outputs.push(stream('stdout', result.stdout));
  if (result.stderr) outputs.push(stream('stderr', result.stderr));
  const cut = [result.stdout, result.stderr].some((s) => s.length >= OUTPUT_CAP_CHARS);
  if (cut) {
    outputs.push(error(msg('jobeOutputCutName'), msg('jobeOutputCut', OUTPUT_CAP_CHARS)));
  }
  switch (result.outcome) {
    case 15:
      return { outputs, status: cut ? 'error' : 'ok' };
    case 11: {
      const annotation = compileErrorLine(result.cmpinfo, language);
      const said = annotation ? msg('jobeCompileErrorAt', annotation.line) : msg('jobeCompileError');
      // The compiler's own words follow, as they came.
      outputs.unshift(error(msg('jobeCompileErrorName'), said, result.cmpinfo.trimEnd()));
      return { outputs, status: 'error', annotation };
    }
    case 12:
      // stderr (a traceback, an exception) is already there; say so only when there is none.
      if (!result.stderr) outputs.push(error(msg('jobeRuntimeErrorName'), msg('jobeRuntimeError')));
      return { outputs, status: 'error' };
    case 13: {
      const seconds = limits.cputime ?? 5;
      const said = limits.cputime ? msg('jobeTimeLimit', seconds) : msg('jobeTimeLimitDefault', seconds);
      outputs.push(error(msg('jobeTimeLimitName'), said, msg('jobeTimeLimitHint')));
      return { outputs, status: 'error' };
    }
    case 17: {
      const mb = limits.memorylimit;
      const said = mb ? msg('jobeMemoryLimit', mb) : msg('jobeMemoryLimitDefault');
      outputs.push(error(msg('jobeMemoryLimitName'), said, msg('jobeMemoryLimitHint')));
      return { outputs, status: 'error' };
    }
    case 19:
      outputs.push(error(msg('jobeForbiddenName'), msg('jobeForbidden')));
      return { outputs, status: 'error' };
    case 21:
      throw new CellError(msg('jobeBusy'), msg('jobeBusyHint'), 'jobe-overloaded');
    case 20:
      // Jobe's own words, as they came.
      throw new CellError(msg('jobeInternalError', result.cmpinfo.slice(0, 300)), msg('jobeInternalErrorHint'), 'jobe-server-error');
    default:
      throw new CellError(msg('jobeUnknownOutcome', result.outcome), msg('jobeUnknownOutcomeHint'), 'jobe-server-error');
  }
}

/**
 * The first line the compiler complains about, in the reader's code: gcc/g++ write
 * `prog.c:4:5: error: …`, javac `Main.java:3: error: …`, Python `File "…", line 2`.
 */
export function compileErrorLine(cmpinfo: string, language: string): CodeAnnotation | undefined {
  const patterns =
    language === 'python3'
      ? [/line (\d+)/]
      : [/^[^\s:]+\.\w+:(\d+):(?:\d+:)?\s*(?:fatal )?error:?\s*(.*)$/m, /^[^\s:]+\.\w+:(\d+):(?:\d+:)?\s*(.*)$/m];
  for (const re of patterns) {
    const m = re.exec(cmpinfo);
    if (!m) continue;
    const line = Number(m[1]);
    if (!(line > 0)) continue;
    const message = (m[2] ?? cmpinfo.split('\n').find((l) => /Error/.test(l)) ?? '').trim() || 'compile error';
    return { line, message };
  }
  return undefined;
}
