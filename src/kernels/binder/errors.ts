// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the reader is told when a Binder launch fails: what failed, and what to do. Network
 * trouble offers a Retry button (the reader's click, never a loop); a rate limit says when
 * to try again and offers none (PROTOCOL.md §9: a reconnect is a new launch, and it counts).
 *
 * @packageDocumentation
 */
import { CellError, type CellAction } from '../types.js';
import type { BinderTarget } from './spec.js';
import { providerHint } from './spec.js';
import type { BuildFailure } from './phases.js';

const RETRY: CellAction[] = [{ label: 'Retry', rerun: true }];

/** A rate limit, with the time before which asking again is pointless. */
export class RateLimitError extends CellError {
  constructor(
    message: string,
    hint: string,
    /** Epoch milliseconds. */
    readonly until: number,
    /** What the BinderHub (or the proxy) said, for saying it again later. */
    readonly detail: string,
  ) {
    super(message, hint, 'binder-rate-limit');
  }
}

export const host = (t: BinderTarget) => new URL(t.binderUrl).host;

/** "while building owner/repo" */
function during(phase: string, t: BinderTarget): string {
  const doing: Record<string, string> = {
    connecting: 'asking it to start',
    waiting: 'waiting to build',
    fetching: 'fetching',
    building: 'building',
    pushing: 'saving the image of',
    built: 'starting a server for',
    launching: 'starting a server for',
  };
  return `while ${doing[phase] ?? 'starting'} ${t.label}`;
}

export function unreachable(t: BinderTarget): CellError {
  return new CellError(
    `Could not reach the BinderHub at ${host(t)}.`,
    'Check your network connection and the cell’s binder-url, then press Retry.',
    'binder-unreachable',
    RETRY,
  );
}

export function streamLost(t: BinderTarget, phase: string): CellError {
  return new CellError(
    `The connection to the BinderHub at ${host(t)} was lost ${during(phase, t)}.`,
    'Check your network, then press Retry: BinderHub picks up where it left off (an image it finished is found at once).',
    'binder-stream-lost',
    RETRY,
  );
}

export function silent(t: BinderTarget, phase: string, seconds: number): CellError {
  return new CellError(
    `The BinderHub at ${host(t)} sent nothing for ${seconds} seconds ${during(phase, t)}, so the connection was given up.`,
    'The connection was probably dropped on the way. Press Retry to ask again (an image it finished is found at once).',
    'binder-stream-silent',
    RETRY,
  );
}

export function httpStatus(t: BinderTarget, status: number, statusText: string): CellError {
  return new CellError(
    `The BinderHub at ${host(t)} answered HTTP ${status}${statusText ? ` ${statusText}` : ''} instead of starting a build.`,
    'It may be down or overloaded: press Retry in a minute, or try again later.',
    'binder-http',
    RETRY,
  );
}

export function notABinderHub(t: BinderTarget, contentType: string): CellError {
  return new CellError(
    `${t.binderUrl} did not answer like a BinderHub (it sent ${contentType || 'something'} instead of an event stream).`,
    'Check the cell’s binder-url (for example https://mybinder.org/) or the page’s data-binder-url.',
    'binder-not-binderhub',
  );
}

/** "15:42 (in 60 minutes)" */
function when(until: number, now = Date.now()): string {
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  const time = new Date(until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return `${time} (in ${minutes === 1 ? 'a minute' : `${minutes} minutes`})`;
}

export function rateLimited(t: BinderTarget, until: number, detail: string): RateLimitError {
  return new RateLimitError(
    `${host(t)} is not starting more servers for your network address for now: it limits how many it starts per hour (${detail}).`,
    `Try again after ${when(until)}; this page will not ask it again before then. Servers started earlier keep working.`,
    until,
    detail,
  );
}

/**
 * When a rate limit ends: BinderHub's `x-ratelimit-reset` (epoch seconds) or a proxy's
 * `Retry-After` when the page may read them, else "Try again in N seconds" in BinderHub's
 * message (base.py L100-124), else `fallbackSeconds`.
 */
export function rateLimitEnd(
  o: { reset?: string | null; retryAfter?: string | null; message?: string },
  fallbackSeconds: number,
  now = Date.now(),
): number {
  const reset = Number(o.reset);
  if (o.reset && Number.isFinite(reset) && reset * 1000 > now) return reset * 1000;
  if (o.retryAfter) {
    const seconds = Number(o.retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return now + seconds * 1000;
    const date = Date.parse(o.retryAfter);
    if (Number.isFinite(date) && date > now) return date;
  }
  const said = /try again in (\d+) seconds?/i.exec(o.message ?? '');
  if (said) return now + Number(said[1]) * 1000;
  return now + fallbackSeconds * 1000;
}

/** BinderHub's default rate-limit window (binderhub:binderhub/ratelimit.py). */
export const BINDERHUB_PERIOD_SECONDS = 3600;

/** A `failed` (or `failure`) event, explained. */
export function buildFailed(t: BinderTarget, f: BuildFailure, reset?: string | null): CellError {
  const where = host(t);
  const said = f.message.replace(/\s+$/, '');
  if (f.statusCode === 429) {
    return rateLimited(t, rateLimitEnd({ reset, message: said }, BINDERHUB_PERIOD_SECONDS), said.replace(/\.$/, ''));
  }
  if (/^No provider found for prefix/.test(said)) {
    return new CellError(`The BinderHub at ${where} does not know the provider “${t.provider}”.`, providerHint(), 'binder-provider');
  }
  if (/^(Could not resolve ref|Error resolving ref)/.test(said)) {
    return new CellError(
      `Binder could not find ${t.label}: ${said}`,
      'Check the cell’s repo and ref: the repository must be public, and the ref a branch, tag or commit that exists.',
      'binder-ref',
    );
  }
  if (/^Spec is not of the form|^Unsupported git url|unresolved_ref|not recognized|^Unexpected/.test(said)) {
    return new CellError(`The BinderHub at ${where} cannot read the repository “${t.label}”: ${said}`, 'Check the cell’s repo, ref and provider attributes.', 'binder-repo');
  }
  if (/not allowed to launch/.test(said)) {
    return new CellError(`${where} does not allow ${t.label} to be launched: ${said}`, 'Ask its administrators, or use another BinderHub (binder-url).', 'binder-banned');
  }
  if (/^Too many users/.test(said)) {
    return new CellError(`The BinderHub at ${where} is full for now: ${said}`, 'Press Retry in a few minutes.', 'binder-full', RETRY);
  }
  if (f.statusCode === 403) {
    return new CellError(`The BinderHub at ${where} refused to launch ${t.label}: ${said}`, 'Ask its administrators, or use another BinderHub (binder-url).', 'binder-forbidden');
  }
  if (f.statusCode === 400) {
    return new CellError(`The BinderHub at ${where} rejected the request for ${t.label}: ${said}`, 'Check the cell’s binder-url: this BinderHub does not take requests the usual way.', 'binder-rejected');
  }
  if (f.statusCode && f.statusCode >= 500) {
    return new CellError(
      `The BinderHub at ${where} could not start a server for ${t.label}: ${said || `HTTP ${f.statusCode}`}`,
      'It may be busy: press Retry in a few minutes.',
      'binder-launch-failed',
      RETRY,
    );
  }
  if (['waiting', 'fetching', 'building', 'pushing'].includes(f.phase)) {
    // A build that failed: its log explains why; show its last lines.
    const tail = f.logTail.filter((l) => l !== said).slice(-3);
    const reason = said || tail[tail.length - 1] || 'the build log says why';
    return new CellError(
      `The Binder build of ${t.label} failed while ${f.phase === 'building' ? 'building' : f.phase}: ${reason}`,
      `${tail.length ? `The build log ends with: ${tail.map((l) => `“${l}”`).join(' ')}. ` : ''}` +
        'The repository’s environment (requirements.txt, environment.yml…) must be fixed by its author; the whole log is under Log.',
      'binder-build-failed',
    );
  }
  return new CellError(
    `The BinderHub at ${where} could not launch ${t.label}: ${said || 'it gave no reason'}`,
    'Press Retry to try again; if it keeps failing, try later.',
    'binder-failed',
    RETRY,
  );
}
