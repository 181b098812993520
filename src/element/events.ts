// SPDX-License-Identifier: BSD-3-Clause
/**
 * The element's events (DESIGN §4): bubbling and composed, so a page can listen on the
 * document. `exec-cell-run` is cancelable: `preventDefault()` stops the run.
 *
 * @packageDocumentation
 */
import type { RunResult } from '../kernels/types.js';

export type CellStatus = 'idle' | 'connecting' | 'busy' | 'error';

export class ExecCellRunEvent extends CustomEvent<{ code: string }> {
  constructor(code: string) {
    super('exec-cell-run', { bubbles: true, composed: true, cancelable: true, detail: { code } });
  }
}

export class ExecCellDoneEvent extends CustomEvent<RunResult> {
  constructor(result: RunResult) {
    super('exec-cell-done', { bubbles: true, composed: true, detail: result });
  }
}

export class ExecCellStatusEvent extends CustomEvent<{ status: CellStatus }> {
  constructor(status: CellStatus) {
    super('exec-cell-status', { bubbles: true, composed: true, detail: { status } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'exec-cell-run': ExecCellRunEvent;
    'exec-cell-done': ExecCellDoneEvent;
    'exec-cell-status': ExecCellStatusEvent;
  }
}
