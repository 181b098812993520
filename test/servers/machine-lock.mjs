// SPDX-License-Identifier: BSD-3-Clause
/**
 * A lock shared by every process on this machine: the engines' test processes start together,
 * and an install (SageCell's packages, Jobe's Apache) must run once at a time. The lock is a
 * folder, since mkdir is atomic.
 */
import { mkdirSync, rmdirSync, statSync } from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Run `fn` holding the lock named by the folder `path`. */
export async function withMachineLock(path, fn) {
  for (;;) {
    try {
      mkdirSync(path);
      break;
    } catch {
      // A lock left by a process that died more than 30 minutes ago is stale.
      try {
        if (Date.now() - statSync(path).mtimeMs > 30 * 60_000) rmdirSync(path);
      } catch {
        // Released meanwhile.
      }
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(path);
  }
}
