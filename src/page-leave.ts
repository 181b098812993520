// SPDX-License-Identifier: BSD-3-Clause
/**
 * What exec-cell does as the page goes away (`pagehide`: it also fires on mobile and when a
 * page enters the back/forward cache): shut kernels down, stop Python that still runs.
 *
 * The script tag listens once for all of it (`ExecCell.leaveHooks`), and not in the first
 * pagehide listener of the page: closing a tab, Firefox 153 did not send a keepalive request
 * (the one that shuts a Jupyter kernel down) begun in the first listener about half the time
 * (18 of 32 tabs), and sent every one begun in a later listener (32 of 32). So the script tag
 * adds an empty listener first.
 *
 * @packageDocumentation
 */

interface WithHooks {
  ExecCell?: { leaveHooks?: Array<() => void> };
}

/** Run `fn` when the page goes away. */
export function onPageLeave(fn: () => void): void {
  const hooks = (globalThis as WithHooks).ExecCell?.leaveHooks;
  if (hooks) hooks.push(fn);
  else globalThis.addEventListener?.('pagehide', fn); // no script tag: a bundler's page
}

/** The script tag's listeners: an empty one, then every hook, each on its own. */
export function listenForLeave(hooks: Array<() => void>): void {
  globalThis.addEventListener?.('pagehide', () => {});
  globalThis.addEventListener?.('pagehide', () => {
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // A hook that fails has nothing to report to a page that is going away.
      }
    }
  });
}
