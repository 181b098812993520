// SPDX-License-Identifier: BSD-3-Clause
/** Whether the process `pid` still runs (one of another user's answers EPERM: it runs). */
export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}
