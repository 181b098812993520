// SPDX-License-Identifier: BSD-3-Clause
import { describe, expect, test } from 'vitest';
import { KernelPool, sessionKey } from '../../src/kernels/pool.js';
import { CellError, type KernelSession, type OutputSink, type SessionOptions } from '../../src/kernels/types.js';

/** A session that records what ran on it; each run takes `ms`. */
function fakeSession(log: string[], name: string, ms = 5): KernelSession {
  return {
    info: { backend: 'jupyter', name, language: 'python' },
    status: 'idle',
    events: new EventTarget(),
    async execute(code) {
      log.push(`start ${name}:${code}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}:${code}`);
      return { status: 'ok', executionCount: 1 };
    },
    interrupt: async () => {},
    restart: async () => {},
    dispose: async () => void log.push(`dispose ${name}`),
  };
}

const sink = {} as OutputSink;
const opts = (o: Partial<SessionOptions> = {}): SessionOptions => ({ backend: 'jupyter', server: 'http://s/', ...o });

describe('KernelPool', () => {
  test('equal options share one session; a session key or another server gets its own', async () => {
    let made = 0;
    const pool = new KernelPool(async () => fakeSession([], `k${++made}`));
    const a = await pool.session(opts());
    const b = await pool.session(opts());
    const c = await pool.session(opts({ session: 'x' }));
    const d = await pool.session(opts({ server: 'http://other/' }));
    expect(a).toBe(b);
    expect(new Set([a, c, d]).size).toBe(3);
    expect(sessionKey(opts())).toBe(sessionKey({ server: 'http://s/', backend: 'jupyter' }));
  });

  test('runs on one kernel execute in the order asked, never overlapping', async () => {
    const log: string[] = [];
    const pool = new KernelPool(async () => fakeSession(log, 'k', 10));
    await Promise.all(['1', '2', '3'].map((code) => pool.run(opts(), { code, sink })));
    expect(log).toEqual(['start k:1', 'end k:1', 'start k:2', 'end k:2', 'start k:3', 'end k:3']);
  });

  test('a failed run does not block the runs after it', async () => {
    const log: string[] = [];
    const session = fakeSession(log, 'k');
    const execute = session.execute.bind(session);
    session.execute = async (code, s) => {
      if (code === 'bad') throw new CellError('boom');
      return execute(code, s);
    };
    const pool = new KernelPool(async () => session);
    const results = await Promise.allSettled([pool.run(opts(), { code: 'bad', sink }), pool.run(opts(), { code: 'good', sink })]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
  });

  test('a queued run is told it waits; an aborted queued run never starts', async () => {
    const log: string[] = [];
    const pool = new KernelPool(async () => fakeSession(log, 'k', 20));
    const first = pool.run(opts(), { code: '1', sink });
    const abort = new AbortController();
    let queued = false;
    const second = pool.run(opts(), { code: '2', sink, signal: abort.signal, onQueued: () => (queued = true) });
    abort.abort();
    await first;
    expect(await second).toEqual({ status: 'aborted', executionCount: null });
    expect(queued).toBe(true);
    expect(log).toEqual(['start k:1', 'end k:1']);
  });

  test('a run stopped while it waits ends at once; the runs after it still wait for the one ahead', async () => {
    const log: string[] = [];
    const pool = new KernelPool(async () => fakeSession(log, 'k', 200));
    const first = pool.run(opts(), { code: '1', sink });
    const abort = new AbortController();
    const second = pool.run(opts(), { code: '2', sink, signal: abort.signal });
    const third = pool.run(opts(), { code: '3', sink });
    await new Promise((r) => setTimeout(r, 20));
    abort.abort();
    // The stopped run is over while the first one still runs.
    expect(await second).toEqual({ status: 'aborted', executionCount: null });
    expect(log).toEqual(['start k:1']);
    await Promise.all([first, third]);
    expect(log).toEqual(['start k:1', 'end k:1', 'start k:3', 'end k:3']);
  });

  test('a run stopped while its kernel starts ends at once; the kernel is there for the next run', async () => {
    const log: string[] = [];
    let made = 0;
    let started = () => {};
    const boot = new Promise<void>((r) => (started = r));
    const pool = new KernelPool(async () => {
      made++;
      await boot;
      return fakeSession(log, 'k');
    });
    const abort = new AbortController();
    const stopped = pool.run(opts(), { code: 'spin', sink, signal: abort.signal });
    abort.abort();
    expect(await stopped).toEqual({ status: 'aborted', executionCount: null });
    started();
    await expect(pool.run(opts(), { code: 'next', sink })).resolves.toMatchObject({ status: 'ok' });
    expect(made).toBe(1);
    expect(log).toEqual(['start k:next', 'end k:next']);
  });

  test('isolated runs get a fresh session each, disposed after the run', async () => {
    const log: string[] = [];
    let made = 0;
    const pool = new KernelPool(async () => fakeSession(log, `k${++made}`));
    await pool.run(opts(), { code: 'a', sink, isolated: true });
    await pool.run(opts(), { code: 'b', sink, isolated: true });
    expect(log).toEqual(['start k1:a', 'end k1:a', 'dispose k1', 'start k2:b', 'end k2:b', 'dispose k2']);
  });

  test('a session that failed to start is forgotten: the next run tries again', async () => {
    let attempts = 0;
    const pool = new KernelPool(async () => {
      if (++attempts === 1) throw new CellError('down');
      return fakeSession([], 'k');
    });
    await expect(pool.run(opts(), { code: 'x', sink })).rejects.toThrow('down');
    await expect(pool.run(opts(), { code: 'x', sink })).resolves.toMatchObject({ status: 'ok' });
    expect(attempts).toBe(2);
  });

  test('restart replaces a session that cannot restart, and announces it', async () => {
    let made = 0;
    const pool = new KernelPool(async () => {
      const s = fakeSession([], `k${++made}`);
      s.restart = async () => {
        throw new Error('gone');
      };
      return s;
    });
    const first = await pool.session(opts());
    const announced: string[] = [];
    pool.events.addEventListener('session', (e) => announced.push((e as CustomEvent).detail.session.info.name));
    const second = await pool.restart(opts());
    expect(second).not.toBe(first);
    expect(announced).toEqual(['k2']);
  });
});
