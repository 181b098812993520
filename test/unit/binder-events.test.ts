// SPDX-License-Identifier: BSD-3-Clause
// Reading BinderHub's event stream: SSE framing (keepalive comments included), phases as
// progress, and failures explained.
import { beforeAll, describe, expect, test } from 'vitest';
import { SseParser } from '../../src/kernels/binder/sse.js';
import { PhaseTracker, type BuildFailure } from '../../src/kernels/binder/phases.js';
import { buildFailed, rateLimitEnd, RateLimitError } from '../../src/kernels/binder/errors.js';
import { binderTarget } from '../../src/kernels/binder/spec.js';
import type { CellAction, Progress } from '../../src/kernels/types.js';
import { CATALOGUES, loadLanguage } from '../../src/i18n/language.js';
import { english, say } from '../../src/i18n/text.js';

/** Buttons with their labels in English. */
const buttons = (actions: CellAction[]) => actions.map((a) => ({ ...a, label: english(a.label) }));

beforeAll(() => Promise.all([loadLanguage('de'), loadLanguage('fr')]));

describe('SseParser', () => {
  test('data events and comments, whatever the chunking and line endings', () => {
    const wire = 'data: {"phase": "waiting"}\n\n:keepalive\n\ndata: a\ndata: b\r\n\r\nevent: x\nid: 3\nretry: 10\ndata:c\r\rdata: tail';
    for (const size of [1, 2, 3, 7, wire.length]) {
      const p = new SseParser();
      const items = [];
      for (let i = 0; i < wire.length; i += size) items.push(...p.push(wire.slice(i, i + size)));
      expect(items).toEqual([
        { kind: 'data', data: '{"phase": "waiting"}' },
        { kind: 'comment', text: 'keepalive' },
        { kind: 'data', data: 'a\nb' },
        { kind: 'data', data: 'c' },
      ]);
    }
  });
});

describe('PhaseTracker', () => {
  const run = (events: unknown[]) => {
    const seen: Progress[] = [];
    const t = new PhaseTracker((p) => seen.push(p));
    const outcomes = events.map((e) => t.event(e));
    return { seen, outcomes, t };
  };

  test('phases are lower-cased, move the bar forward, and every message is a log line', () => {
    const { seen } = run([
      { phase: 'Waiting', message: 'Waiting for build to start...\n' },
      { message: 'Picked Git content provider.\n' },
      { phase: 'unknown', message: 'not json' },
      { message: 'Step 1/4 : FROM x', phase: 'building' },
      { message: 'Step 4/4 : CMD y', phase: 'building' },
      { phase: 'Pending' },
      { phase: 'built', message: 'Built image, launching...\n' },
    ]);
    expect(seen.map((p) => english(p.phase))).toEqual(['waiting', 'waiting', 'waiting', 'building', 'building', 'built']);
    expect(seen.map((p) => p.log)).toEqual([
      'Waiting for build to start...\n',
      'Picked Git content provider.\n',
      'not json',
      'Step 1/4 : FROM x',
      'Step 4/4 : CMD y',
      'Built image, launching...\n',
    ]);
    const fractions = seen.map((p) => p.fraction!);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions[3]).toBeGreaterThan(0.15);
    expect(fractions[4]).toBeCloseTo(0.7);
    expect(seen[3]!.message).toBe('Step 1/4 : FROM x');
  });

  test('ready gives the URL (with its trailing slash) and the token', () => {
    const { outcomes } = run([{ phase: 'ready', url: 'https://hub.example.org/user/x', token: 't0k' }]);
    expect(outcomes[0]).toEqual({ ready: { url: 'https://hub.example.org/user/x/', token: 't0k' } });
  });

  test('a ready without url (build_only) is a failure, not a crash', () => {
    const { outcomes } = run([{ phase: 'ready', imageName: 'x', message: 'Done! Image built\n' }]);
    expect(outcomes[0]).toMatchObject({ failed: { phase: 'ready', noServer: true } });
    const e = buildFailed(binderTarget({ repo: 'o/r' }), (outcomes[0] as { failed: BuildFailure }).failed);
    expect(e.message).toBe(
      'The BinderHub at mybinder.org could not launch o/r: It reported the image ready but started no server (its ready event has no url and token).',
    );
    expect(buttons(e.actions)).toEqual([{ label: 'Retry', rerun: true }]);
  });

  test('failed and failure end it with the phase, the status code and the log tail', () => {
    const { outcomes } = run([
      { phase: 'building', message: 'Step 1/2 : RUN pip install\n' },
      { phase: 'building', message: 'ERROR: No matching distribution\n' },
      { phase: 'failed', status_code: 500, message: 'boom\n' },
    ]);
    expect(outcomes[2]).toEqual({
      failed: { phase: 'building', message: 'boom', statusCode: 500, logTail: ['Step 1/2 : RUN pip install', 'ERROR: No matching distribution', 'boom\n'.trim()] },
    });
  });
});

describe('failures explained', () => {
  const target = binderTarget({ repo: 'o/r' });
  const fail = (message: string, extra: { statusCode?: number; phase?: string; logTail?: string[] } = {}) =>
    buildFailed(target, { phase: extra.phase ?? 'connecting', message, statusCode: extra.statusCode, logTail: extra.logTail ?? [] });

  test('a rate limit says when to try again and offers no retry', () => {
    const before = Date.now();
    const e = fail('Rate limit exceeded. Try again in 3600 seconds.', { statusCode: 429 });
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e.message).toContain('mybinder.org is not starting more servers for your network address');
    expect(e.message).toContain('Rate limit exceeded');
    expect(english(e.hint)).toMatch(/^Try again after \d{1,2}:\d{2}.* \(in 60 minutes\)/);
    expect(e.actions).toEqual([]);
    expect((e as RateLimitError).until).toBeGreaterThanOrEqual(before + 3600_000);
    // Each language says the time of day and the minutes its own way.
    const time = new Intl.DateTimeFormat('de', { hour: '2-digit', minute: '2-digit' }).format((e as RateLimitError).until);
    expect(say(CATALOGUES.de!, e.hint)).toContain(`ab ${time} Uhr erneut (in 60 Minuten)`);
    expect(say(CATALOGUES.fr!, e.hint)).toContain('(dans 60 minutes)');
  });

  test('the end of a rate limit: x-ratelimit-reset, then Retry-After, then the message, then a fallback', () => {
    const now = 1_000_000_000_000;
    expect(rateLimitEnd({ reset: String(now / 1000 + 90) }, 600, now)).toBe(now + 90_000);
    expect(rateLimitEnd({ retryAfter: '120' }, 600, now)).toBe(now + 120_000);
    expect(rateLimitEnd({ retryAfter: new Date(now + 30_000).toUTCString() }, 600, now)).toBe(now + 30_000);
    expect(rateLimitEnd({ message: 'Rate limit exceeded. Try again in 3600 seconds.' }, 600, now)).toBe(now + 3600_000);
    expect(rateLimitEnd({}, 600, now)).toBe(now + 600_000);
  });

  test('a failed build names the phase, the failure and the last lines of the log', () => {
    const e = fail("The command '/bin/sh -c pip install' returned a non-zero code: 1", {
      phase: 'building',
      logTail: ['Step 5/6 : RUN pip install', 'ERROR: No matching distribution found for nosuchpkg==9.9', "The command '/bin/sh -c pip install' returned a non-zero code: 1"],
    });
    expect(e.code).toBe('binder-build-failed');
    expect(e.message).toBe("The Binder build of o/r failed while building: The command '/bin/sh -c pip install' returned a non-zero code: 1");
    expect(english(e.hint)).toBe(
      'The build log ends with: “Step 5/6 : RUN pip install” “ERROR: No matching distribution found for nosuchpkg==9.9”. ' +
        'The repository’s environment (requirements.txt, environment.yml…) must be fixed by its author; the whole log is under Log.',
    );
    expect(say(CATALOGUES.de!, e.hint)).toContain('„ERROR: No matching distribution found for nosuchpkg==9.9“');
    expect(e.actions).toEqual([]);
  });

  test('a build pod that failed without a message is explained by its log', () => {
    const e = fail('', { phase: 'building', logTail: ['ERROR: disk full'] });
    expect(e.message).toBe('The Binder build of o/r failed while building: ERROR: disk full');
    const bare = fail('', { phase: 'fetching' });
    expect(bare.message).toBe('The Binder build of o/r failed while fetching: the build log says why');
    expect(english(bare.hint)).toBe('The repository’s environment (requirements.txt, environment.yml…) must be fixed by its author; the whole log is under Log.');
  });

  test.each([
    ['No provider found for prefix gx', undefined, 'does not know the provider', false],
    ['Could not resolve ref for gh:o/r/nope. Double check your URL and that your repo is public.', undefined, 'Binder could not find o/r', false],
    ['Spec is not of the form "user/repo/ref", provided: "o".', undefined, 'cannot read the repository', false],
    ['Too many users running https://github.com/o/r! Try again soon.', undefined, 'is full for now', true],
    ['Sorry, o/r/HEAD is not allowed to launch. Please contact admins for more info!', undefined, 'does not allow o/r', false],
    ['Invalid build token', 403, 'refused to launch o/r', false],
    ['Missing Accept header: text/event-stream', 400, 'rejected the request', false],
    ['Failed to launch image x', 500, 'could not start a server for o/r', true],
  ])('%s', (message, statusCode, says, retry) => {
    const e = fail(message, { statusCode });
    expect(e.message).toContain(says);
    expect(e.hint).not.toBe('');
    expect(e.actions.length > 0).toBe(retry);
  });
});
