// SPDX-License-Identifier: BSD-3-Clause
/**
 * Sage's `@interact` in the output model. An interact shows as consecutive outputs of type
 * `application/vnd.exec-cell.interact+json` (rendered by `interact/controls.ts`):
 *
 * - a `controls` part: rows of Sage's own control messages (sliders, boxes, selectors…),
 *   laid out as the interact's `layout` says;
 * - an `output` part: what the interact's function printed and displayed (SageCell marks
 *   those messages with `metadata.interact_id`), as nbformat outputs;
 * - a second `controls` part when the layout puts controls below the output.
 *
 * Each part carries a display id, so a change replaces just that part: the output part is
 * redrawn when the function runs again, the controls only when a control itself changes
 * (so a slider keeps focus while its output updates).
 *
 * @packageDocumentation
 */
import type { IOutput, IStream } from '@jupyterlab/nbformat';
import type { InteractControlChange, SageInteractSpec } from './outputs.js';
import { INTERACT_MIME, type InteractCell, type InteractPart } from '../types.js';
import { english, msg, type Text } from '../../i18n/text.js';
import './catalogue.js'; // this backend's messages, in every language


/** Where outputs go: a run's sink, or an interact's own output part. */
export interface OutputTarget {
  add(o: IOutput): void;
  update(displayId: string, o: IOutput): void;
  clear(): void;
}


interface Interact {
  id: string;
  controls: Record<string, Record<string, unknown>>;
  before: Array<Array<[string | null, number]>>;
  after: Array<Array<[string | null, number]>>;
  hasOutput: boolean;
  readonly: boolean;
  parent: OutputTarget;
  /** The interact whose output holds this one, if any. */
  parentId?: string;
  outputs: IOutput[];
  busy: boolean;
  disabled?: Text;
}

export class InteractRegistry {
  #all = new Map<string, Interact>();

  /** Interacts whose controls still work. */
  get live(): number {
    return this.#all.size;
  }

  has(id: string): boolean {
    return this.#all.has(id);
  }

  /** Show a new interact in `parent` (a run's outputs, or another interact's output). */
  create(spec: SageInteractSpec, parent: OutputTarget, parentId?: string): void {
    const { before, after, hasOutput } = splitLayout(spec);
    const interact: Interact = {
      id: spec.new_interact_id,
      controls: { ...spec.controls },
      before,
      after,
      hasOutput,
      readonly: spec.readonly === true,
      parent,
      ...(parentId ? { parentId } : {}),
      outputs: [],
      busy: false,
    };
    this.#all.set(interact.id, interact);
    parent.add(controlsPart(interact, 'before'));
    if (hasOutput) parent.add(outputPart(interact));
    if (after.length) parent.add(controlsPart(interact, 'after'));
  }

  /** Where the outputs of interact `id`'s function go; undefined for an unknown interact. */
  target(id: string): OutputTarget | undefined {
    const interact = this.#all.get(id);
    if (!interact) return undefined;
    return {
      add: (o) => {
        if (!interact.hasOutput) return;
        appendOutput(interact.outputs, o);
        this.#showOutput(interact);
      },
      update: (displayId, o) => {
        interact.outputs = interact.outputs.map((old) =>
          (old as { transient?: { display_id?: string } }).transient?.display_id === displayId ? { ...old, data: (o as { data?: unknown }).data } as IOutput : old,
        );
        this.#showOutput(interact);
      },
      clear: () => {
        interact.outputs = [];
        this.#forgetChildrenOf(interact.id);
        this.#showOutput(interact);
      },
    };
  }

  /** A control changed on the kernel's side (`interact.n = 5`), appeared or went away. */
  controlChange(change: InteractControlChange): void {
    const interact = this.#all.get(change.interactId);
    if (!interact) return;
    if (change.type === 'update') {
      const control = interact.controls[change.name];
      if (!control) return;
      if (change.index) control.default = setAt(control.default, change.index, change.value);
      else control.default = change.value;
    } else if (change.type === 'new') {
      interact.controls[change.name] = change.control;
      interact.before.push([[change.name, 1]]);
    } else {
      delete interact.controls[change.name];
      const drop = (rows: Array<Array<[string | null, number]>>) =>
        rows.map((row) => row.filter(([n]) => n !== change.name)).filter((row) => row.length > 0);
      interact.before = drop(interact.before);
      interact.after = drop(interact.after);
    }
    this.#showControls(interact);
  }

  /** The reader set a control: later redraws of the controls keep that value. */
  noteValue(id: string, name: string, value: unknown): void {
    const control = this.#all.get(id)?.controls[name];
    if (!control || control.control_type === 'button' || control.control_type === 'button_bar') return;
    control.default = value;
  }

  setBusy(id: string, busy: boolean): void {
    const interact = this.#all.get(id);
    if (!interact || interact.busy === busy) return;
    interact.busy = busy;
    this.#showOutput(interact);
  }

  /** The kernel ended: every control says so, and the interacts are forgotten. */
  disableAll(reason: Text): void {
    const all = [...this.#all.values()];
    this.#all.clear();
    for (const interact of all) {
      interact.disabled = reason;
      interact.busy = false;
      this.#showControls(interact);
      this.#showOutput(interact);
    }
  }

  #showOutput(interact: Interact): void {
    if (interact.hasOutput) interact.parent.update(partId(interact.id, 'output'), outputPart(interact));
  }

  #showControls(interact: Interact): void {
    interact.parent.update(partId(interact.id, 'before'), controlsPart(interact, 'before'));
    if (interact.after.length) interact.parent.update(partId(interact.id, 'after'), controlsPart(interact, 'after'));
  }

  #forgetChildrenOf(id: string): void {
    for (const child of [...this.#all.values()]) {
      if (child.parentId !== id) continue;
      this.#all.delete(child.id);
      this.#forgetChildrenOf(child.id);
    }
  }
}

function partId(id: string, which: 'before' | 'after' | 'output'): string {
  return `sagecell-interact:${id}:${which}`;
}

function controlsPart(interact: Interact, which: 'before' | 'after'): IOutput {
  const rows = (which === 'before' ? interact.before : interact.after).map((row) =>
    row.map(([name, width]): InteractCell => ({ name, width, ...(name !== null && interact.controls[name] ? { control: interact.controls[name] } : {}) })),
  );
  const names = rows.flat().map((c) => c.control?.label ?? c.name).filter((n) => n);
  const data: InteractPart = {
    id: interact.id,
    part: 'controls',
    rows,
    readonly: interact.readonly,
    ...(interact.disabled ? { disabled: interact.disabled } : {}),
  };
  // Outputs are language-neutral data: their text is English (the renderer draws the controls).
  return part(data, english(msg('sagecellInteractControls', names.join(', '))), partId(interact.id, which));
}

function outputPart(interact: Interact): IOutput {
  const data: InteractPart = { id: interact.id, part: 'output', outputs: interact.outputs, busy: interact.busy };
  return part(data, plainText(interact.outputs), partId(interact.id, 'output'));
}

function part(data: InteractPart, text: string, displayId: string): IOutput {
  return {
    output_type: 'display_data',
    data: { [INTERACT_MIME]: data as unknown as Record<string, unknown>, 'text/plain': text },
    metadata: {},
    transient: { display_id: displayId },
  } as IOutput;
}

/** The text of some outputs, for `text/plain` (what a reader of `outputs` without a renderer sees). */
function plainText(outputs: IOutput[]): string {
  return outputs
    .map((o) => {
      if (o.output_type === 'stream') return String((o as IStream).text);
      if (o.output_type === 'error') return `${String(o.ename)}: ${String(o.evalue)}\n`;
      const plain = (o.data as Record<string, unknown> | undefined)?.['text/plain'];
      return typeof plain === 'string' ? plain + '\n' : '';
    })
    .join('');
}

/** Consecutive stream chunks of one stream join (SageCell sends "9" then "\n"). */
function appendOutput(outputs: IOutput[], o: IOutput): void {
  const last = outputs[outputs.length - 1];
  if (o.output_type === 'stream' && last?.output_type === 'stream' && (last as IStream).name === (o as IStream).name) {
    outputs[outputs.length - 1] = { ...last, text: String((last as IStream).text) + String((o as IStream).text) } as IOutput;
  } else {
    outputs.push(o);
  }
}

/** The layout's rows before and after the interact's output (`_output`). */
function splitLayout(spec: SageInteractSpec): {
  before: Array<Array<[string | null, number]>>;
  after: Array<Array<[string | null, number]>>;
  hasOutput: boolean;
} {
  const before: Array<Array<[string | null, number]>> = [];
  const after: Array<Array<[string | null, number]>> = [];
  let hasOutput = false;
  for (const raw of spec.layout ?? []) {
    const row = raw.map((c): [string | null, number] => (Array.isArray(c) ? [c[0], Number(c[1]) || 1] : [c, 1]));
    const others = row.filter(([n]) => n !== '_output');
    if (others.length !== row.length) {
      hasOutput = true;
      // Controls that share the output's row go above it.
      if (others.some(([n]) => n !== null)) before.push(others);
      continue;
    }
    (hasOutput ? after : before).push(row);
  }
  // Every control shows, even one the layout forgot.
  const placed = new Set([...before, ...after].flat().map(([n]) => n));
  for (const name of Object.keys(spec.controls ?? {})) if (!placed.has(name)) before.push([[name, 1]]);
  return { before, after, hasOutput };
}

function setAt(value: unknown, index: number[], item: unknown): unknown {
  if (!index.length || !Array.isArray(value)) return item;
  const copy = [...(value as unknown[])];
  copy[index[0]!] = setAt(copy[index[0]!], index.slice(1), item);
  return copy;
}
