// SPDX-License-Identifier: BSD-3-Clause
/**
 * One Python interpreter kept booted ahead of need. The pool calls `connect()` for each shared
 * session and for every `isolated` run (and disposes that session after the run); a restart and
 * a Stop on a page that is not cross-origin isolated each need a fresh interpreter too. Handing
 * out the booted spare and booting the next one in the background makes all of these skip the
 * cold start (~2.5 s, NOTES §3), at the price of one more worker's memory.
 *
 * @packageDocumentation
 */
import { Interpreter, type InterpreterConfig } from './interpreter.js';

let spare: Interpreter | null = null;
/**
 * The interpreter {@link take} last handed out. Pointing at a cell warms and clicking it takes,
 * in either order within a few milliseconds: while this one still boots, a spare booted beside
 * it would download and boot Python twice during the reader's first wait.
 */
let taken: Interpreter | null = null;

function sameConfig(a: InterpreterConfig, b: InterpreterConfig): boolean {
  return (
    a.memoryLimit === b.memoryLimit &&
    (a.runtimeUrl ?? '') === (b.runtimeUrl ?? '') &&
    (a.packageIndexUrl ?? '') === (b.packageIndexUrl ?? '') &&
    !!a.publicPackages === !!b.publicPackages &&
    !!a.cache === !!b.cache
  );
}

function usable(i: Interpreter | null, config: InterpreterConfig): boolean {
  return !!i && !i.failed && !i.ended && sameConfig(i.config, config);
}

/**
 * Boot a spare for this configuration now, unless one is already booted or booting, or an
 * interpreter taken for a run is still booting or storing its snapshot (the spare follows it,
 * see {@link take}).
 */
export function warm(config: InterpreterConfig): void {
  if (usable(spare, config) || (usable(taken, config) && !taken!.snapshotDone)) return;
  spare?.terminate();
  spare = new Interpreter(config);
}

/**
 * The spare if it fits, else a new interpreter. The next spare boots only once this one is
 * up, so the two never compete for the CPU during the reader's first wait, and once this one's
 * snapshot is stored (after the first run, or a few seconds after the boot): then it starts
 * from the snapshot, not cold, and makes none of its own. On a first visit that halves the
 * spare's work; booted at `ready` it found no snapshot yet and did the whole cold start again.
 */
export function take(config: InterpreterConfig): Interpreter {
  const fits = usable(spare, config) ? spare : null;
  if (!fits) spare?.terminate();
  spare = null;
  const interpreter = fits ?? new Interpreter(config);
  taken = interpreter;
  interpreter.snapshotSettled.then(
    () => {
      if (!spare) spare = new Interpreter(config);
    },
    () => {},
  );
  return interpreter;
}
