// SPDX-License-Identifier: BSD-3-Clause
/**
 * A kernel on the reader's own JupyterHub server: credentials from the site's token endpoint
 * first (it starts the server, with progress), then the kernel, as on any Jupyter server.
 * A server that was stopped since the token was given (the hub answers for it, without CORS)
 * or that refuses the token sends us back to the endpoint once, which starts it again.
 *
 * @packageDocumentation
 */
import { startKernel, type KernelModel } from '../jupyter-start.js';
import { CellError, type Progress, type SessionOptions } from '../types.js';
import { hubClient, type HubTokenClient } from './token-client.js';
import { msg } from '../../i18n/ref.js';
import '../jupyter-catalogue.js'; // this backend's messages, in every language

export interface HubStart {
  /** The options with the reader's server and the token in force. */
  options: SessionOptions;
  started: Promise<KernelModel>;
  hub: HubTokenClient;
}

export async function startOnHub(options: SessionOptions, progress?: (p: Progress) => void): Promise<HubStart> {
  const hub = hubClient(options.tokenUrl!);
  let credentials = await hub.credentials(progress);
  const on = (c: { server: string; token: string }): SessionOptions => ({ ...options, server: c.server, token: c.token });
  try {
    const resolved = on(credentials);
    const model = await startKernel(resolved, progress);
    return { options: resolved, started: Promise.resolve(model), hub };
  } catch (e) {
    if (!(e instanceof CellError) || !['unreachable', 'forbidden'].includes(e.code)) throw e;
  }
  credentials = await hub.credentials(progress, true);
  const resolved = on(credentials);
  try {
    return { options: resolved, started: Promise.resolve(await startKernel(resolved, progress)), hub };
  } catch (e) {
    if (e instanceof CellError && e.code === 'forbidden') {
      throw new CellError(msg('hubTokenRefused', credentials.server), msg('hubTokenRefusedHint'), 'forbidden');
    }
    throw e;
  }
}
