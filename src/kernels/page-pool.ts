// SPDX-License-Identifier: BSD-3-Clause
/**
 * The page's one kernel pool, and the page's manners: kernels this page started are shut
 * down when the page goes away (a keepalive request where the backend has one, so it
 * outlives the page).
 *
 * @packageDocumentation
 */
import { KernelPool } from './pool.js';
import { connect } from './registry.js';
import type { KernelSession } from './types.js';
import { onPageLeave } from '../page-leave.js';

export const pool = new KernelPool(connect);

interface UnloadAware {
  shutdownOnUnload?(): void;
}

function shutdownAll(): void {
  pool.drain((session: KernelSession & UnloadAware) => {
    if (session.shutdownOnUnload) session.shutdownOnUnload();
    else void session.dispose();
  });
}

// A page restored from the back/forward cache starts new kernels on its next run.
onPageLeave(shutdownAll);
