// SPDX-License-Identifier: BSD-3-Clause
// The recorded SageCell exchanges, replayed through this backend's message handling (the
// conversation, the output mapping, the interacts) into the real output model: what a cell
// would show for each, and when each run is done.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { IOutput, IStream } from '@jupyterlab/nbformat';
import { KernelConversation, type RequestResult } from '../../src/kernels/sagecell/conversation.js';
import { InteractRegistry, type OutputTarget } from '../../src/kernels/sagecell/interacts.js';
import { INTERACT_MIME, type InteractPart } from '../../src/kernels/types.js';
import { executeRequest, interactUpdate } from '../../src/kernels/sagecell/messages.js';
import { filesUrl } from '../../src/kernels/sagecell/http.js';
import { OutputModel } from '../../src/output/model.js';
import { kernelIdOf, recordedFetch, steps, transcript, type Message, type TRANSCRIPTS } from './sagecell-transcripts.js';

const ROOT = 'http://127.0.0.1:8888/';

interface Replayed {
  model: OutputModel;
  results: Array<RequestResult | Error>;
  sent: Array<{ header: { msg_id: string; msg_type: string }; content: Record<string, unknown> }>;
  dead: number;
  interacts: InteractRegistry;
}

/**
 * Replay `name`: each request the recording sent is sent by us instead (built by our own
 * messages.ts, from the recorded code or values), and every recorded server message is
 * received in order, its parent id mapped to our request.
 */
async function replay(name: (typeof TRANSCRIPTS)[number]): Promise<Replayed> {
  const lines = transcript(name);
  vi.stubGlobal('fetch', recordedFetch(lines));
  const model = new OutputModel();
  const target: OutputTarget = { add: (o) => model.add(o), update: (id, o) => model.update(id, o), clear: () => model.clear() };
  const interacts = new InteractRegistry();
  const sent: Replayed['sent'] = [];
  const results: Replayed['results'] = [];
  let dead = 0;
  const conversation = new KernelConversation({
    filesUrl: filesUrl(ROOT, kernelIdOf(lines)),
    send: (m) => void sent.push(m as Replayed['sent'][number]),
    interacts,
    onDead: () => void dead++,
  });
  const ids = new Map<string, string>();
  const done: Array<Promise<unknown>> = [];
  for (const step of steps(lines)) {
    if ('send' in step) {
      const recorded = step.send;
      const c = recorded.content;
      const ours =
        recorded.header.msg_type === 'execute_request'
          ? executeRequest(`ours-${sent.length}`, 'session', String(c.code))
          : interactUpdate(`ours-${sent.length}`, 'session', String(c.interact_id), c.values as Record<string, unknown>);
      ids.set(recorded.header.msg_id!, ours.header.msg_id);
      const interactId = recorded.header.msg_type === 'execute_request' ? undefined : String(c.interact_id);
      const to = interactId ? interacts.target(interactId)! : target;
      done.push(conversation.request(ours, to).then((r) => results.push(r), (e: Error) => results.push(e)));
    } else {
      const msg = structuredClone(step.receive) as Message;
      const parent = msg.parent_header?.msg_id;
      if (parent && ids.has(parent)) msg.parent_header = { ...msg.parent_header, msg_id: ids.get(parent)! };
      conversation.receive(msg);
    }
  }
  // A kernel that died leaves its request unanswered: the session fails it (holder.ts).
  if (dead) conversation.fail(new Error('kernel died'));
  await Promise.all(done);
  return { model, results, sent, dead, interacts };
}

afterEach(() => vi.unstubAllGlobals());

const streamText = (outputs: IOutput[]) => outputs.filter((o) => o.output_type === 'stream').map((o) => (o as IStream).text).join('');

describe('replaying the recorded exchanges', () => {
  test('print(1+1): "2" and "\\n" arrive apart and merge; the run is done after reply and idle', async () => {
    const r = await replay('print_sockjs_embed');
    expect(r.model.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: '2\n' }]);
    expect(r.results).toEqual([expect.objectContaining({ reply: expect.objectContaining({ status: 'ok' }), executionCount: 1 })]);
    // The recording's trailing `status: dead` (a timeout=0 kernel) is the server's, after the run.
    expect(r.dead).toBe(1);
    expect(r.sent[0]!.content).toMatchObject({ code: 'print(1+1)', allow_stdin: false, user_expressions: { _sagecell_files: 'sys._sage_.new_files()' } });
  });

  test('1/0: an error output with the ANSI traceback, and an error reply', async () => {
    const r = await replay('error');
    const [error] = r.model.outputs;
    expect(error).toMatchObject({ output_type: 'error', ename: 'ZeroDivisionError', evalue: 'rational division by zero' });
    expect((error as { traceback: string[] }).traceback.join('\n')).toContain('\u001b[0;31mZeroDivisionError');
    expect((r.results[0] as RequestResult).reply.status).toBe('error');
  });

  test('a plot: the file the kernel wrote becomes an embedded PNG; the null execute_result shows nothing', async () => {
    const r = await replay('plot_image');
    expect(r.model.outputs).toHaveLength(1);
    const data = (r.model.outputs[0] as { data: Record<string, string> }).data;
    expect(data['text/plain']).toBe('tmp_q6yy31at.png');
    // The very bytes the server sent (the transcript's GET .../files/tmp_q6yy31at.png).
    expect(data['image/png']!.startsWith('iVBORw0KGgo')).toBe(true);
    expect(Buffer.from(data['image/png']!, 'base64').length).toBe(18663);
  });

  test('matplotlib: an image file with no text/plain of its own', async () => {
    const r = await replay('matplotlib_image');
    const images = r.model.outputs.filter((o) => (o as { data?: Record<string, unknown> }).data?.['image/png']);
    expect(images).toHaveLength(1);
  });

  test('show() of maths: the TeX script becomes MathML; a value; a file the code wrote is listed', async () => {
    const r = await replay('html_output');
    const [maths, value, files] = r.model.outputs as Array<{ output_type: string; data: Record<string, string> }>;
    expect(maths!.data['text/html']).toContain('<math');
    expect(maths!.data['text/html']).toContain('<msqrt>');
    expect(maths!.data['text/html']).not.toContain('<script');
    expect(maths!.data['text/html']).not.toContain('annotation');
    expect(value).toMatchObject({ output_type: 'execute_result', data: { 'text/plain': '3/4' } });
    expect(files!.data['text/html']).toContain(`href="${filesUrl(ROOT, kernelIdOf(transcript('html_output')))}data.txt"`);
  });

  test('python, html and gp: their outputs', async () => {
    expect(streamText((await replay('python_language')).model.outputs)).toBe('python 45\n(3, 11)\n');
    const html = (await replay('html_language')).model.outputs;
    expect(html).toEqual([{ output_type: 'display_data', data: { 'text/html': '<h3>Title</h3><p>Para "quoted" \\ backslash</p>' }, metadata: {} }]);
    expect(streamText((await replay('gp_language')).model.outputs)).toBe('\n[        274177 1]\n\n[67280421310721 1]\n\n');
  });

  test('input(): the error says that this server does not take input', async () => {
    const r = await replay('stdin_input');
    const [error] = r.model.outputs as Array<{ ename: string; evalue: string; traceback: string[] }>;
    expect(error!.ename).toBe('StdinNotImplementedError');
    expect(error!.evalue).toContain('input() cannot work here');
    expect(error!.traceback.at(-1)).toContain('a SageCell server does not pass what you type to running code');
  });

  test('linked cells: two runs on one kernel, each done at its own reply and idle despite the interleaving', async () => {
    const r = await replay('linked_cells');
    expect(r.results).toHaveLength(2);
    expect(streamText(r.model.outputs)).toBe('set a\n42 2 * 3 * 7\n');
    expect(r.dead).toBe(0);
  });

  test('a kernel killed by its CPU limit: the server’s `dead`, and the run never gets a reply', async () => {
    const r = await replay('kernel_dead_cpu_limit');
    expect(r.dead).toBe(1);
    expect(r.results).toEqual([new Error('kernel died')]);
  });

  test('@interact: controls and output as interact parts; moving the slider re-runs the function', async () => {
    const r = await replay('interact');
    const parts = r.model.outputs.map((o) => (o as { data: Record<string, unknown> }).data[INTERACT_MIME] as InteractPart);
    expect(parts.map((p) => p.part)).toEqual(['controls', 'output']);
    const slider = parts[0]!.rows![0]![0]!;
    expect(slider).toMatchObject({ name: 'n', control: { control_type: 'slider', subtype: 'discrete', default: 2, values: expect.arrayContaining(['3']) } });
    // The recorded update (the index 7, i.e. "8") came back as 64 and replaced the 9.
    expect(streamText(parts[1]!.outputs!)).toBe('64\n');
    expect(r.sent.map((m) => m.header.msg_type)).toEqual(['execute_request', 'sagenb.interact.update_interact']);
    expect(r.sent[1]!.content).toEqual({
      interact_id: '8538a3d1-a64c-4180-926b-83fe17a3baf8',
      values: { n: 7 },
      update_last: false,
      user_expressions: { _sagecell_files: 'sys._sage_.new_files()' },
    });
    expect(r.results).toHaveLength(2);
    // The recording then ended the kernel: its controls say so.
    expect(r.dead).toBe(1);
  });
});
