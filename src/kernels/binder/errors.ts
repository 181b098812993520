// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the reader is told when a Binder launch fails: what failed, and what to do. Network
 * trouble offers a Retry button (the reader's click, never a loop); a rate limit says when
 * to try again and offers none (PROTOCOL.md §9: a reconnect is a new launch, and it counts).
 *
 * @packageDocumentation
 */
import { CellError, type CellAction } from '../types.js';
import { msg, type MessageRef, type Text } from '../../i18n/ref.js';
import type { BinderTarget } from './spec.js';
import { providerHint } from './spec.js';
import type { BuildFailure } from './phases.js';
import { BINDER_TAIL_SEPARATOR } from './catalogue.js';

const RETRY: CellAction[] = [{ label: msg('binderRetry'), rerun: true }];

/** A rate limit, with the time before which asking again is pointless. */
export class RateLimitError extends CellError {
  constructor(
    message: Text,
    hint: Text,
    /** Epoch milliseconds. */
    readonly until: number,
    /** What the BinderHub (or the proxy) said, for saying it again later. */
    readonly detail: string,
  ) {
    super(message, hint, 'binder-rate-limit');
  }
}

export const host = (t: BinderTarget) => new URL(t.binderUrl).host;

/**
 * The catalogue's sentences for a stream lost or gone quiet in each phase of the build (each
 * language says "while building owner/repo" its own way), named in full so that the
 * catalogue test sees every key said.
 */
const PHASE_SENTENCES = {
  connecting: ['binderLostConnecting', 'binderSilentConnecting'],
  waiting: ['binderLostWaiting', 'binderSilentWaiting'],
  fetching: ['binderLostFetching', 'binderSilentFetching'],
  building: ['binderLostBuilding', 'binderSilentBuilding'],
  pushing: ['binderLostPushing', 'binderSilentPushing'],
  built: ['binderLostLaunching', 'binderSilentLaunching'],
  launching: ['binderLostLaunching', 'binderSilentLaunching'],
  starting: ['binderLostStarting', 'binderSilentStarting'],
} as const;

function phaseSentences(phase: string) {
  return Object.hasOwn(PHASE_SENTENCES, phase) ? PHASE_SENTENCES[phase as keyof typeof PHASE_SENTENCES] : PHASE_SENTENCES.starting;
}

/** "The connection … was lost while building owner/repo". */
function lostWhile(phase: string, t: BinderTarget): MessageRef {
  return msg(phaseSentences(phase)[0], host(t), t.label);
}

/** "The BinderHub … sent nothing for 50 seconds while building owner/repo…". */
function silentWhile(phase: string, t: BinderTarget, seconds: number): MessageRef {
  return msg(phaseSentences(phase)[1], host(t), t.label, seconds);
}

export function unreachable(t: BinderTarget): CellError {
  return new CellError(msg('binderUnreachable', host(t)), msg('binderUnreachableHint'), 'binder-unreachable', RETRY);
}

export function streamLost(t: BinderTarget, phase: string): CellError {
  return new CellError(lostWhile(phase, t), msg('binderLostHint'), 'binder-stream-lost', RETRY);
}

export function silent(t: BinderTarget, phase: string, seconds: number): CellError {
  return new CellError(silentWhile(phase, t, seconds), msg('binderSilentHint'), 'binder-stream-silent', RETRY);
}

export function httpStatus(t: BinderTarget, status: number, statusText: string): CellError {
  return new CellError(msg('binderHttpStatus', host(t), status, statusText), msg('binderHttpStatusHint'), 'binder-http', RETRY);
}

export function notABinderHub(t: BinderTarget, contentType: string): CellError {
  return new CellError(msg('binderNotBinderHub', t.binderUrl, contentType), msg('binderNotBinderHubHint'), 'binder-not-binderhub');
}

export function rateLimited(t: BinderTarget, until: number, detail: string, now = Date.now()): RateLimitError {
  // "Try again after 15:42 (in 60 minutes)": the time of day and the minutes, said in the reader's language.
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  return new RateLimitError(msg('binderRateLimited', host(t), detail), msg('binderRateLimitedHint', until, minutes), until, detail);
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
  if (f.noServer) {
    return new CellError(msg('binderReadyNoServer', where, t.label), msg('binderFailedHint'), 'binder-failed', RETRY);
  }
  if (/^No provider found for prefix/.test(said)) {
    return new CellError(msg('binderProviderUnknown', where, t.provider), providerHint(), 'binder-provider');
  }
  if (/^(Could not resolve ref|Error resolving ref)/.test(said)) {
    return new CellError(msg('binderRefNotFound', t.label, said), msg('binderRefNotFoundHint'), 'binder-ref');
  }
  if (/^Spec is not of the form|^Unsupported git url|unresolved_ref|not recognized|^Unexpected/.test(said)) {
    return new CellError(msg('binderRepoUnreadable', where, t.label, said), msg('binderRepoUnreadableHint'), 'binder-repo');
  }
  if (/not allowed to launch/.test(said)) {
    return new CellError(msg('binderNotAllowed', where, t.label, said), msg('binderAskAdminsHint'), 'binder-banned');
  }
  if (/^Too many users/.test(said)) {
    return new CellError(msg('binderFull', where, said), msg('binderFullHint'), 'binder-full', RETRY);
  }
  if (f.statusCode === 403) {
    return new CellError(msg('binderForbidden', where, t.label, said), msg('binderAskAdminsHint'), 'binder-forbidden');
  }
  if (f.statusCode === 400) {
    return new CellError(msg('binderRejected', where, t.label, said), msg('binderRejectedHint'), 'binder-rejected');
  }
  if (f.statusCode && f.statusCode >= 500) {
    return new CellError(
      msg('binderLaunchFailed', where, t.label, said || `HTTP ${f.statusCode}`),
      msg('binderLaunchFailedHint'),
      'binder-launch-failed',
      RETRY,
    );
  }
  if (['waiting', 'fetching', 'building', 'pushing'].includes(f.phase)) {
    // A build that failed: its log explains why; show its last lines. No reason at all: the
    // message says the build log has it.
    const tail = f.logTail.filter((l) => l !== said).slice(-3);
    const reason = said || tail[tail.length - 1] || '';
    return new CellError(buildFailedWhile(f.phase, t.label, reason), msg('binderBuildFailedHint', tail.join(BINDER_TAIL_SEPARATOR)), 'binder-build-failed');
  }
  return new CellError(msg('binderFailed', where, t.label, said), msg('binderFailedHint'), 'binder-failed', RETRY);
}

/** "The Binder build of owner/repo failed while building: …", for each phase a build can fail in. */
function buildFailedWhile(phase: string, label: string, reason: string): MessageRef {
  switch (phase) {
    case 'waiting':
      return msg('binderBuildFailedWaiting', label, reason);
    case 'fetching':
      return msg('binderBuildFailedFetching', label, reason);
    case 'pushing':
      return msg('binderBuildFailedPushing', label, reason);
    default:
      return msg('binderBuildFailedBuilding', label, reason);
  }
}
