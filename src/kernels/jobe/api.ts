// SPDX-License-Identifier: BSD-3-Clause
/**
 * Jobe's REST API as the page speaks it (Jobe's `restapi/languages` and `restapi/runs`, or a
 * proxy with the same contract): every way a request can fail becomes a {@link CellError}
 * that says what failed and what to do.
 *
 * @packageDocumentation
 */
import { CellError } from '../types.js';

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

const REACH_HINT =
  'Check that the Jobe server is running. Stock Jobe sends no CORS headers, so a page on another site cannot read its answers: ' +
  'the site needs a Jobe proxy (the Moodle plugin has one), or Jobe configured to allow this page’s origin.';

/** The languages the server runs (`[["c","12.2.0"], …]`), as ids. */
export async function fetchLanguages(root: string, signal?: AbortSignal): Promise<string[]> {
  const response = await request(root, 'languages', { signal });
  const body = await readJson(root, response);
  if (!Array.isArray(body) || !body.every((l) => Array.isArray(l) && typeof l[0] === 'string')) {
    throw new CellError(
      `${root}languages did not answer with Jobe’s list of languages.`,
      'Check the cell’s server (or the page’s data-jobe-url): it must be Jobe’s REST root, such as https://jobe.example.edu/jobe/index.php/restapi/.',
      'jobe-not-jobe',
    );
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
    throw new CellError(`The Jobe server at ${root} gave an answer that is not a run result.`, REACH_HINT, 'jobe-not-jobe');
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
    throw new CellError(`Could not reach the Jobe server at ${root}.`, REACH_HINT, 'jobe-unreachable');
  }
  if (response.ok) return response;
  throw await httpError(root, response);
}

/** A refused request: Jobe's own message (a JSON string) where it gave one. */
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
    return new CellError('Sign in to run this code.', 'Your code stays in this cell: sign in (in another tab, or reload this page after signing in), then press Run.', 'jobe-sign-in');
  }
  if (status === 403) {
    return new CellError(
      `The Jobe server refused to run this code (${status}${said ? `: ${said}` : ''}).`,
      'If the page asks you to sign in, sign in and run the cell again; otherwise tell the page’s author.',
      'jobe-refused',
    );
  }
  if (status === 413) {
    return new CellError(
      `The program or its input is too large for the Jobe server${said ? ` (${said})` : ''}.`,
      'Make the program or its input smaller.',
      'jobe-too-large',
    );
  }
  if (status === 429) {
    return new CellError(
      `Too many runs in a short time${said ? ` (${said})` : ''}.`,
      'Wait a minute, then run the cell again.',
      'jobe-rate-limited',
    );
  }
  if (status === 404) {
    return new CellError(
      `${root} has no Jobe REST API (404 for ${response.url.slice(root.length) || 'the request'}).`,
      'Check the cell’s server (or the page’s data-jobe-url): Jobe’s REST root ends in /jobe/index.php/restapi/.',
      'jobe-not-jobe',
    );
  }
  if (status === 400) {
    return new CellError(`The Jobe server rejected the run: ${said || 'bad request'}.`, 'Check the cell’s language and limits.', 'jobe-rejected');
  }
  return new CellError(
    `The Jobe server at ${root} failed (HTTP ${status}${said ? `: ${said}` : ''}).`,
    'Try again in a minute; if it keeps failing, tell the site’s administrator.',
    'jobe-server-error',
  );
}

async function readJson(root: string, response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new CellError(`The Jobe server at ${root} answered with something that is not JSON.`, REACH_HINT, 'jobe-not-jobe');
  }
}
