// SPDX-License-Identifier: BSD-3-Clause
/**
 * Registers `<exec-cell>`. Safe to import twice (a page may carry both the script tag and a
 * bundle): the first definition wins.
 *
 * @packageDocumentation
 */
import { ExecCell } from './exec-cell.js';

export function defineExecCell(tag = 'exec-cell'): void {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'exec-cell' ? ExecCell : class extends ExecCell {});
}

defineExecCell();
