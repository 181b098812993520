// SPDX-License-Identifier: BSD-3-Clause
/**
 * Thebe's executable code blocks (not those already inside a cell): the script tag looks for
 * them to decide whether to load the Thebe compatibility module at all.
 *
 * @packageDocumentation
 */
export const THEBE_CELLS = 'pre[data-executable]:not(exec-cell pre)';
