// SPDX-License-Identifier: BSD-3-Clause
/**
 * The widget manager of one kernel: @jupyter-widgets/base-manager's `ManagerBase` over the
 * kernel's comms (kernels/comms.ts). It knows the widget libraries this package bundles
 * (@jupyter-widgets/base, controls and output) and nothing else: a widget of another
 * library (bqplot, ipyleaflet…) is never fetched from anywhere, its output shows its text
 * and says which library it needs (view.ts).
 *
 * Cells that share a kernel share its manager, so a widget shown in two cells is one model
 * with two views, and they stay in sync.
 *
 * @packageDocumentation
 */
import { ManagerBase } from '@jupyter-widgets/base-manager';
import { shims, type IClassicComm, type WidgetModel, type WidgetView } from '@jupyter-widgets/base';
import * as base from '@jupyter-widgets/base';
import * as controls from '@jupyter-widgets/controls';
import type { JSONObject } from '@lumino/coreutils';
import type { CommHost, CommKernel } from '../kernels/comms.js';
import { OutputModel, OutputView } from './output-widget.js';
import { SafeHTMLMathView, SafeHTMLView, sanitizedInline } from './safe-html.js';
import { withNamedHandles } from './accessible.js';

/** A widget's library that this page does not have. */
export class UnknownWidgetLibrary extends Error {
  override name = 'UnknownWidgetLibrary';
  constructor(
    readonly library: string,
    readonly version: string,
  ) {
    super(`The widget library ${library} ${version} is not part of this page.`);
  }
}

const SLIDERS = [
  'IntSliderView',
  'FloatSliderView',
  'FloatLogSliderView',
  'IntRangeSliderView',
  'FloatRangeSliderView',
  'SelectionSliderView',
  'SelectionRangeSliderView',
] as const;

/**
 * The libraries this package bundles, with the classes we replace: HTML goes through our
 * sanitiser, slider handles get accessible names.
 */
const LIBRARIES: Record<string, Record<string, unknown>> = {
  '@jupyter-widgets/base': base,
  '@jupyter-widgets/controls': {
    ...controls,
    ...Object.fromEntries(SLIDERS.map((name) => [name, withNamedHandles(controls[name])])),
    HTMLView: SafeHTMLView,
    HTMLMathView: SafeHTMLMathView,
  },
  '@jupyter-widgets/output': { OutputModel, OutputView },
};

export const SUPPORTED_LIBRARIES = Object.keys(LIBRARIES);

const TARGET = 'jupyter.widget';

export class WidgetManager extends ManagerBase {
  readonly host: CommHost;
  readonly kernel: CommKernel;
  /**
   * The session the widgets' outputs come from (the Output widget renders through the
   * registry with it): the latest a widget output was drawn for.
   */
  origin: unknown;
  /** Libraries the kernel's widgets asked for that this page does not have, with the version asked. */
  readonly missing = new Map<string, string>();

  constructor(host: CommHost, origin: unknown) {
    super();
    this.host = host;
    this.kernel = host.kernel;
    this.origin = origin;
    this.kernel.registerCommTarget(TARGET, async (comm, msg) => {
      await this.handle_comm_open(new shims.services.Comm(comm), msg);
    });
    host.beforeRun(() => this.#sendHeldUpdates());
  }

  readonly #models = new Set<WidgetModel>();

  override register_model(modelId: string, modelPromise: Promise<WidgetModel>): void {
    super.register_model(modelId, modelPromise);
    modelPromise.then(
      (model) => {
        this.#models.add(model);
        model.once('comm:close', () => this.#models.delete(model));
      },
      () => {},
    );
  }

  /**
   * Sends every widget change the throttle holds back, before a run goes out. A model sends
   * one update at a time and holds the next (merged) until the kernel is idle after the last:
   * a reader who drags a slider and clicks Run at once would otherwise run the code before the
   * slider's last value. Sent messages reach the kernel's shell in order with the run, so
   * sending the held update now is enough, and nothing waits: an earlier version polled for
   * the throttle to drain, bounded at 2 s, and on a loaded machine the run went out first.
   */
  async #sendHeldUpdates(): Promise<void> {
    for (const model of this.#models) flushHeldUpdate(model);
  }

  /** Why the widgets stopped working (a restart, the kernel's death), or null while they work. */
  get ended(): string | null {
    return this.host.ended;
  }

  protected async loadClass(className: string, moduleName: string, moduleVersion: string): Promise<typeof WidgetModel | typeof WidgetView> {
    const library = LIBRARIES[moduleName];
    if (!library) {
      this.missing.set(moduleName, moduleVersion);
      throw new UnknownWidgetLibrary(moduleName, moduleVersion);
    }
    const cls = library[className];
    if (!cls) throw new Error(`The widget library ${moduleName} has no ${className} (the kernel has a newer ipywidgets than this page knows).`);
    return cls as typeof WidgetModel | typeof WidgetView;
  }

  protected async _create_comm(
    target: string,
    modelId?: string,
    data?: JSONObject,
    metadata?: JSONObject,
    buffers?: ArrayBuffer[] | ArrayBufferView[],
  ): Promise<IClassicComm> {
    const comm = this.kernel.createComm(target, modelId);
    if (data || metadata) comm.open(data, metadata, buffers);
    return new shims.services.Comm(comm);
  }

  protected async _get_comm_info(): Promise<Record<string, unknown>> {
    const reply = await this.kernel.requestCommInfo({ target_name: TARGET });
    return reply.content.status === 'ok' ? reply.content.comms : {};
  }

  /** Descriptions with `description_allow_html` go through the same sanitiser as HTML outputs. */
  override inline_sanitize(source: string): string {
    return sanitizedInline(source);
  }
}

/** The private half of @jupyter-widgets/base's message throttle (it has no public "flush"). */
interface ThrottledModel {
  _msg_buffer: Record<string, unknown> | null;
  _msg_buffer_callbacks: unknown;
  send_sync_message(state: Record<string, unknown>, callbacks?: unknown): string;
  rememberLastUpdateFor(msgId: string): void;
}

/**
 * Sends a model's held-back update now, as its throttle would once the kernel went idle
 * (WidgetModel._handle_status does these four steps): the throttle's count of messages in
 * flight goes up by one and comes down with that message's own idle, so it stays true.
 */
function flushHeldUpdate(model: WidgetModel): void {
  const m = model as unknown as ThrottledModel;
  if (m._msg_buffer === null || m._msg_buffer === undefined) return;
  const msgId = m.send_sync_message(m._msg_buffer, m._msg_buffer_callbacks);
  m.rememberLastUpdateFor(msgId);
  m._msg_buffer = null;
  m._msg_buffer_callbacks = null;
}

const managers = new WeakMap<CommHost, WidgetManager>();

/** The manager of a kernel's comms: made once, shared by every cell on that kernel. */
export function managerFor(host: CommHost, origin: unknown): WidgetManager {
  let manager = managers.get(host);
  if (!manager) {
    manager = new WidgetManager(host, origin);
    managers.set(host, manager);
  } else {
    manager.origin = origin;
  }
  return manager;
}
