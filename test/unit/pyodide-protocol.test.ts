// SPDX-License-Identifier: BSD-3-Clause
// What Python's output messages become on the sink: the same nbformat outputs and calls the
// Jupyter backend makes for the equivalent iopub messages.
import { describe, expect, test } from 'vitest';
import { deliver } from '../../src/kernels/pyodide/protocol.js';
import type { IOutput, OutputSink } from '../../src/kernels/types.js';

function recorder() {
  const calls: unknown[] = [];
  const sink: OutputSink = {
    output: (o: IOutput) => void calls.push(['output', o]),
    update: (id: string, o: IOutput) => void calls.push(['update', id, o]),
    clear: (wait: boolean) => void calls.push(['clear', wait]),
    input: async () => '',
  };
  return { calls, sink };
}

describe('deliver', () => {
  test('display, with and without a display id; update; clear; result; error', () => {
    const { calls, sink } = recorder();
    const data = { 'text/plain': 'x' };
    deliver({ type: 'display', data, metadata: {}, display_id: null }, sink);
    deliver({ type: 'display', data, metadata: { a: 1 }, display_id: 'd1' }, sink);
    deliver({ type: 'update', data: { 'text/plain': 'y' }, metadata: {}, display_id: 'd1' }, sink);
    deliver({ type: 'clear', wait: true }, sink);
    deliver({ type: 'result', data, metadata: {}, execution_count: 3 }, sink);
    deliver({ type: 'error', ename: 'E', evalue: 'v', traceback: ['line'] }, sink);
    expect(calls).toEqual([
      ['output', { output_type: 'display_data', data, metadata: {} }],
      ['output', { output_type: 'display_data', data, metadata: { a: 1 }, transient: { display_id: 'd1' } }],
      ['update', 'd1', { output_type: 'display_data', data: { 'text/plain': 'y' }, metadata: {}, transient: { display_id: 'd1' } }],
      ['clear', true],
      ['output', { output_type: 'execute_result', data, metadata: {}, execution_count: 3 }],
      ['output', { output_type: 'error', ename: 'E', evalue: 'v', traceback: ['line'] }],
    ]);
  });
});
