// SPDX-License-Identifier: BSD-3-Clause
/**
 * A live Binder server for a build URL, at the smallest cost to the BinderHub: the one this
 * origin remembers, if the probe says it is alive; else, holding the cross-tab lock, the one
 * another tab has just remembered; else a launch, remembered for every other tab and reload.
 * A remembered rate limit is answered at once, without asking the BinderHub again.
 *
 * @packageDocumentation
 */
import type { Progress } from '../types.js';
import { msg } from '../../i18n/ref.js';
import type { BinderTarget } from './spec.js';
import { launch, type LaunchedServer } from './launch.js';
import { RateLimitError, rateLimited } from './errors.js';
import { withLaunchLock } from './lock.js';
import * as store from './store.js';
import './catalogue.js'; // this backend's messages, in every language

/** How long a remembered server may take to reach this tab from the one that launched it. */
const STORAGE_SETTLE_MS = 2_000;

export interface ObtainedServer extends LaunchedServer {
  /** It was running already (remembered by this origin), not launched now. */
  reused: boolean;
}

export interface ObtainOptions {
  /** Give up a build stream silent for this long (see {@link launch}). */
  silenceMs: number;
  probeTimeoutMs?: number;
}

export async function obtainServer(
  target: BinderTarget,
  progress: ((p: Progress) => void) | undefined,
  o: ObtainOptions,
): Promise<ObtainedServer> {
  refuseIfRateLimited(target);
  const saved = store.savedServer(target.key);
  if (saved) {
    progress?.({ phase: msg('binderPhaseConnecting'), message: msg('binderCheckingSaved', target.label) });
    if (await store.probe(saved, o.probeTimeoutMs)) return { url: saved.url, token: saved.token, reused: true };
  }
  const onWait = () =>
    progress?.({ phase: msg('binderPhaseWaiting'), message: msg('binderOtherTab', target.label) });
  return withLaunchLock(target.key, onWait, async (waited) => {
    // Whoever held the lock before us may have launched and remembered a server (or met a
    // rate limit). Chromium hands one tab's localStorage writes to the others a moment
    // later, so after waiting for a tab, give its news a moment to arrive.
    if (waited && !store.savedServer(target.key)) {
      await store.arrival(() => store.savedServer(target.key) ?? store.rateLimit(target.binderUrl), STORAGE_SETTLE_MS);
    }
    const now = store.savedServer(target.key);
    if (now) {
      const same = saved && now.url === saved.url && now.token === saved.token;
      if (!same && (await store.probe(now, o.probeTimeoutMs))) return { url: now.url, token: now.token, reused: true };
      store.forgetServer(target.key, now.url);
    }
    refuseIfRateLimited(target);
    try {
      const server = await launch({ target, progress, silenceMs: o.silenceMs });
      store.saveServer(target.key, server);
      return { ...server, reused: false };
    } catch (e) {
      if (e instanceof RateLimitError) {
        store.rememberRateLimit(target.binderUrl, { until: e.until, detail: e.detail });
      }
      throw e;
    }
  });
}

/** Forget a server found gone (a tab that launched a newer one keeps it). */
export function forgetServer(target: BinderTarget, server: LaunchedServer): void {
  store.forgetServer(target.key, server.url);
}

function refuseIfRateLimited(target: BinderTarget): void {
  const limit = store.rateLimit(target.binderUrl);
  if (limit) throw rateLimited(target, limit.until, limit.detail);
}
