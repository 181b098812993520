// SPDX-License-Identifier: BSD-3-Clause
/**
 * The floor under a widget drag: a raw WebSocket client (no widget library, no page) that
 * runs the bench's slider-and-label cell, then sends the slider's new value as a comm
 * `update`, the way a widget front end does, and times the kernel's `update` of the label
 * coming back. What the kernel and server cost for one drag, with nothing of the browser.
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/**
 * @param {{ url: string, token: string }} jupyter a running Jupyter server
 * @param {string} kernelName
 * @param {string} code the cell: makes an IntSlider `s` whose observer sets a Label to `got <n>`
 * @param {number} rounds
 * @returns {Promise<number[]>} milliseconds, one per update
 */
export async function rawWidgetDrags(jupyter, kernelName, code, rounds) {
  const api = (path, init) => fetch(new URL(`${path}?token=${jupyter.token}`, jupyter.url), init);
  const kernel = await (await api('api/kernels', { method: 'POST', body: JSON.stringify({ name: kernelName }) })).json();
  const ws = new WebSocket(new URL(`api/kernels/${kernel.id}/channels?token=${jupyter.token}`, jupyter.url.replace(/^http/, 'ws')).href);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const session = randomUUID();
  const send = (channel, msg_type, content) => {
    const msg_id = randomUUID();
    ws.send(JSON.stringify({ channel, header: { msg_id, msg_type, session, username: '', date: new Date().toISOString(), version: '5.3' }, parent_header: {}, metadata: {}, content, buffers: [] }));
    return msg_id;
  };
  const listeners = new Set();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    for (const l of listeners) l(msg);
  });
  const until = (test) =>
    new Promise((resolve) => {
      const l = (msg) => {
        if (test(msg)) {
          listeners.delete(l);
          resolve(msg);
        }
      };
      listeners.add(l);
    });
  try {
    // Run the cell; note the slider's and the label's comms from their comm_open.
    const opens = [];
    const collect = (msg) => msg.msg_type === 'comm_open' && opens.push(msg.content);
    listeners.add(collect);
    const exec = send('shell', 'execute_request', { code, silent: false, store_history: false, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    await until((m) => m.msg_type === 'status' && m.content.execution_state === 'idle' && m.parent_header.msg_id === exec);
    listeners.delete(collect);
    const slider = opens.find((c) => c.data.state._model_name === 'IntSliderModel').comm_id;
    const label = opens.find((c) => c.data.state._model_name === 'LabelModel').comm_id;

    const times = [];
    for (let i = 0; i < rounds; i++) {
      const value = i % 2 === 0 ? 75 + (i % 7) : 25 + (i % 7);
      const t0 = performance.now();
      const back = until((m) => m.msg_type === 'comm_msg' && m.content.comm_id === label && m.content.data.state?.value === `got ${value}`);
      const msgId = send('shell', 'comm_msg', { comm_id: slider, data: { method: 'update', state: { value }, buffer_paths: [] } });
      // A widget front end sends the next update once the kernel is idle again. (Listened
      // for now: one socket read can hold the label's update and the idle both.)
      const idle = until((m) => m.msg_type === 'status' && m.content.execution_state === 'idle' && m.parent_header.msg_id === msgId);
      await back;
      times.push(performance.now() - t0);
      await idle;
    }
    return times;
  } finally {
    ws.close();
    await api(`api/kernels/${kernel.id}`, { method: 'DELETE' });
  }
}
