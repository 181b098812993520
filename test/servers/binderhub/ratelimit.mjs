// SPDX-License-Identifier: BSD-3-Clause
/**
 * BinderHub's per-IP rate limit: a fixed window that starts at the first request and counts
 * every `/build` request, cached images included (binderhub:binderhub/ratelimit.py L29-96).
 * The default is BinderHub's: 10 requests per 3600 s; a limit of 0 turns it off.
 */
export class RateLimiter {
  /** @type {Map<string, { remaining: number, reset: number }>} */
  #limits = new Map();

  /** @param {() => { limit: number, periodSeconds: number }} settings read on every request */
  constructor(settings) {
    this.settings = settings;
  }

  /**
   * Count one request from `key`.
   * @returns {{ remaining: number, reset: number, limit: number } | { exceeded: true, periodSeconds: number } | null}
   *   null when no limit is set
   */
  increment(key) {
    const { limit, periodSeconds } = this.settings();
    if (!limit) return null;
    const now = Math.floor(Date.now() / 1000);
    let entry = this.#limits.get(key);
    if (!entry || entry.reset < now) {
      entry = { remaining: limit, reset: now + periodSeconds };
      this.#limits.set(key, entry);
    }
    // "keep decrementing, so we have a track of excess requests" (ratelimit.py L86-88)
    entry.remaining -= 1;
    if (entry.remaining < 0) return { exceeded: true, periodSeconds };
    return { remaining: entry.remaining, reset: entry.reset, limit };
  }
}
