// SPDX-License-Identifier: BSD-3-Clause
/**
 * BinderHub's build events read as progress for the cell: the phase (lower-cased, as
 * BinderHub's own client and Thebe do), a short message, how far along it is, and every
 * message as a line of the build log. Phases it does not know (`unknown`, events without a
 * phase) are log lines only. `ready`, `failed` and repo2docker's `failure` end the launch.
 *
 * @packageDocumentation
 */
import type { Progress } from '../types.js';
import { msg, type MessageRef, type Text } from '../../i18n/ref.js';
import './catalogue.js'; // this backend's messages, in every language

export interface LaunchedServer {
  /** The Jupyter server's base URL, ending in `/`. */
  url: string;
  token: string;
}

export interface BuildFailure {
  /** The phase the build was in when it failed (`building`, `launching`…). */
  phase: string;
  message: string;
  /** Set on the errors BinderHub raises as HTTP errors (400, 403, 429, 500). */
  statusCode?: number;
  /** The last lines of the build log. */
  logTail: string[];
  /** BinderHub said `ready` but named no server to use (`message` says so, in English, for the console). */
  noServer?: boolean;
}

export type Outcome = { ready: LaunchedServer } | { failed: BuildFailure } | null;

/** Where each phase starts on the progress bar; `building` fills the middle by Dockerfile step. */
const FRACTION: Record<string, number> = {
  waiting: 0.02,
  fetching: 0.08,
  building: 0.15,
  pushing: 0.72,
  built: 0.8,
  launching: 0.85,
  ready: 1,
};
const BUILDING_END = 0.7;
const TAIL = 8;

/** Each phase as the progress bar names it (BinderHub's own names, in the reader's language). */
const NAME: Record<string, MessageRef> = {
  connecting: msg('binderPhaseConnecting'),
  waiting: msg('binderPhaseWaiting'),
  fetching: msg('binderPhaseFetching'),
  building: msg('binderPhaseBuilding'),
  pushing: msg('binderPhasePushing'),
  built: msg('binderPhaseBuilt'),
  launching: msg('binderPhaseLaunching'),
  ready: msg('binderPhaseReady'),
};

/** A phase's name for the progress bar; one this file does not know is shown as BinderHub spelled it. */
const phaseName = (phase: string): Text => (Object.hasOwn(NAME, phase) ? NAME[phase]! : phase);

export class PhaseTracker {
  phase = 'connecting';
  #current: Progress = { phase: phaseName('connecting') };
  #tail: string[] = [];
  #report: (p: Progress) => void;

  constructor(report: (p: Progress) => void = () => {}) {
    this.#report = report;
  }

  /** Take one decoded `data:` payload; returns how the launch ended, or null while it goes on. */
  event(data: unknown): Outcome {
    if (!data || typeof data !== 'object') {
      this.#log(String(data));
      return null;
    }
    const e = data as Record<string, unknown>;
    const phase = typeof e.phase === 'string' ? e.phase.toLowerCase() : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (phase === 'ready') {
      if (typeof e.url === 'string' && typeof e.token === 'string' && /^https?:\/\//.test(e.url)) {
        this.phase = 'ready';
        this.#show({ phase: phaseName('ready'), message: msg('binderServerRunning'), fraction: 1 }, message);
        return { ready: { url: e.url.endsWith('/') ? e.url : e.url + '/', token: e.token } };
      }
      return {
        failed: {
          phase: 'ready',
          message: 'It reported the image ready but started no server (its ready event has no url and token).',
          logTail: this.#tail.slice(),
          noServer: true,
        },
      };
    }
    if (phase === 'failed' || phase === 'failure') {
      if (message) this.#log(message);
      const statusCode = typeof e.status_code === 'number' ? e.status_code : undefined;
      return { failed: { phase: this.phase, message: message.trim(), statusCode, logTail: this.#tail.slice() } };
    }
    if (phase in FRACTION) {
      this.phase = phase;
      this.#show({ phase: phaseName(phase), message: summary(message) || this.#current.message, fraction: this.#fraction(phase, message) }, message);
    } else if (message) {
      this.#show(this.#current, message);
    }
    return null;
  }

  #fraction(phase: string, message: string): number {
    let f = FRACTION[phase]!;
    const step = /^Step (\d+)\/(\d+)/.exec(message);
    if (phase === 'building' && step) f += (BUILDING_END - f) * (Number(step[1]) / Number(step[2]));
    return Math.max(f, this.#current.fraction ?? 0);
  }

  #show(p: Progress, log: string): void {
    this.#current = { phase: p.phase, message: p.message, fraction: p.fraction };
    if (log) this.#log(log);
    this.#report(log ? { ...this.#current, log } : { ...this.#current });
  }

  #log(line: string): void {
    const text = line.trim();
    if (!text) return;
    this.#tail.push(text);
    if (this.#tail.length > TAIL) this.#tail.shift();
  }
}

/** The first line of a message, short enough for the cell's progress line. */
function summary(message: string): string | undefined {
  const line = message.split(/[\r\n]/).find((l) => l.trim())?.trim();
  if (!line) return undefined;
  return line.length > 120 ? line.slice(0, 119) + '…' : line;
}
