// SPDX-License-Identifier: BSD-3-Clause
import { execFileSync } from 'node:child_process';

/** Make these system users where missing (the hub's local spawner runs each reader's server as one). */
export function ensureSystemUsers(names) {
  for (const n of names) {
    try {
      execFileSync('id', [n], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['-m', '-s', '/bin/bash', n]);
    }
  }
}
