// SPDX-License-Identifier: BSD-3-Clause
// BinderSession's decisions, with a stand-in kernel and server source: when a server is
// lost, what the cells are told, and that only the reader's run brings a new one. The real
// thing (a culled server behind the test BinderHub, in Chromium) is in test/e2e/binder.e2e.ts.
import { describe, expect, test, vi } from 'vitest';
import { BinderSession, type SessionDeps } from '../../src/kernels/binder/session.js';
import type { JupyterSession } from '../../src/kernels/jupyter.js';
import { CellError, type OutputSink, type SessionNotice } from '../../src/kernels/types.js';
import { english } from '../../src/i18n/text.js';

/** What BinderSession uses of a JupyterSession: events, status, execute, dispose. */
class StandInKernel {
  events = new EventTarget();
  status = 'idle';
  info = { backend: 'binder', name: 'python3', language: 'python' };
  kernelId = 'k1';
  runs: string[] = [];
  disposed = false;
  failNext: CellError | null = null;
  async execute(code: string) {
    if (this.failNext) throw this.failNext;
    this.runs.push(code);
    return { status: 'ok' as const, executionCount: this.runs.length };
  }
  async restart() {}
  async interrupt() {}
  async dispose() {
    this.disposed = true;
  }
  shutdownOnUnload() {}
  /** The websocket dropped (KernelConnection starts reconnecting). */
  drop() {
    this.events.dispatchEvent(new CustomEvent('connectionchange', { detail: 'connecting' }));
  }
}

const server1 = { url: 'https://hub.example.org/user/a/', token: 'a' };
const server2 = { url: 'https://hub.example.org/user/b/', token: 'b' };
const sink = { output() {}, update() {}, clear() {}, input: async () => '' } as OutputSink;

function setup(alive: boolean) {
  const kernels = [new StandInKernel(), new StandInKernel()];
  const calls: string[] = [];
  const deps: SessionDeps = {
    label: 'o/r',
    obtain: async () => {
      calls.push('obtain');
      return server2;
    },
    forget: (s) => calls.push(`forget ${s.token}`),
    probe: async (s) => {
      calls.push(`probe ${s.token}`);
      return alive;
    },
    start: async (s) => {
      calls.push(`start ${s.token}`);
      return kernels[1] as unknown as JupyterSession;
    },
  };
  const session = new BinderSession(deps, server1, kernels[0] as unknown as JupyterSession);
  const notices: SessionNotice[] = [];
  session.events.addEventListener('notice', (e) => notices.push((e as CustomEvent<SessionNotice>).detail));
  return { session, kernels, calls, notices, deps };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('BinderSession', () => {
  test('a dropped socket on a live server: nothing lost, nothing launched', async () => {
    const { session, kernels, calls, notices } = setup(true);
    kernels[0]!.drop();
    await settle();
    expect(calls).toEqual(['probe a']);
    expect(notices).toEqual([]);
    await session.execute('1', sink);
    expect(kernels[0]!.runs).toEqual(['1']);
  });

  test('a culled server: the cells are told at once; only the next run launches, once, and says so', async () => {
    const { session, kernels, calls, notices } = setup(false);
    kernels[0]!.drop();
    kernels[0]!.drop();
    await settle();
    expect(calls).toEqual(['probe a', 'forget a']);
    expect(kernels[0]!.disposed).toBe(true);
    expect(notices.map((n) => english(n.message))).toEqual([
      'The Binder server for o/r has stopped (Binder stops servers that sit idle): its variables are lost. The code in every cell is kept.',
    ]);
    expect(session.status).toBe('idle');

    await session.execute('x', sink);
    expect(calls).toEqual(['probe a', 'forget a', 'obtain', 'start b']);
    expect(kernels[1]!.runs).toEqual(['x']);
    expect(session.server).toEqual(server2);
    expect(english(notices.at(-1)!.message)).toBe(
      'The Binder server for o/r was culled and a new one was launched: variables from before are lost, and nothing was rerun.',
    );
    await session.execute('y', sink);
    expect(calls.filter((c) => c === 'obtain')).toHaveLength(1);
  });

  test('a run cut short by the server going away: a Retry button, and Retry runs on a new server', async () => {
    const { session, kernels, calls } = setup(false);
    kernels[0]!.failNext = new CellError('Lost the connection', '', 'connection-lost');
    const error = await session.execute('x', sink).catch((e: CellError) => e);
    expect(error).toBeInstanceOf(CellError);
    expect((error as CellError).message).toBe('The Binder server for o/r stopped while this cell was running: its variables are lost.');
    expect((error as CellError).actions.map((a) => ({ ...a, label: english(a.label) }))).toEqual([{ label: 'Retry', rerun: true }]);
    await session.execute('x', sink);
    expect(kernels[1]!.runs).toEqual(['x']);
    expect(calls).toContain('obtain');
  });

  test('a relaunch that fails leaves the server lost: the next run tries again (never by itself)', async () => {
    const { session, kernels, deps } = setup(false);
    kernels[0]!.drop();
    await settle();
    const refused = new CellError('mybinder.org is not starting more servers', '', 'binder-rate-limit');
    let refusals = 1;
    deps.obtain = vi.fn(async () => {
      if (refusals-- > 0) throw refused;
      return server2;
    });
    await expect(session.execute('x', sink)).rejects.toBe(refused);
    expect(session.status).toBe('idle');
    await new Promise((r) => setTimeout(r, 50));
    expect(deps.obtain).toHaveBeenCalledTimes(1);
    await session.execute('x', sink);
    expect(deps.obtain).toHaveBeenCalledTimes(2);
    expect(kernels[1]!.runs).toEqual(['x']);
  });

  test('a page going away says nothing about the server: no probe, nothing forgotten', async () => {
    const { session, kernels, calls } = setup(false);
    session.shutdownOnUnload();
    kernels[0]!.drop();
    await settle();
    expect(calls).toEqual([]);
  });
});
