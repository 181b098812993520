// SPDX-License-Identifier: BSD-3-Clause
// The page's kernel slots on a SageCell server: never more than the server allows, first come
// first served, and a waiting start never waits for ever while an idle kernel holds a slot.
import { describe, expect, test } from 'vitest';
import { defaultLimit, KernelSlots } from '../../src/kernels/sagecell/queue.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('kernel slots', () => {
  test('2 per page by default, 5 on sagecell.sagemath.org', () => {
    expect(defaultLimit('http://127.0.0.1:8888/')).toBe(2);
    expect(defaultLimit('https://sagecell.sagemath.org/')).toBe(5);
  });

  test('starts beyond the limit wait, in order, and go as kernels end', async () => {
    const slots = new KernelSlots(2);
    const order: number[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    let waited = 0;
    const c = slots.acquire(undefined, () => waited++).then((s) => (order.push(3), s));
    const d = slots.acquire(undefined, () => waited++).then((s) => (order.push(4), s));
    await tick();
    expect(order).toEqual([]);
    expect(waited).toBe(2);
    expect(slots.held).toBe(2);
    b.release();
    b.release(); // idempotent
    await tick();
    expect(order).toEqual([3]);
    a.release();
    await tick();
    expect(order).toEqual([3, 4]);
    (await c).release();
    (await d).release();
    expect(slots.held).toBe(0);
  });

  test('an aborted wait leaves the queue', async () => {
    const slots = new KernelSlots(1);
    const a = await slots.acquire();
    const stop = new AbortController();
    const waiting = slots.acquire(stop.signal);
    stop.abort();
    await expect(waiting).rejects.toThrow('Stopped while waiting for a kernel.');
    expect(slots.waiting).toBe(0);
    a.release();
    expect(slots.held).toBe(0);
  });

  test('a waiting start ends an idle kernel: parked ones first, then the idle one unused longest; busy ones never', async () => {
    const slots = new KernelSlots(3);
    const ended: string[] = [];
    const [busy, idleOld, parked] = await Promise.all([slots.acquire(), slots.acquire(), slots.acquire()]);
    const evictor = (name: string, slot: { release(): void }) => () => {
      ended.push(name);
      slot.release();
    };
    idleOld!.yieldTo(evictor('idle', idleOld!));
    parked!.yieldTo(evictor('parked', parked!), 'parked');
    busy!.yieldTo(null);
    const first = await slots.acquire();
    expect(ended).toEqual(['parked']);
    const second = await slots.acquire();
    expect(ended).toEqual(['parked', 'idle']);
    // Only the busy kernel and the two new ones hold slots: a fourth start waits for one of them.
    let got = false;
    void slots.acquire().then(() => (got = true));
    await tick();
    expect(got).toBe(false);
    second.release();
    await tick();
    expect(got).toBe(true);
    first.release();
  });

  test('a kernel that gets busy again is not ended', async () => {
    const slots = new KernelSlots(1);
    const a = await slots.acquire();
    a.yieldTo(() => {
      throw new Error('must not be evicted');
    });
    a.yieldTo(null);
    let got = false;
    void slots.acquire().then(() => (got = true));
    await tick();
    expect(got).toBe(false);
    a.release();
    await tick();
    expect(got).toBe(true);
  });

  test('a 429 with kernels held lowers the limit to what the server allows', async () => {
    const slots = new KernelSlots(5);
    const [a, b, c] = await Promise.all([slots.acquire(), slots.acquire(), slots.acquire()]);
    a!.started();
    b!.started();
    // c's request is still on its way: it is not a kernel.
    expect([slots.held, slots.kernels]).toEqual([3, 2]);
    slots.lowerLimitTo(slots.kernels);
    expect(slots.limit).toBe(2);
    slots.lowerLimitTo(0);
    expect(slots.limit).toBe(1);
    for (const s of [a, b, c]) s!.release();
  });
});
