// SPDX-License-Identifier: BSD-3-Clause
/**
 * Jobe's REST API as the page speaks it (Jobe's `restapi/languages` and `restapi/runs`, or a
 * proxy with the same contract): every way a request can fail becomes a {@link CellError}
 * that says what failed and what to do.
 *
 * @packageDocumentation
 */
import { msg } from '../../i18n/ref.js';
import { CellError } from '../types.js';
import './catalogue.js'; // this backend's messages, in every language

/** Jobe's answer to a run (`run_id` is always null for immediate runs). */
export interface JobeResult {
  outcome: number;
  cmpinfo: string;
  stdout: string;
  stderr: string;
}

export interface RunSpec {
  language_id: string;
  sourcecode: string;
  input?: string;
  parameters?: { cputime?: number; memorylimit?: number };
}

/**
 * The largest program a page sends (characters). Jobe takes what PHP lets through (8 MB of
 * POST body by default, and then fails with a server exception); a proxy takes less. A cell
 * that big is a mistake, said before anything is sent.
 */
export const MAX_SOURCE_CHARS = 200_000;
/** The largest standard input a page sends, for the same reason. */
export const MAX_INPUT_CHARS = 200_000;

const REACH_HINT = msg('jobeReachHint');

/** The languages the server runs (`[["c","12.2.0"], …]`), as ids. */
export async function fetchLanguages(root: string, signal?: AbortSignal): Promise<string[]> {
  const response = await request(root, 'languages', { signal });
  const body = await readJson(root, response);
  if (!Array.isArray(body) || !body.every((l) => Array.isArray(l) && typeof l[0] === 'string')) {
    throw new CellError(msg('jobeNotLanguageList', root), msg('jobeNotLanguageListHint'), 'jobe-not-jobe');
  }
  return (body as [string, string][]).map((l) => l[0]);
}

/** Send one run; resolves with Jobe's result, rejects with a CellError (or an AbortError). */
export async function submitRun(root: string, spec: RunSpec, signal?: AbortSignal): Promise<JobeResult> {
  const response = await request(root, 'runs', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'application/json' },
    body: JSON.stringify({ run_spec: spec }),
    signal,
  });
  const body = await readJson(root, response);
  if (typeof body !== 'object' || body === null || typeof (body as JobeResult).outcome !== 'number') {
    throw new CellError(msg('jobeNotRunResult', root), REACH_HINT, 'jobe-not-jobe');
  }
  const r = body as Partial<JobeResult> & { outcome: number };
  return { outcome: r.outcome, cmpinfo: r.cmpinfo ?? '', stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

async function request(root: string, path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    // The session cookie goes along to a proxy on the page's own site (Moodle's jobe.php).
    response = await fetch(new URL(path, root), { ...init, credentials: 'same-origin' });
  } catch (e) {
    if (init.signal?.aborted) throw e;
    throw new CellError(msg('jobeUnreachable', root), REACH_HINT, 'jobe-unreachable');
  }
  if (response.ok) return response;
  throw await httpError(root, response);
}

/** A refused request: Jobe's own message (a JSON string) where it gave one, shown as it came. */
async function httpError(root: string, response: Response): Promise<CellError> {
  const text = await response.text().catch(() => '');
  let said = text.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'string') said = parsed;
    else if (parsed && typeof (parsed as { error?: unknown }).error === 'string') said = (parsed as { error: string }).error;
  } catch {
    // Not JSON: an HTML error page, shown only as its status.
    said = '';
  }
  said = said.slice(0, 300);
  const status = response.status;
  if (status === 401) {
    // The site's proxy (Moodle's jobe.php) runs code for signed-in users only.
    return new CellError(msg('jobeSignIn'), msg('jobeSignInHint'), 'jobe-sign-in');
  }
  if (status === 403) {
    return new CellError(msg('jobeRefused', status, said), msg('jobeRefusedHint'), 'jobe-refused');
  }
  if (status === 413) {
    return new CellError(msg('jobeTooLarge', said), msg('jobeTooLargeHint'), 'jobe-too-large');
  }
  if (status === 429) {
    return new CellError(msg('jobeRateLimited', said), msg('jobeRateLimitedHint'), 'jobe-rate-limited');
  }
  if (status === 404) {
    return new CellError(msg('jobeNoApi', root, response.url.slice(root.length)), msg('jobeNoApiHint'), 'jobe-not-jobe');
  }
  if (status === 400) {
    return new CellError(msg('jobeRejected', said), msg('jobeRejectedHint'), 'jobe-rejected');
  }
  return new CellError(msg('jobeServerFailed', root, status, said), msg('jobeServerFailedHint'), 'jobe-server-error');
}

async function readJson(root: string, response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new CellError(msg('jobeNotJson', root), REACH_HINT, 'jobe-not-jobe');
  }
}
