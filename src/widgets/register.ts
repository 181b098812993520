// SPDX-License-Identifier: BSD-3-Clause
/**
 * Registers Jupyter widgets (`application/vnd.jupyter.widget-view+json`) with the renderer
 * registry, and their comm target with every kernel's comms. Everything else of widgets (the
 * libraries, their CSS, the manager) is one chunk, loaded when a kernel opens its first
 * widget comm: a page without widgets loads none of it.
 *
 * @packageDocumentation
 */
import { renderers } from '../output/registry.js';
import { registerCommTargetLoader, WIDGET_TARGETS } from '../kernels/comms.js';

export const WIDGET_MIME = 'application/vnd.jupyter.widget-view+json';

renderers.add({
  mimeTypes: [WIDGET_MIME],
  rank: 10,
  // Drawn by the bundled widget libraries only (never code from the kernel or a CDN), with
  // HTML values through the output sanitiser: safe without trust.
  safe: true,
  render(mime, bundle, _metadata, opts) {
    const host = document.createElement('div');
    host.className = 'widget';
    import('./widgets.js')
      .then((m) => m.renderWidget(host, bundle[mime], bundle, opts))
      .catch((e: unknown) => {
        host.textContent = opts.messages.widgetNotShown(e instanceof Error ? e.message : String(e));
      });
    return host;
  },
});

// The kernel opened a widget comm: load the manager now, before the output that shows it
// (kernels/comms.ts holds the kernel's messages meanwhile).
for (const target of WIDGET_TARGETS) {
  registerCommTargetLoader(target, async (host) => {
    const { managerFor } = await import('./manager.js');
    managerFor(host, { comms: host });
  });
}
