#!/usr/bin/env node
// SPDX-License-Identifier: BSD-3-Clause
/**
 * JupyterHub through Moodle, under load (README, "JupyterHub"): N readers (`--users N`, default
 * 50, at most 50) sign in through the real Moodle 4.5.6's login form (test/servers/moodle.mjs)
 * and ask the plugin's token.php at once for a token for their own server on a real hub on
 * loopback (test/servers/hub.mjs): each first answer includes the spawn of that reader's
 * server; then every reader asks `--rounds` more times (default 3) with every server running.
 * Bounded and loopback only: the readers are Moodle students and system users loadNN (the
 * hub's local spawner needs them), all servers are stopped at the end.
 *
 *   node bench/hub-moodle.mjs [--users N] [--rounds R]
 */
import { ensureSystemUsers } from './lib/system-users.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { median, p95, fmt, table } from './lib/stats.mjs';
import { startHub } from '../test/servers/hub.mjs';
import { startMoodle } from '../test/servers/moodle.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const USERS = Math.max(1, Math.min(50, arg('--users', 50)));
const ROUNDS = Math.max(1, Math.min(10, arg('--rounds', 3)));
const PASSWORD = 'Load-Student-1!';
const ms = (x) => `${fmt(x, 0)} ms`;

/** A reader's own cookie jar: Moodle's session cookie, kept across redirects. */
function jar() {
  let cookie = '';
  return async (url, init = {}) => {
    for (let hop = 0; hop < 10; hop++) {
      const r = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) } });
      const set = r.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => c.startsWith('MoodleSession'));
      if (set.length) cookie = set.at(-1);
      const next = r.headers.get('location');
      if (r.status >= 300 && r.status < 400 && next) {
        url = new URL(next, url).href;
        init = {};
        continue;
      }
      return r;
    }
    throw new Error(`too many redirects from ${url}`);
  };
}

/** Sign in through the login form; resolves with the reader's fetch and the page's token URL. */
async function signIn(moodleUrl, username, pageUrl) {
  const get = jar();
  const form = await (await get(`${moodleUrl}/login/index.php`)).text();
  const logintoken = /name="logintoken" value="([^"]+)"/.exec(form)?.[1] ?? '';
  const body = new URLSearchParams({ username, password: PASSWORD, logintoken, anchor: '' });
  await get(`${moodleUrl}/login/index.php`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const page = await (await get(pageUrl)).text();
  const tokenUrl = /data-token-url="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
  if (!tokenUrl) throw new Error(`${username}: no data-token-url on the course page (not signed in?)`);
  return { get, tokenUrl: new URL(tokenUrl, moodleUrl).href };
}

/** Ask token.php once, reading its NDJSON to the end; resolves with the time it took. */
async function askToken(reader) {
  const t = performance.now();
  const r = await reader.get(reader.tokenUrl, { method: 'POST' });
  const text = await r.text();
  if (!text.includes('"token"')) throw new Error(`no token (HTTP ${r.status}): ${text.slice(0, 300)}`);
  return performance.now() - t;
}

const hub = await startHub();
const moodle = await startMoodle();
const names = Array.from({ length: USERS }, (_, i) => `load${String(i + 1).padStart(2, '0')}`);
const rows = [];
const results = { users: USERS, rounds: ROUNDS };
try {
  ensureSystemUsers(names);
  for (const n of names) await moodle.student(n, PASSWORD);
  const pageUrl = await moodle.page('hubload', '<p>[jupyter]print(1)[/jupyter]</p>');
  await moodle.exclusively(async () => {
    // Enough requests a minute for the rounds below (the plugin's default is 10 a reader).
    await moodle.configure({ huburl: hub.url, hubservicetoken: hub.serviceToken, hubusertemplate: '{username}', hubratelimit: String(ROUNDS + 5) });
    const readers = await Promise.all(names.map((n) => signIn(moodle.url, n, pageUrl)));
    const t0 = performance.now();
    const spawns = await Promise.allSettled(readers.map(askToken));
    const firstWave = (performance.now() - t0) / 1000;
    const ok = spawns.filter((s) => s.status === 'fulfilled').map((s) => s.value);
    const failed = spawns.filter((s) => s.status === 'rejected').map((s) => String(s.reason.message).slice(0, 160));
    results.spawn = { ok: ok.length, failed: failed.length, median: median(ok), p95: p95(ok), max: Math.max(...ok), seconds: firstWave, failures: failed.slice(0, 5) };
    rows.push([`${USERS} readers at once, servers stopped: token (with the spawn) median / p95 / max`, `${ms(median(ok))} / ${ms(p95(ok))} / ${ms(Math.max(...ok))}`]);
    rows.push(['  of which answered with a token / failed', `${ok.length} / ${failed.length}`]);
    const running = readers.filter((_, i) => spawns[i].status === 'fulfilled');
    const t1 = performance.now();
    const times = (await Promise.all(running.map(async (reader) => {
      const each = [];
      for (let i = 0; i < ROUNDS; i++) each.push(await askToken(reader));
      return each;
    }))).flat();
    const perSecond = times.length / ((performance.now() - t1) / 1000);
    results.running = { tokens: times.length, perSecond, median: median(times), p95: p95(times) };
    rows.push([`${running.length} readers × ${ROUNDS}, servers running: tokens per second`, fmt(perSecond, 1)]);
    rows.push(['  one call, median / p95', `${ms(median(times))} / ${ms(p95(times))}`]);
    if (failed.length) console.error(`failures (first 5):\n${failed.slice(0, 5).join('\n')}`);
  });
} finally {
  for (const n of names) await hub.api('DELETE', `users/${n}/server`).catch(() => {});
  await hub.stop();
}
const out = `\n## JupyterHub through Moodle's token.php (loopback, php -S with ${process.env.MOODLE_WEB_WORKERS ?? 4} workers)\n\n${table(['measure', 'result'], rows)}\n`;
console.log(out);
await mkdir('bench/results', { recursive: true });
await writeFile(`bench/results/hub-moodle-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(results, null, 2));
