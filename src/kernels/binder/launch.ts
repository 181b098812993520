// SPDX-License-Identifier: BSD-3-Clause
/**
 * One launch: `GET {binder}/build/{provider}/{spec}` with `Accept: text/event-stream`, read to
 * the first `ready` (a server's URL and token) or `failed`, then closed at once
 * (PROTOCOL.md §9).
 *
 * Read with `fetch()` and {@link SseParser} rather than `EventSource`, because EventSource
 * hides what this needs: it never shows comment lines, so BinderHub's `:keepalive` cannot
 * feed a watchdog; it cannot read a status code or a header, so a proxy's HTTP 429 looks
 * like a network error; and it reconnects by itself, and every reconnect is a new launch
 * counted against the rate limit. The request is the same simple CORS GET (only `Accept`,
 * no credentials), and `fetch` follows mybinder.org's 307 to a federation member as
 * EventSource does.
 *
 * @packageDocumentation
 */
import { CellError, type Progress } from '../types.js';
import { msg } from '../../i18n/ref.js';
import type { BinderTarget } from './spec.js';
import { SseParser } from './sse.js';
import { PhaseTracker, type LaunchedServer } from './phases.js';
import * as errors from './errors.js';
import './catalogue.js'; // this backend's messages, in every language

export type { LaunchedServer };

export interface LaunchOptions {
  target: BinderTarget;
  progress?: (p: Progress) => void;
  /**
   * Give up when nothing (no event, no keepalive) arrives for this long. BinderHub sends a
   * keepalive every 25 s, so a build silent for longer has lost its connection.
   */
  silenceMs: number;
  /** Seconds to wait after a bare HTTP 429 whose end nobody said (a proxy in front). */
  proxyRateLimitSeconds?: number;
}

/** Build (or find) the image and start a server; every failure is a {@link CellError}. */
export async function launch(o: LaunchOptions): Promise<LaunchedServer> {
  const { target } = o;
  const tracker = new PhaseTracker(o.progress);
  o.progress?.({ phase: msg('binderPhaseConnecting'), message: msg('binderAsking', errors.host(target), target.label), fraction: 0 });
  const controller = new AbortController();
  let silentFor = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      silentFor = true;
      controller.abort();
    }, o.silenceMs);
  };
  const silence = () => errors.silent(target, tracker.phase, Math.round(o.silenceMs / 1000));

  watch();
  try {
    let response: Response;
    try {
      response = await fetch(target.buildUrl, {
        // Exactly this header: a CORS-safelisted request, no preflight (the mybinder.org
        // redirector has no OPTIONS handler), and BinderHub splits Accept on ';' only.
        headers: { Accept: 'text/event-stream' },
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch {
      throw silentFor ? silence() : errors.unreachable(target);
    }
    if (response.status === 429) {
      // Not BinderHub (it reports its limit inside an HTTP 200 stream): something in front of it.
      const until = errors.rateLimitEnd(
        { reset: response.headers.get('x-ratelimit-reset'), retryAfter: response.headers.get('retry-after') },
        o.proxyRateLimitSeconds ?? 600,
      );
      throw errors.rateLimited(target, until, 'HTTP 429 Too Many Requests');
    }
    if (!response.ok) throw errors.httpStatus(target, response.status, response.statusText);
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('text/event-stream') || !response.body) throw errors.notABinderHub(target, type.split(';')[0]!);

    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch {
        throw silentFor ? silence() : errors.streamLost(target, tracker.phase);
      }
      if (chunk.done) break;
      // Any byte counts as life, keepalive comments included.
      watch();
      for (const item of parser.push(chunk.value)) {
        if (item.kind !== 'data') continue;
        const outcome = tracker.event(parseJson(item.data));
        if (!outcome) continue;
        if ('ready' in outcome) return outcome.ready;
        throw errors.buildFailed(target, outcome.failed, response.headers.get('x-ratelimit-reset'));
      }
    }
    // BinderHub ends every launch with a ready or failed event, so a stream that ends without
    // one was cut. (WebKit reports a connection cut in the middle of a chunked response as a
    // plain end of the stream, where Chromium and Firefox report an error.)
    throw errors.streamLost(target, tracker.phase);
  } catch (e) {
    throw e instanceof CellError ? e : errors.streamLost(target, tracker.phase);
  } finally {
    clearTimeout(timer);
    // Close the stream now: after `ready` BinderHub keeps it open for 60 s, and after a failed
    // build for ever (builder.py L552-628).
    controller.abort();
  }
}

/** A `data:` payload; what is not JSON is kept as text (a log line). */
function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
