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
import { CellError, type CodeAnnotation, type RunStatus } from '../types.js';
import type { JobeResult } from './api.js';

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
const error = (ename: string, evalue: string, detail = ''): IOutput => ({
  output_type: 'error',
  ename,
  evalue,
  traceback: detail ? [`${ename}: ${evalue}`, '', detail] : [`${ename}: ${evalue}`],
});

/** Turn a result into outputs; throws a CellError for outcomes that are the server's trouble. */
export function interpret(result: JobeResult, limits: Limits, language: string): Interpreted {
  const outputs: IOutput[] = [];
  if (result.stdout) outputs.push(stream('stdout', result.stdout));
  if (result.stderr) outputs.push(stream('stderr', result.stderr));
  const cut = [result.stdout, result.stderr].some((s) => s.length >= OUTPUT_CAP_CHARS);
  if (cut) {
    outputs.push(
      error(
        'Output cut',
        `The program printed more than the Jobe server keeps: only the first ${OUTPUT_CAP_CHARS.toLocaleString('en')} characters are shown.`,
      ),
    );
  }
  switch (result.outcome) {
    case 15:
      return { outputs, status: cut ? 'error' : 'ok' };
    case 11: {
      const annotation = compileErrorLine(result.cmpinfo, language);
      const where = annotation ? ` (line ${annotation.line})` : '';
      outputs.unshift(error('Compile error', `The program did not compile${where}.`, result.cmpinfo.trimEnd()));
      return { outputs, status: 'error', annotation };
    }
    case 12:
      // stderr (a traceback, an exception) is already there; say so only when there is none.
      if (!result.stderr) outputs.push(error('Runtime error', 'The program stopped with an error (a non-zero exit status or a signal).'));
      return { outputs, status: 'error' };
    case 13: {
      const seconds = limits.cputime ?? 5;
      outputs.push(
        error(
          'Time limit',
          `The program ran longer than its time limit (${seconds} s of CPU time${limits.cputime ? '' : ', the server’s default'}) and was stopped.`,
          'Look for a loop that never ends, or give the cell a larger cputime="…" (the server caps it).',
        ),
      );
      return { outputs, status: 'error' };
    }
    case 17: {
      const mb = limits.memorylimit;
      outputs.push(
        error(
          'Memory limit',
          `The program used more memory than its limit (${mb ? `${mb} MB` : 'the server’s default'}) and was stopped.`,
          'Use less memory, or give the cell a larger memorylimit="…" in megabytes.',
        ),
      );
      return { outputs, status: 'error' };
    }
    case 19:
      outputs.push(error('Forbidden', 'The program tried something the Jobe sandbox does not allow (an illegal system call) and was stopped.'));
      return { outputs, status: 'error' };
    case 21:
      throw new CellError(
        'The Jobe server is busy: every one of its sandboxes was in use for 10 seconds, so it did not run this code.',
        'Wait a moment, then run the cell again.',
        'jobe-overloaded',
      );
    case 20:
      throw new CellError(
        `The Jobe server failed inside (internal error)${result.cmpinfo ? `: ${result.cmpinfo.slice(0, 300)}` : ''}.`,
        'Try again; if it keeps failing, tell the site’s administrator.',
        'jobe-server-error',
      );
    default:
      throw new CellError(`The Jobe server answered with outcome ${result.outcome}, which exec-cell does not know.`, 'Tell the page’s author.', 'jobe-server-error');
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
