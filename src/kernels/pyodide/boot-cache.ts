// SPDX-License-Identifier: BSD-3-Clause
/**
 * A second visit in half the time: the memory of a freshly booted interpreter, kept in the
 * browser's Cache Storage (Pyodide's memory snapshots: `_makeSnapshot` / `_loadSnapshot`).
 * Restoring it skips Python's own start-up (initialising the runtime and importing its
 * modules from the standard library zip), the larger part of a cold start.
 *
 * An entry is keyed by what makes a snapshot fit this interpreter: the Pyodide version and
 * build, the package set it was made with (none: packages load per cell, after the boot)
 * and whether the interpreter runs with JSPI (the worker turns it off where it has the
 * synchronous channel). Each entry carries its own SHA-256 and key; one whose bytes or key do
 * not match is never used but deleted, and a fresh snapshot replaces it. Same-origin scripts
 * can write this storage too, so the check guards against corruption and stale entries; the
 * snapshot itself is only the state of a Python that has run no one's code.
 *
 * @packageDocumentation
 */

export const CACHE_NAME = 'exec-cell-pyodide';

export interface SnapshotKey {
  /** Pyodide's version (the npm package's). */
  version: string;
  /** What is loaded in the snapshot beyond the standard library. */
  packages: string;
  /** Whether the interpreter was started with JSPI (WebAssembly.Suspending present). */
  jspi: boolean;
}

export type SnapshotRead = { bytes: Uint8Array<ArrayBuffer> } | { rejected: string } | null;

const HASH_HEADER = 'x-exec-cell-sha256';
const KEY_HEADER = 'x-exec-cell-key';

/** Where the entry for this key is stored: a URL under the runtime's folder (Cache Storage keys are URLs). */
export function snapshotUrl(indexURL: string, key: SnapshotKey): string {
  return `${indexURL}exec-cell-snapshot/${encodeURIComponent(key.version)}/${key.jspi ? 'jspi' : 'no-jspi'}/${encodeURIComponent(key.packages)}.bin`;
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Cache Storage and Web Crypto, where this worker has them (secure contexts only). */
export function available(): boolean {
  return typeof caches !== 'undefined' && !!globalThis.crypto?.subtle;
}

/**
 * The stored snapshot for this key, checked; `{ rejected }` (and the entry deleted) when it
 * does not match what it says it is; null when there is none or no storage.
 */
export async function readSnapshot(indexURL: string, key: SnapshotKey): Promise<SnapshotRead> {
  if (!available()) return null;
  const url = snapshotUrl(indexURL, key);
  try {
    const cache = await caches.open(CACHE_NAME);
    const response = await cache.match(url);
    if (!response) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const problem =
      response.headers.get(KEY_HEADER) !== JSON.stringify(key)
        ? 'it was made for another interpreter'
        : response.headers.get(HASH_HEADER) !== (await sha256(bytes))
          ? 'its bytes are not those it was stored with'
          : '';
    if (!problem) return { bytes };
    await cache.delete(url);
    return { rejected: problem };
  } catch (e) {
    return { rejected: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * Store a snapshot for this key (best effort: a full quota or private browsing only costs the
 * next visit its speed), unless another interpreter of this site (the spare, another tab)
 * stored one meanwhile.
 */
export async function writeSnapshot(indexURL: string, key: SnapshotKey, bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
  if (!available()) return false;
  try {
    const cache = await caches.open(CACHE_NAME);
    if (await cache.match(snapshotUrl(indexURL, key))) return false;
    const headers = { 'content-type': 'application/octet-stream', [HASH_HEADER]: await sha256(bytes), [KEY_HEADER]: JSON.stringify(key) };
    await cache.put(snapshotUrl(indexURL, key), new Response(bytes, { headers }));
    return true;
  } catch {
    return false;
  }
}

/** Remove a snapshot that failed to restore (it matched its hash, so Pyodide refused it: another build). */
export async function deleteSnapshot(indexURL: string, key: SnapshotKey): Promise<void> {
  if (!available()) return;
  try {
    await (await caches.open(CACHE_NAME)).delete(snapshotUrl(indexURL, key));
  } catch {
    // nothing to remove
  }
}
