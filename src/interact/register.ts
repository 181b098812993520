// SPDX-License-Identifier: BSD-3-Clause
/**
 * Registers Sage's `@interact` outputs with the renderer registry. The controls' code
 * (controls.ts) loads on the first interact a page shows.
 *
 * @packageDocumentation
 */
import { renderers } from '../output/registry.js';
import { INTERACT_MIME, type InteractPart } from '../kernels/types.js';

/** The interact renderer, once loaded: later parts (every update of an interact) draw at once. */
let loaded: typeof import('./controls.js') | undefined;

renderers.add({
  mimeTypes: [INTERACT_MIME],
  rank: 20,
  // Controls made from a description, never markup of the kernel's: nothing to trust.
  safe: true,
  render(mime, bundle, _metadata, opts) {
    const host = document.createElement('div');
    host.className = 'interact';
    const part = bundle[mime] as unknown as InteractPart;
    if (loaded) {
      loaded.renderInteract(host, part, opts);
    } else {
      import('./controls.js')
        .then((m) => {
          loaded = m;
          m.renderInteract(host, part, opts);
        })
        .catch((e: unknown) => {
          host.textContent = `These interactive controls could not be shown: ${e instanceof Error ? e.message : String(e)}`;
        });
    }
    return host;
  },
});
