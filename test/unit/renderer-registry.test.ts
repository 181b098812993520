// SPDX-License-Identifier: BSD-3-Clause
import { describe, expect, test } from 'vitest';
import { RendererRegistry, type MimeRenderer } from '../../src/output/registry.js';
import { KernelCommHost, registerCommTargetLoader } from '../../src/kernels/comms.js';

const renderer = (mimeTypes: string[], rank: number, safe = true): MimeRenderer => ({
  mimeTypes,
  rank,
  safe,
  render: () => {
    throw new Error('not drawn in unit tests');
  },
});

describe('RendererRegistry: the best mime type of a bundle', () => {
  test('a lower rank wins, whatever the order of registration or of the bundle', () => {
    const r = new RendererRegistry();
    const text = renderer(['text/plain'], 120);
    const html = renderer(['text/html'], 50);
    const widget = renderer(['application/vnd.jupyter.widget-view+json'], 10);
    r.add(text);
    r.add(html);
    r.add(widget);
    expect(r.preferred({ 'text/plain': 'x', 'text/html': '<b>x</b>' }, false)).toEqual({ mime: 'text/html', renderer: html });
    expect(r.preferred({ 'text/plain': 'x', 'application/vnd.jupyter.widget-view+json': { model_id: 'a' } }, false)?.renderer).toBe(widget);
    expect(r.mimeTypes).toEqual(['application/vnd.jupyter.widget-view+json', 'text/html', 'text/plain']);
  });

  test('an unsafe renderer is used only for trusted output; otherwise the next mime type is drawn', () => {
    const r = new RendererRegistry();
    const js = renderer(['application/javascript'], 5, false);
    const text = renderer(['text/plain'], 120);
    r.add(js);
    r.add(text);
    const bundle = { 'application/javascript': 'alert(1)', 'text/plain': '<IPython.core.display.Javascript object>' };
    expect(r.preferred(bundle, false)?.renderer).toBe(text);
    expect(r.preferred(bundle, true)?.renderer).toBe(js);
  });

  test('null or missing data is not a mime type; a bundle nobody draws has no renderer', () => {
    const r = new RendererRegistry();
    r.add(renderer(['text/html'], 50));
    expect(r.preferred({ 'text/html': null as unknown as string }, true)).toBeUndefined();
    expect(r.preferred({ 'image/x-unknown': 'x' }, true)).toBeUndefined();
  });
});

/** Just enough of a @jupyterlab/services kernel connection: it hands comm opens to targets. */
function fakeConnection() {
  const targets = new Map<string, (comm: unknown, msg: unknown) => unknown>();
  return {
    targets,
    registerCommTarget: (t: string, cb: (comm: unknown, msg: unknown) => unknown) => void targets.set(t, cb),
    createComm: () => ({}),
    hasComm: () => false,
    requestCommInfo: async () => ({}),
    registerMessageHook: () => {},
    removeMessageHook: () => {},
    /** What @jupyterlab/services does on comm_open: call the target and wait for it. */
    open: (t: string, comm: unknown, msg: unknown) => Promise.resolve(targets.get(t)?.(comm, msg)),
  };
}

describe('KernelCommHost: widget comms before the widget code has loaded', () => {
  test('the first comm_open loads the handler, and the kernel waits for it before its next message', async () => {
    const seen: string[] = [];
    let release = () => {};
    registerCommTargetLoader('jupyter.widget', (host) => {
      seen.push('loading');
      return new Promise<void>((resolve) => {
        release = () => {
          host.kernel.registerCommTarget('jupyter.widget', (_comm, msg) => void seen.push(`opened ${(msg as unknown as { id: string }).id}`));
          resolve();
        };
      });
    });
    const connection = fakeConnection();
    const host = new KernelCommHost(connection as never);
    let done = false;
    const first = connection.open('jupyter.widget', {}, { id: 'a' }).then(() => (done = true));
    await Promise.resolve();
    expect(seen).toEqual(['loading']);
    expect(done).toBe(false);
    release();
    await first;
    await connection.open('jupyter.widget', {}, { id: 'b' });
    expect(seen).toEqual(['loading', 'opened a', 'opened b']);
    expect(host.ended).toBeNull();
  });

  test('end() tells the widgets once, with the reason', () => {
    const host = new KernelCommHost(fakeConnection() as never);
    const reasons: string[] = [];
    host.events.addEventListener('ended', (e) => reasons.push((e as CustomEvent<string>).detail));
    host.end('The kernel restarted.');
    host.end('again');
    expect(reasons).toEqual(['The kernel restarted.']);
    expect(host.ended).toBe('The kernel restarted.');
  });
});
