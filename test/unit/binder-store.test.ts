// SPDX-License-Identifier: BSD-3-Clause
// What the origin remembers about Binder servers and rate limits (localStorage).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as store from '../../src/kernels/binder/store.js';

/** The Web Storage interface over a Map (Node has no localStorage). */
class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    this.#m.set(k, String(v));
  }
}

const g = globalThis as { localStorage?: Storage };
beforeEach(() => {
  g.localStorage = new MemoryStorage();
});
afterEach(() => {
  delete g.localStorage;
});

const mybinder = 'https://mybinder.org/build/gh/o/r/HEAD';
const other = 'https://binder.example.org/build/gh/o/r/HEAD';
const server = { url: 'https://hub.example.org/user/x/', token: 'tok' };

describe('remembered servers', () => {
  test('saved, read back, forgotten', () => {
    store.saveServer(mybinder, server, 1000);
    expect(store.savedServer(mybinder, 2000)).toEqual({ ...server, launchedAt: 1000 });
    store.forgetServer(mybinder, server.url);
    expect(store.savedServer(mybinder, 2000)).toBeNull();
  });

  test('a server another tab launched since is not forgotten by a tab that saw the old one die', () => {
    store.saveServer(mybinder, { url: 'https://hub.example.org/user/new/', token: 'n' });
    store.forgetServer(mybinder, server.url);
    expect(store.savedServer(mybinder)?.url).toBe('https://hub.example.org/user/new/');
  });

  test('mybinder.org servers are not trusted after 6 hours (its hard maximum age); other hubs after 24', () => {
    store.saveServer(mybinder, server, 0);
    store.saveServer(other, server, 0);
    expect(store.savedServer(mybinder, 6 * 3600_000 - 1)).not.toBeNull();
    expect(store.savedServer(mybinder, 6 * 3600_000 + 1)).toBeNull();
    expect(store.savedServer(other, 6 * 3600_000 + 1)).not.toBeNull();
    expect(store.savedServer(other, 24 * 3600_000 + 1)).toBeNull();
  });

  test('garbage in storage is ignored', () => {
    g.localStorage!.setItem(`exec-cell:binder-server:${mybinder}`, '{not json');
    expect(store.savedServer(mybinder)).toBeNull();
    g.localStorage!.setItem(`exec-cell:binder-server:${mybinder}`, '{"url": 3}');
    expect(store.savedServer(mybinder)).toBeNull();
  });

  test('no storage at all (or storage that throws): nothing is remembered, nothing breaks', () => {
    delete g.localStorage;
    store.saveServer(mybinder, server);
    expect(store.savedServer(mybinder)).toBeNull();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    store.saveServer(mybinder, server);
    expect(store.savedServer(mybinder)).toBeNull();
    delete g.localStorage;
  });
});

describe('remembered rate limits', () => {
  test('kept until they end, per BinderHub', () => {
    store.rememberRateLimit('https://mybinder.org/', { until: 5000, detail: 'Rate limit exceeded' });
    expect(store.rateLimit('https://mybinder.org/', 4999)).toEqual({ until: 5000, detail: 'Rate limit exceeded' });
    expect(store.rateLimit('https://binder.example.org/', 4999)).toBeNull();
    expect(store.rateLimit('https://mybinder.org/', 5000)).toBeNull();
  });
});
