// SPDX-License-Identifier: BSD-3-Clause
/**
 * Draws one widget output: finds the manager of the kernel that made it, makes a view of
 * its model and attaches it in a shadow root of its own (the widget CSS lives there).
 * When the widget cannot be live, the reader gets its text and a sentence saying why: a
 * library this page does not have, a kernel that restarted, a backend without comms.
 *
 * @packageDocumentation
 */
import { MessageLoop } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';
import type { IMimeBundle } from '@jupyterlab/nbformat';
import type { DOMWidgetView, WidgetModel } from '@jupyter-widgets/base';
import type { RenderOptions } from '../output/registry.js';
import type { CommHost } from '../kernels/comms.js';
import { managerFor, SUPPORTED_LIBRARIES, type WidgetManager } from './manager.js';
import { widgetSheet } from './styles.js';
import { say, type Messages } from '../i18n/text.js';

export async function renderWidget(host: HTMLElement, data: unknown, bundle: IMimeBundle, opts: RenderOptions): Promise<void> {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [widgetSheet()];
  const fallback = () => textFallback(root, bundle);
  const t = opts.messages;
  const comms = (opts.origin as { comms?: CommHost } | null | undefined)?.comms;
  const modelId = (data as { model_id?: unknown } | null)?.model_id;
  if (typeof modelId !== 'string') {
    note(root, t.widgetNoModel, true);
    return fallback();
  }
  if (!comms) {
    note(root, t.widgetNotLive);
    return fallback();
  }
  if (comms.endedText) {
    note(root, say(t, comms.endedText));
    return fallback();
  }
  const manager = managerFor(comms, opts.origin);
  let model: WidgetModel;
  try {
    model = await manager.get_model(modelId);
  } catch {
    note(root, t.widgetClosed);
    return fallback();
  }
  const library = (model as WidgetModel & { module?: string }).module ?? String(model.get('_model_module') ?? '');
  if (!SUPPORTED_LIBRARIES.includes(library)) {
    // The stand-in model of a missing library has defaults of its own: the version asked is the loader's.
    const version = manager.missing.get(library) ?? '';
    note(root, t.widgetLibraryMissing(version ? `${library} ${version}` : library, SUPPORTED_LIBRARIES.join(', ')), true);
    return fallback();
  }
  const view = (await manager.create_view(model, {})) as DOMWidgetView;
  const box = document.createElement('div');
  box.className = 'jupyter-widgets widget-area';
  root.append(box);
  attach(view.luminoWidget, box);
  watchEnd(manager, view, root, bundle, t);
}

/** Attach a Lumino widget in a node that may not be on the page yet (an output drawn before insertion). */
function attach(widget: Widget, box: HTMLElement): void {
  MessageLoop.sendMessage(widget, Widget.Msg.BeforeAttach);
  box.append(widget.node);
  MessageLoop.sendMessage(widget, Widget.Msg.AfterAttach);
}

/** A restart or the kernel's death: the live widget goes, its text and the reason stay. */
function watchEnd(manager: WidgetManager, view: DOMWidgetView, root: ShadowRoot, bundle: IMimeBundle, t: Messages): void {
  const onEnd = () => {
    manager.host.events.removeEventListener('ended', onEnd);
    view.remove();
    root.querySelector('.widget-area')?.remove();
    const why = manager.host.endedText;
    note(root, why ? say(t, why) : t.widgetKernelStopped);
    textFallback(root, bundle);
  };
  manager.host.events.addEventListener('ended', onEnd);
  // The kernel closed the widget itself (`w.close()`): it just goes, as in JupyterLab.
  view.once('remove', () => manager.host.events.removeEventListener('ended', onEnd));
}

function note(root: ShadowRoot, text: string, error = false): void {
  const p = document.createElement('p');
  p.className = error ? 'widget-note error' : 'widget-note';
  p.setAttribute('role', 'status');
  p.textContent = text;
  root.append(p);
}

function textFallback(root: ShadowRoot, bundle: IMimeBundle): void {
  const text = bundle['text/plain'];
  if (typeof text !== 'string' || !text) return;
  const pre = document.createElement('pre');
  pre.className = 'widget-fallback';
  pre.textContent = text;
  root.append(pre);
}
