// SPDX-License-Identifier: BSD-3-Clause
/**
 * One launch at a time per build URL across every tab of the origin, with the Web Locks
 * API: the tab holding the lock launches and remembers the server; the others wait, then
 * find the server remembered and reuse it. A tab that closes mid-launch releases the lock
 * by itself. Where the API is missing (an insecure http page), tabs go ahead without it:
 * reloads still reuse the remembered server, only tabs opened at the same moment may each
 * launch.
 *
 * @packageDocumentation
 */

/**
 * Run `fn` holding the lock `name`. When another tab holds it, `onWait` is called first
 * (so the cell can say what it waits for), and `fn` is told it waited.
 */
export async function withLaunchLock<T>(name: string, onWait: () => void, fn: (waited: boolean) => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return fn(false);
  const lockName = `exec-cell:binder-launch:${name}`;
  let ran = false;
  let result: T | undefined;
  await locks.request(lockName, { ifAvailable: true }, async (lock) => {
    if (!lock) return;
    ran = true;
    result = await fn(false);
  });
  if (ran) return result as T;
  onWait();
  return locks.request(lockName, () => fn(true));
}
