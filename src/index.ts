// SPDX-License-Identifier: BSD-3-Clause
/**
 * exec-cell for bundlers: importing this module defines `<exec-cell>`.
 *
 * @packageDocumentation
 */
import './element/define.js';

export { ExecCell } from './element/exec-cell.js';
export { defineExecCell } from './element/define.js';
export { configure, type PageConfig } from './config.js';
export { rewrite, upgradeShortcodes, readCode, type RewriteOptions } from './filter/index.js';
export { ExecCellRunEvent, ExecCellDoneEvent, ExecCellStatusEvent, type CellStatus } from './element/events.js';
export type { RunResult, BackendName, KernelSession, OutputSink, SessionOptions } from './kernels/types.js';
