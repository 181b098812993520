// SPDX-License-Identifier: BSD-3-Clause
/**
 * The floor for the benchmarks: a bare Jupyter client over one WebSocket, written as
 * plainly as possible (REST to start a kernel, the legacy JSON wire format, no library).
 */
export async function startKernel({ server, token }) {
  const r = await fetch(`${server}api/kernels?token=${token}`, { method: 'POST', body: '{"name":"python3"}' });
  const { id } = await r.json();
  const session = crypto.randomUUID();
  const ws = new WebSocket(`${server.replace(/^http/, 'ws')}api/kernels/${id}/channels?session_id=${session}&token=${token}`);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  const waiting = new Map();
  ws.onmessage = (e) => {
    const msg = JSON.parse(e.data);
    const w = waiting.get(msg.parent_header?.msg_id);
    if (!w) return;
    if (msg.msg_type === 'stream') w.onText(msg.content.text);
    if (msg.msg_type === 'execute_result') w.onText(msg.content.data['text/plain']);
    if (msg.msg_type === 'status' && msg.content.execution_state === 'idle') {
      waiting.delete(msg.parent_header.msg_id);
      w.done();
    }
  };
  return {
    /** Run code; `onText` gets each piece of output as it arrives; resolves when the kernel is idle again. */
    execute(code, onText) {
      const msg_id = crypto.randomUUID();
      return new Promise((done) => {
        waiting.set(msg_id, { onText, done });
        ws.send(
          JSON.stringify({
            header: { msg_id, msg_type: 'execute_request', username: '', session, date: new Date().toISOString(), version: '5.3' },
            parent_header: {},
            metadata: {},
            content: { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true },
            channel: 'shell',
            buffers: [],
          }),
        );
      });
    },
  };
}
