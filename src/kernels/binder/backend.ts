// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Binder backend: a cell's `repo` (with `provider`, `ref`, `binder-url`) becomes a
 * Jupyter kernel on a server BinderHub launched for that repository. Launches are what
 * BinderHub rations (mybinder.org: about 10 per hour per address), so a server is launched
 * once and shared by every cell, tab and reload of the origin while it lives (servers.ts),
 * and a culled one is relaunched only when the reader runs something (session.ts).
 *
 * @packageDocumentation
 */
import { pageConfig } from '../../config.js';
import { connect as connectJupyter, type JupyterSession } from '../jupyter.js';
import { CellError, type KernelSession, type Progress, type SessionOptions } from '../types.js';
import type { LaunchedServer } from './phases.js';
import { binderTarget, type BinderTarget } from './spec.js';
import { forgetServer, obtainServer, type ObtainOptions } from './servers.js';
import { BinderSession } from './session.js';
import { probe } from './store.js';

/** BinderHub's keepalive period (builder.py KEEPALIVE_INTERVAL). */
const KEEPALIVE_SECONDS = 25;

export async function connect(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
  const target = binderTarget(options);
  // A build stream silent for two keepalive periods has lost its connection. The page may
  // name another period (data-binder-keepalive) for a BinderHub configured differently.
  const keepalive = pageConfig().binderKeepalive ?? KEEPALIVE_SECONDS;
  const o: ObtainOptions = { silenceMs: keepalive * 2 * 1000 };
  const start = (server: LaunchedServer, p?: (p: Progress) => void) => startKernel(options, server, p);

  let server = await obtainServer(target, progress, o);
  let kernel: JupyterSession;
  try {
    kernel = await start(server, progress);
  } catch (e) {
    // The remembered server went away between the probe and the kernel start: launch once more.
    if (!server.reused || !(e instanceof CellError) || e.code !== 'unreachable') throw e;
    forgetServer(target, server);
    server = await obtainServer(target, progress, o);
    kernel = await start(server, progress);
  }
  return new BinderSession(
    {
      label: target.label,
      obtain: (p) => obtainServer(target, p, o),
      forget: (s) => forgetServer(target, s),
      probe: (s) => probe(s),
      start,
    },
    server,
    kernel,
  );
}

function startKernel(options: SessionOptions, server: LaunchedServer, progress?: (p: Progress) => void): Promise<JupyterSession> {
  return connectJupyter({ ...options, backend: 'binder', server: server.url, token: server.token }, progress);
}

export type { BinderTarget };
