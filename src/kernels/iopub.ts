// SPDX-License-Identifier: BSD-3-Clause
/**
 * Jupyter's iopub messages as nbformat outputs: the Jupyter backend's runs and the Output
 * widget's captured messages (src/widgets/) read them the same way.
 *
 * @packageDocumentation
 */
import type * as KernelMessage from '@jupyterlab/services/lib/kernel/messages.js';
import type { IOutput } from '@jupyterlab/nbformat';

/** nbformat output from an iopub message, or null for messages that are not outputs. */
export function toOutput(msg: KernelMessage.IIOPubMessage): IOutput | null {
  const c = msg.content as Record<string, unknown>;
  switch (msg.header.msg_type) {
    case 'stream':
      return { output_type: 'stream', name: c.name, text: c.text } as IOutput;
    case 'display_data':
    case 'update_display_data':
      return {
        output_type: 'display_data',
        data: c.data,
        metadata: c.metadata ?? {},
        ...(displayId(c) ? { transient: { display_id: displayId(c) } } : {}),
      } as IOutput;
    case 'execute_result':
      return {
        output_type: 'execute_result',
        data: c.data,
        metadata: c.metadata ?? {},
        execution_count: c.execution_count,
        ...(displayId(c) ? { transient: { display_id: displayId(c) } } : {}),
      } as IOutput;
    case 'error':
      return { output_type: 'error', ename: c.ename, evalue: c.evalue, traceback: c.traceback } as IOutput;
    default:
      return null;
  }
}

function displayId(content: Record<string, unknown>): string | undefined {
  const transient = content.transient as { display_id?: string } | undefined;
  return transient?.display_id;
}
