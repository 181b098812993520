// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Output widget (`with out: print(...)`, and what `interact` draws its function's result
 * into). @jupyter-widgets/output gives only the model's defaults; capturing is the front
 * end's job: while the kernel has set `msg_id`, the iopub messages of that request go into
 * the widget instead of the cell (a message hook that swallows them), and its `outputs`
 * are drawn through the same renderer registry as the cell's own outputs.
 *
 * @packageDocumentation
 */
import { messagesOf } from '../i18n/language.js';
import { OutputModel as BaseOutputModel, OutputView as BaseOutputView } from '@jupyter-widgets/output';
import type * as KernelMessage from '@jupyterlab/services/lib/kernel/messages.js';
import type { IOutput } from '@jupyterlab/nbformat';
import { OutputModel as Outputs } from '../output/model.js';
import { OutputArea } from '../output/area.js';
import { toOutput } from '../kernels/iopub.js';
import type { WidgetManager } from './manager.js';

type Hook = (msg: KernelMessage.IIOPubMessage) => boolean;

export class OutputModel extends BaseOutputModel {
  // Backbone calls initialize() from its constructor, before class fields exist: these are
  // declared only (no initialiser that would overwrite them) and set in initialize().
  /** The captured outputs, merged as a cell merges them (streams, clear_output(wait)). */
  declare private captured: Outputs;
  declare private hooked: { msgId: string; hook: Hook } | null;
  /** Set while `outputs` changes because we captured something (not because the kernel set it). */
  declare private capturing: boolean;

  override initialize(attributes: Backbone.ObjectHash, options: Parameters<BaseOutputModel['initialize']>[1]): void {
    super.initialize(attributes, options);
    this.captured = new Outputs();
    this.hooked = null;
    this.capturing = false;
    this.on('change:msg_id', () => this.capture(String(this.get('msg_id') ?? '')));
    this.on('change:outputs', () => {
      if (this.capturing) return;
      // The kernel set the outputs itself (append_stdout, clear_output outside a capture).
      this.captured.clear();
      for (const o of (this.get('outputs') ?? []) as IOutput[]) this.captured.add(o);
    });
    this.capture(String(this.get('msg_id') ?? ''));
  }

  get manager(): WidgetManager {
    return this.widget_manager as WidgetManager;
  }

  private capture(msgId: string): void {
    const kernel = this.manager.kernel;
    if (this.hooked) kernel.removeMessageHook(this.hooked.msgId, this.hooked.hook);
    this.hooked = null;
    if (!msgId) return;
    const hook: Hook = (msg) => {
      if (msg.header.msg_type === 'clear_output') {
        this.captured.clear((msg.content as { wait?: boolean }).wait ?? false);
        this.publish();
        return false;
      }
      const output = toOutput(msg);
      if (!output) return true;
      this.captured.add(output);
      this.publish();
      return false;
    };
    kernel.registerMessageHook(msgId, hook);
    this.hooked = { msgId, hook };
  }

  /** Show what was captured, and tell the kernel (its `outputs` trait) as JupyterLab does. */
  private publish(): void {
    this.capturing = true;
    try {
      this.set('outputs', this.captured.outputs);
      this.save_changes();
    } finally {
      this.capturing = false;
    }
  }
}

export class OutputView extends BaseOutputView {
  declare private shown: Outputs;

  override render(): void {
    this.el.classList.add('jupyter-widgets-output-area', 'widget-output');
    this.shown = new Outputs();
    const area = document.createElement('div');
    area.className = 'widget-output-area';
    this.el.append(area);
    const manager = (this.model as OutputModel).manager;
    new OutputArea(area, this.shown, { trusted: () => false, origin: () => manager.origin, messages: () => messagesOf(area) });
    this.listenTo(this.model, 'change:outputs', () => this.draw());
    this.draw();
  }

  private draw(): void {
    this.shown.clear();
    for (const o of (this.model.get('outputs') ?? []) as IOutput[]) this.shown.add(o);
  }
}
