// SPDX-License-Identifier: BSD-3-Clause
/**
 * The worker's downloads of package wheels, watched. Pyodide fetches each wheel with the
 * global `fetch` and a Subresource Integrity value; a failed check then surfaces as a bare
 * "Failed to fetch", a slow download shows nothing, and a 404 only as "request failed". Here
 * a wheel of the package source is downloaded by us instead, so that:
 *
 * - the cell shows which packages load, their sizes and how far the download is;
 * - the wheel's SHA-256 is checked against the lock file ourselves, and a mismatch is named
 *   (package, expected and actual hash) rather than reported as a network error;
 * - a missing file or a refused connection is recorded with its URL and status.
 *
 * Pyodide then gets the checked bytes as the response. Where the page has no Web Crypto
 * (plain http on a host other than localhost), the browser's own integrity check stays.
 *
 * @packageDocumentation
 */
import type { MessageRef } from '../../i18n/ref.js';
import { progressFraction, progressMessage, type LockPackage, type PackageSource, type WheelProgress } from './package-plan.js';

export interface WheelFetchOptions {
  /** Where wheels with relative names are (the package source), ending in `/`. */
  base: string;
  /** Where the wheels come from, for the progress line ("cdn.jsdelivr.net", "this site"). */
  source: PackageSource;
  /** Progress for the page: a sentence and, when known, a fraction. */
  onProgress(message: MessageRef, fraction?: number): void;
}

/** How often the progress line is updated during a download. */
const PROGRESS_EVERY_MS = 150;

type FetchScope = { fetch: typeof fetch };

export class WheelFetches {
  /** What went wrong for each package of the current load, by package name. */
  readonly failures = new Map<string, string>();
  #wanted = new Map<string, LockPackage>();
  #progress: WheelProgress[] = [];
  #lastPost = 0;
  #original: typeof fetch;

  constructor(
    private readonly scope: FetchScope,
    private readonly o: WheelFetchOptions,
  ) {
    this.#original = scope.fetch;
    scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => this.#fetch(input, init);
  }

  /** The packages about to be loaded: their wheels are the ones watched. */
  expect(packages: LockPackage[]): void {
    this.failures.clear();
    this.#wanted = new Map(packages.map((p) => [new URL(p.file_name, this.o.base).href, p]));
    this.#progress = packages.map((p) => ({ name: p.name, version: p.version, received: 0 }));
    this.#post(true);
  }

  #post(force = false): void {
    const now = Date.now();
    if (!force && now - this.#lastPost < PROGRESS_EVERY_MS) return;
    this.#lastPost = now;
    if (this.#progress.length) this.o.onProgress(progressMessage(this.#progress, this.o.source), progressFraction(this.#progress));
  }

  async #fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? new URL(input, this.o.base).href : input instanceof URL ? input.href : input.url;
    const pkg = this.#wanted.get(url);
    const subtle = globalThis.crypto?.subtle;
    if (!pkg || !subtle) return this.#original.call(this.scope, input, init);
    const progress = this.#progress.find((p) => p.name === pkg.name);
    let response: Response;
    try {
      // No credentials: a public distribution gets no cookies of the page's site.
      response = await this.#original.call(this.scope, url, { credentials: 'omit', signal: init?.signal });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.failures.set(pkg.name, `${url} could not be downloaded (${why}): the package source may be unreachable from this network`);
      throw e;
    }
    if (!response.ok) {
      this.failures.set(pkg.name, `${url} answered ${response.status} ${response.statusText}`.trim());
      return response;
    }
    const length = Number(response.headers.get('content-length'));
    if (progress && Number.isFinite(length) && length > 0) progress.total = length;
    this.#post(true);
    const bytes = await this.#read(response, progress);
    const actual = hex(await subtle.digest('SHA-256', bytes));
    if (actual !== pkg.sha256.toLowerCase()) {
      const message =
        `${pkg.name} ${pkg.version} (${url}) is not the file its lock file describes: its SHA-256 is ${actual}, ` +
        `the lock file says ${pkg.sha256}. It was not installed`;
      this.failures.set(pkg.name, message);
      throw new Error(message);
    }
    return new Response(bytes, { status: 200, headers: { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' } });
  }

  async #read(response: Response, progress: WheelProgress | undefined): Promise<Uint8Array<ArrayBuffer>> {
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (progress) progress.received = size;
      this.#post();
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return bytes;
  }
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}
