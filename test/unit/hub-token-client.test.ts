import { describe, expect, it } from 'vitest';
import { HubTokenClient, renewalLead, type HubClock } from '../../src/kernels/hub/token-client.js';
import { CellError, type Progress } from '../../src/kernels/types.js';
import { sessionOptions, resolveBackend } from '../../src/config.js';
import { english } from '../../src/i18n/text.js';

/** A clock the test moves by hand; timers fire when it passes them. */
class FakeClock implements HubClock {
  t = Date.parse('2026-01-01T00:00:00Z');
  timers: { at: number; fn: () => void; id: number }[] = [];
  #next = 1;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.#next++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== id);
  };
  advance(ms: number) {
    this.t += ms;
    for (const timer of this.timers.filter((x) => x.at <= this.t)) {
      this.clearTimeout(timer.id);
      timer.fn();
    }
  }
}

/** A token endpoint: answers each request with the next scripted body (NDJSON lines). */
function endpoint(_clock: FakeClock, answers: (() => { status?: number; lines: unknown[] })[]) {
  const calls: RequestInit[] = [];
  let n = 0;
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    const answer = answers[Math.min(n++, answers.length - 1)]!();
    const body = answer.lines.map((l) => JSON.stringify(l) + '\n').join('');
    return new Response(body, { status: answer.status ?? 200, headers: { 'Content-Type': 'application/x-ndjson' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, count: () => n };
}

const token = (clock: FakeClock, name: string, lifetimeS = 3600) => ({
  server: 'http://hub.test/user/alice/',
  token: name,
  expires_at: new Date(clock.t + lifetimeS * 1000).toISOString(),
});

describe('hub token client', () => {
  it('shares one request between every cell, with the site cookies, and reports spawn progress', async () => {
    const clock = new FakeClock();
    const site = endpoint(clock, [() => ({ lines: [{ progress: 10, message: 'Spawning server...' }, { progress: 100, message: 'Server ready' }, token(clock, 't1')] })]);
    const client = new HubTokenClient('http://site.test/token', { fetch: site.fetch, clock });
    const seen: Progress[][] = [[], []];
    const [a, b] = await Promise.all([client.credentials((p) => seen[0]!.push(p)), client.credentials((p) => seen[1]!.push(p))]);
    expect(site.count()).toBe(1);
    expect(site.calls[0]!.credentials).toBe('include');
    expect(a).toBe(b);
    expect(a.token).toBe('t1');
    expect(a.server).toBe('http://hub.test/user/alice/');
    for (const s of seen) expect(s.map((p) => p.message && english(p.message))).toEqual(['Asking this site for your Jupyter server…', 'Spawning server...', 'Server ready']);
    expect(seen[0]![1]!.fraction).toBe(0.1);
    // A later cell reuses the token held.
    await client.credentials();
    expect(site.count()).toBe(1);
  });

  it('renews before expiry while a kernel holds the token, and not after it is released', async () => {
    const clock = new FakeClock();
    let i = 0;
    const site = endpoint(clock, [() => ({ lines: [token(clock, `t${++i}`, 100)] })]);
    const client = new HubTokenClient('http://site.test/token', { fetch: site.fetch, clock });
    await client.credentials();
    const release = client.hold();
    clock.advance(100_000 - renewalLead(100_000) - 1);
    expect(site.count()).toBe(1);
    clock.advance(1);
    await new Promise((r) => setTimeout(r, 0));
    await client.credentials();
    expect(site.count()).toBe(2);
    expect(client.token).toBe('t2');
    release();
    clock.advance(200_000);
    expect(site.count()).toBe(2);
    // Expired by now: the next use asks again rather than hand out a dead token.
    await client.credentials();
    expect(site.count()).toBe(3);
  });

  it('retries a request refused with 403 once, with a renewed token', async () => {
    const sent: string[] = [];
    const clock2 = new FakeClock();
    let j = 0;
    const site2 = endpoint(clock2, [() => ({ lines: [token(clock2, `t${++j}`)] })]);
    const hub = new HubTokenClient('http://site.test/token', {
      clock: clock2,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (input instanceof Request) {
          const auth = input.headers.get('Authorization') ?? '';
          sent.push(auth);
          return new Response(await input.text(), { status: auth === 'token t2' ? 200 : 403 });
        }
        return site2.fetch(input, init);
      }) as typeof fetch,
    });
    await hub.credentials();
    sent.length = 0;
    const r = await hub.serverFetch(new Request('http://hub.test/user/alice/api/kernels', { method: 'POST', body: '{"name":"python3"}' }));
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('{"name":"python3"}');
    expect(sent).toEqual(['token t1', 'token t2']);
    expect(site2.count()).toBe(2);
    // A second refusal after the renewal is passed on, not retried for ever.
    const refused = new HubTokenClient('http://site.test/token', {
      clock: clock2,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) =>
        input instanceof Request ? new Response('', { status: 403 }) : site2.fetch(input, init)) as typeof fetch,
    });
    await refused.credentials();
    const before = site2.count();
    expect((await refused.serverFetch(new Request('http://hub.test/user/alice/api/kernels'))).status).toBe(403);
    expect(site2.count()).toBe(before + 1);
  });

  it('says what to do when the endpoint refuses, the server cannot start, or the hub is down', async () => {
    const clock = new FakeClock();
    const failure = async (answer: { status?: number; lines: unknown[] } | 'network') => {
      const fetch = (async () => {
        if (answer === 'network') throw new TypeError('Failed to fetch');
        return new Response(answer.lines.map((l) => JSON.stringify(l)).join('\n'), { status: answer.status ?? 200 });
      }) as typeof globalThis.fetch;
      const e = await new HubTokenClient('http://site.test/token', { fetch, clock }).credentials().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CellError);
      return e as CellError;
    };
    expect((await failure({ status: 401, lines: [{ error: 'sign-in' }] })).message).toMatch(/^Sign in again/);
    expect((await failure({ status: 403, lines: [] })).message).toMatch(/^Sign in again/);
    expect((await failure({ status: 403, lines: [{ error: 'no-capability' }] })).message).toMatch(/^You may not run code/);
    const spawn = await failure({ lines: [{ progress: 20, message: 'Spawning' }, { error: 'spawn-failed', message: 'Spawner failed: no such user' }] });
    expect(spawn.message).toBe('Your server could not start: Spawner failed: no such user');
    const down = await failure({ status: 502, lines: [{ error: 'hub-unreachable', message: 'connection refused' }] });
    expect(down.message).toBe('The hub is not reachable: connection refused');
    expect((await failure({ status: 500, lines: [] })).message).toMatch(/^The hub is not reachable/);
    expect((await failure({ lines: [{ progress: 50 }] })).message).toMatch(/^The hub is not reachable: the answer .* was cut off/);
    expect((await failure('network')).code).toBe('token-unreachable');
    expect((await failure({ lines: [{ server: 'http://hub.test/user/a/' }] })).code).toBe('token-bad-answer');
  });

  it('a failed request is not kept: the next run asks again', async () => {
    const clock = new FakeClock();
    const site = endpoint(clock, [() => ({ status: 502, lines: [{ error: 'hub-unreachable' }] }), () => ({ lines: [token(clock, 'ok')] })]);
    const client = new HubTokenClient('http://site.test/token', { fetch: site.fetch, clock });
    await expect(client.credentials()).rejects.toThrow(/hub is not reachable/);
    expect((await client.credentials()).token).toBe('ok');
  });
});

describe('token-url in the page config', () => {
  it('makes a cell a Jupyter cell whose server and token come from the endpoint', () => {
    const page = { tokenUrl: 'http://site.test/token' };
    expect(resolveBackend({}, page)).toBe('jupyter');
    expect(sessionOptions('jupyter', {}, page)).toEqual({ backend: 'jupyter', tokenUrl: 'http://site.test/token', kernel: 'python3' });
    // A cell with its own server or token is not sent to the page's hub.
    expect(sessionOptions('jupyter', { server: 'http://other.test/' }, page).tokenUrl).toBeUndefined();
    expect(sessionOptions('jupyter', { tokenUrl: 'http://site.test/t2' }, {}).tokenUrl).toBe('http://site.test/t2');
  });
});
