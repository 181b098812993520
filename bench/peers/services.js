// SPDX-License-Identifier: BSD-3-Clause
/**
 * @jupyterlab/services used the way its README shows (the package index, a KernelManager):
 * what a page costs that talks Jupyter with the official client and nothing else.
 */
import { KernelManager, ServerConnection } from '@jupyterlab/services';

export async function startKernel({ server, token }) {
  const serverSettings = ServerConnection.makeSettings({ baseUrl: server, wsUrl: server.replace(/^http/, 'ws'), token, appendToken: true });
  const manager = new KernelManager({ serverSettings });
  const kernel = await manager.startNew({ name: 'python3' });
  await kernel.info;
  return {
    execute(code, onText) {
      const future = kernel.requestExecute({ code });
      future.onIOPub = (msg) => {
        if (msg.header.msg_type === 'stream') onText(msg.content.text);
        if (msg.header.msg_type === 'execute_result') onText(msg.content.data['text/plain']);
      };
      return future.done;
    },
  };
}
