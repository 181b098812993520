// SPDX-License-Identifier: BSD-3-Clause
/**
 * Interactive outputs: Sage's `@interact` controls and the output they drive, mime type
 * `application/vnd.exec-cell.interact+json`. An interact arrives as consecutive parts:
 *
 * - `{ id, part: 'controls', rows, readonly?, disabled? }`: rows of cells, each a control
 *   message as Sage's interact module writes it (`control_type` slider, checkbox,
 *   input_box, selector, button, button_bar, color_selector, input_grid, multi_slider,
 *   html_box), with its share of the row's `width`;
 * - `{ id, part: 'output', outputs, busy? }`: what the interact's function showed, as
 *   nbformat outputs.
 *
 * A reader's change to a control dispatches a bubbling, composed `exec-cell-interact` event
 * (detail: `{ interactId, name, value }`); the cell hands it to its kernel session. Values
 * are Sage's: the index into `values` for discrete sliders, selectors and button bars.
 *
 * Controls live in a shadow root of their own (their styles stay inside); the output part is
 * plain markup inside the cell's output area, so it looks like any other output.
 *
 * @packageDocumentation
 */
import type { IStream } from '@jupyterlab/nbformat';
import { renderOutput, type RenderOptions } from '../output/render.js';
import type { InteractPart } from '../kernels/types.js';
import { setTerminalText } from '../output/ansi.js';
import { say, type Messages } from '../i18n/text.js';

export const INTERACT_EVENT = 'exec-cell-interact';

export interface InteractChangeDetail {
  interactId: string;
  name: string;
  value: unknown;
}

/** A Sage control message (interact_sagecell.py, `message()` of each control class). */
type Control = Record<string, unknown> & { control_type?: string; label?: string };

let parts = 0;

/** Fill `host` with one interact part. */
export function renderInteract(host: HTMLElement, data: InteractPart, opts: RenderOptions): void {
  if (data.part === 'output') renderOutputPart(host, data, opts);
  else renderControls(host, data, opts.messages);
}

function renderOutputPart(host: HTMLElement, data: InteractPart, opts: RenderOptions): void {
  host.classList.add('interact-output');
  host.setAttribute('aria-busy', data.busy ? 'true' : 'false');
  // Dimmed while the function runs again, as the embed marks changed controls.
  host.style.opacity = data.busy ? '0.6' : '';
  for (const o of data.outputs ?? []) {
    if (o.output_type === 'stream') {
      const wrap = document.createElement('div');
      wrap.className = `stream ${(o as IStream).name}`;
      const pre = document.createElement('pre');
      setTerminalText(pre, String((o as IStream).text));
      wrap.append(pre);
      host.append(wrap);
    } else {
      host.append(renderOutput(o, opts));
    }
  }
}

function renderControls(host: HTMLElement, data: InteractPart, t: Messages): void {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet()];
  const prefix = `interact-${++parts}-`;
  const form = document.createElement('div');
  form.className = 'controls';
  form.setAttribute('role', 'group');
  form.setAttribute('aria-label', t.interactControls);
  const enabled = !data.readonly && !data.disabled;
  const send = (name: string, value: unknown) => {
    if (!enabled) return;
    host.dispatchEvent(
      new CustomEvent<InteractChangeDetail>(INTERACT_EVENT, {
        bubbles: true,
        composed: true,
        detail: { interactId: data.id, name, value },
      }),
    );
  };
  for (const row of data.rows ?? []) {
    const line = document.createElement('div');
    line.className = 'row';
    const total = row.reduce((sum, c) => sum + (c.width || 1), 0) || 1;
    for (const cell of row) {
      const box = document.createElement('div');
      box.className = 'cell';
      box.style.flexGrow = String((cell.width || 1) / total);
      if (cell.name && cell.control) box.append(...control(cell.name, cell.control as Control, prefix + cell.name, (v) => send(cell.name!, v), enabled, t));
      line.append(box);
    }
    form.append(line);
  }
  if (data.disabled) {
    const note = document.createElement('p');
    note.className = 'disabled';
    note.setAttribute('role', 'status');
    note.textContent = say(t, data.disabled);
    form.append(note);
  }
  root.append(form);
}

/** A label and the control itself. */
function control(name: string, c: Control, id: string, send: (value: unknown) => void, enabled: boolean, t: Messages): Node[] {
  const label = typeof c.label === 'string' ? c.label : name;
  const built = build(c, label || name, id, send, t);
  const nodes: Node[] = [];
  if (built.field) {
    // One form field: a real <label for> names it.
    built.field.id = id;
    if (label) {
      const l = document.createElement('label');
      l.htmlFor = id;
      l.textContent = label;
      nodes.push(l);
    } else {
      built.field.setAttribute('aria-label', name);
    }
  } else if (label && built.grouped) {
    nodes.push(legend(label));
  }
  if (!enabled) for (const field of built.el.querySelectorAll('input, select, textarea, button')) (field as HTMLInputElement).disabled = true;
  if (!enabled && 'disabled' in built.el) (built.el as HTMLInputElement).disabled = true;
  nodes.push(built.el);
  return nodes;
}

/** A control's element; `field` is the form field its label names, `grouped` says it labels itself as a group. */
interface Built {
  el: HTMLElement;
  field?: HTMLElement;
  grouped?: boolean;
}

function build(c: Control, name: string, id: string, send: (value: unknown) => void, t: Messages): Built {
  switch (c.control_type) {
    case 'slider':
      return slider(c, send, t);
    case 'multi_slider':
      return { el: multiSlider(c, name, send, t), grouped: true };
    case 'checkbox': {
      const box = input('checkbox');
      box.checked = c.default === true;
      box.addEventListener('change', () => send(box.checked));
      return { el: box, field: box };
    }
    case 'input_box': {
      const box = textBox(c, send);
      return { el: box, field: box };
    }
    case 'selector': {
      const el = selector(c, name, id, send);
      return el instanceof HTMLSelectElement ? { el, field: el } : { el, grouped: true };
    }
    case 'button': {
      const b = button(String(c.text ?? name));
      b.addEventListener('click', () => send(true));
      return { el: b };
    }
    case 'button_bar':
      return { el: buttonBar(c, name, send), grouped: true };
    case 'color_selector': {
      const color = input('color');
      color.value = typeof c.default === 'string' ? c.default : '#000000';
      color.addEventListener('change', () => send(color.value));
      return { el: color, field: color };
    }
    case 'input_grid':
      return { el: grid(c, name, send, t), grouped: true };
    case 'html_box': {
      const el = document.createElement('div');
      el.className = 'html';
      void import('../output/sanitize.js').then(({ sanitizeHtml }) => el.append(sanitizeHtml(String(c.value ?? '')).fragment));
      return { el };
    }
    default: {
      const el = document.createElement('span');
      el.className = 'unsupported';
      el.textContent = t.controlUnsupported(name, String(c.control_type));
      return { el };
    }
  }
}

function legend(text: string): HTMLElement {
  const l = document.createElement('span');
  l.className = 'legend';
  l.textContent = text;
  return l;
}

function input(type: string): HTMLInputElement {
  const el = document.createElement('input');
  el.type = type;
  return el;
}

function button(text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  return b;
}

const num = (v: unknown, fallback = 0) => (Number.isFinite(Number(v)) ? Number(v) : fallback);

/**
 * Sliders: discrete ones move over indexes into `values` (what Sage takes back), continuous
 * ones over `range` in `step`s; `*_range` subtypes have two thumbs, drawn as two sliders.
 * A change is sent when the thumb is let go (or a key moves it), as the embed does.
 */
function slider(c: Control, send: (value: unknown) => void, t: Messages): Built {
  const discrete = String(c.subtype ?? '').startsWith('discrete');
  const ranged = String(c.subtype ?? '').endsWith('_range');
  const values = Array.isArray(c.values) ? (c.values as unknown[]).map(String) : [];
  const [min, max] = Array.isArray(c.range) ? (c.range as unknown[]).map((v) => num(v)) : [0, 100];
  const show = (v: number) => (discrete ? (values[v] ?? String(v)) : formatNumber(v));
  const wrap = document.createElement('span');
  wrap.className = 'slider';
  const thumbs: HTMLInputElement[] = [];
  const defaults = ranged && Array.isArray(c.default) ? (c.default as unknown[]) : [c.default];
  const readout = document.createElement('output');
  const current = () => thumbs.map((t) => num(t.value));
  const refresh = () => {
    const now = current();
    readout.textContent = ranged ? `(${now.map(show).join(', ')})` : show(now[0]!);
    for (const t of thumbs) t.setAttribute('aria-valuetext', show(num(t.value)));
  };
  for (const d of defaults) {
    const thumb = input('range');
    thumb.min = String(min);
    thumb.max = String(max);
    thumb.step = discrete ? '1' : String(num(c.step, (max! - min!) / 100) || 'any');
    thumb.value = String(num(d, min));
    thumb.addEventListener('input', refresh);
    thumb.addEventListener('change', () => {
      const now = current();
      send(ranged ? [Math.min(...now), Math.max(...now)] : now[0]);
    });
    thumbs.push(thumb);
    wrap.append(thumb);
  }
  if (c.display_value !== false) wrap.append(readout);
  refresh();
  // The first thumb carries the control's label; the second says which end it is.
  if (thumbs[1]) thumbs[1].setAttribute('aria-label', t.rangeUpperEnd);
  return { el: wrap, field: thumbs[0]! };
}

function multiSlider(c: Control, name: string, send: (value: unknown) => void, t: Messages): HTMLElement {
  const group = document.createElement('span');
  group.className = 'multi';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', name);
  const count = num(c.sliders, 1);
  const discrete = c.subtype === 'discrete';
  const values = (Array.isArray(c.default) ? (c.default as unknown[]) : []).map((v) => num(v));
  for (let i = 0; i < count; i++) {
    const range = Array.isArray(c.range) ? ((c.range as unknown[])[i] as unknown[]) : [0, 100];
    const labels = discrete && Array.isArray(c.values) ? ((c.values as unknown[])[i] as unknown[]).map(String) : null;
    const thumb = input('range');
    thumb.min = String(num(range?.[0]));
    thumb.max = String(num(range?.[1], 100));
    thumb.step = String(Array.isArray(c.step) ? num((c.step as unknown[])[i], 1) : 1);
    thumb.value = String(values[i] ?? 0);
    thumb.setAttribute('aria-label', t.numbered(name, i + 1));
    const show = () => thumb.setAttribute('aria-valuetext', labels ? (labels[num(thumb.value)] ?? thumb.value) : thumb.value);
    show();
    thumb.addEventListener('input', show);
    thumb.addEventListener('change', () => {
      values[i] = num(thumb.value);
      send([...values]);
    });
    group.append(thumb);
  }
  return group;
}

function textBox(c: Control, send: (value: unknown) => void): HTMLElement {
  const area = c.subtype === 'textarea';
  const box = area ? document.createElement('textarea') : input('text');
  box.value = String(c.default ?? '');
  if (area) {
    (box as HTMLTextAreaElement).rows = Math.max(1, num(c.height, 2));
    if (num(c.width) > 0) (box as HTMLTextAreaElement).cols = num(c.width);
  } else if (num(c.width) > 0) {
    (box as HTMLInputElement).size = num(c.width);
  }
  box.autocomplete = 'off';
  box.spellcheck = false;
  box.setAttribute('autocapitalize', 'off');
  if (c.evaluate) box.classList.add('code');
  box.addEventListener(c.keypress ? 'input' : 'change', () => send(box.value));
  return box;
}

function selector(c: Control, name: string, id: string, send: (value: unknown) => void): HTMLElement {
  const labels = Array.isArray(c.value_labels) ? (c.value_labels as unknown[]).map(String) : [];
  const chosen = num(c.default);
  if (c.subtype === 'list' || !c.subtype) {
    const select = document.createElement('select');
    labels.forEach((l, i) => select.append(new Option(l, String(i), i === chosen, i === chosen)));
    select.addEventListener('change', () => send(select.selectedIndex));
    return select;
  }
  // Radio buttons (`radio`) or a row of toggle buttons (`button`): one choice either way.
  const group = document.createElement('span');
  group.className = c.subtype === 'button' ? 'choices buttons' : 'choices';
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', name);
  labels.forEach((l, i) => {
    const option = document.createElement('label');
    const radio = input('radio');
    radio.name = id;
    radio.id = `${id}-${i}`;
    radio.checked = i === chosen;
    radio.addEventListener('change', () => radio.checked && send(i));
    option.append(radio, ` ${l}`);
    group.append(option);
  });
  return group;
}

function buttonBar(c: Control, name: string, send: (value: unknown) => void): HTMLElement {
  const bar = document.createElement('span');
  bar.className = 'buttons';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', name);
  const labels = Array.isArray(c.value_labels) ? (c.value_labels as unknown[]).map(String) : [];
  labels.forEach((l, i) => {
    const b = button(l);
    b.addEventListener('click', () => send(i));
    bar.append(b);
  });
  return bar;
}

function grid(c: Control, name: string, send: (value: unknown) => void, t: Messages): HTMLElement {
  const rows = num(c.nrows, 1);
  const cols = num(c.ncols, 1);
  const values = Array.isArray(c.default) ? (c.default as unknown[][]) : [];
  const wrap = document.createElement('span');
  wrap.className = 'grid';
  wrap.setAttribute('role', 'group');
  wrap.setAttribute('aria-label', name);
  const table = document.createElement('table');
  const boxes: HTMLInputElement[][] = [];
  for (let r = 0; r < rows; r++) {
    const tr = table.insertRow();
    boxes.push([]);
    for (let k = 0; k < cols; k++) {
      const box = input('text');
      box.size = Math.max(2, num(c.width, 5));
      box.value = String(values[r]?.[k] ?? '');
      box.setAttribute('aria-label', t.matrixEntry(name, r + 1, k + 1));
      boxes[r]!.push(box);
      tr.insertCell().append(box);
    }
  }
  const submit = button(t.submit);
  submit.addEventListener('click', () => send(boxes.map((row) => row.map((b) => b.value))));
  wrap.append(table, submit);
  return wrap;
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}

let styles: CSSStyleSheet | undefined;

function sheet(): CSSStyleSheet {
  if (styles) return styles;
  styles = new CSSStyleSheet();
  styles.replaceSync(`
    :host { display: block; }
    .controls { display: flex; flex-direction: column; gap: 0.5rem; padding: 0.5rem 0; }
    .row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
    .cell { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; min-width: min(16em, 100%); }
    label, .legend { font-weight: 600; }
    .choices label { font-weight: normal; display: inline-flex; align-items: center; min-height: 44px; margin-right: 0.75em; }
    .slider { display: inline-flex; align-items: center; gap: 0.5em; flex: 1; min-width: 10em; }
    input[type="range"] { flex: 1; min-width: 8em; min-height: 44px; accent-color: var(--exec-cell-accent, #0a66c2); }
    output { font-family: var(--exec-cell--mono, ui-monospace, monospace); min-width: 3ch; }
    input[type="text"], textarea, select {
      font: inherit; min-height: 44px; box-sizing: border-box; padding: 0 0.5em;
      color: inherit; background: var(--exec-cell--editor-bg, transparent);
      border: 1px solid var(--exec-cell-border, #d0d7de); border-radius: 6px;
    }
    textarea { padding: 0.5em; }
    .code { font-family: var(--exec-cell--mono, ui-monospace, monospace); }
    input[type="checkbox"], input[type="radio"] { width: 1.25em; height: 1.25em; accent-color: var(--exec-cell-accent, #0a66c2); }
    input[type="color"] { min-width: 44px; min-height: 44px; }
    button {
      font: inherit; min-height: 44px; min-width: 44px; padding: 0 0.9em; cursor: pointer;
      color: inherit; background: transparent; border: 1px solid var(--exec-cell-border, #d0d7de); border-radius: 6px;
    }
    button:hover:not(:disabled) { border-color: var(--exec-cell-accent, #0a66c2); }
    :focus-visible { outline: 2px solid var(--exec-cell-accent, #0a66c2); outline-offset: 2px; }
    :disabled { opacity: 0.6; cursor: not-allowed; }
    .buttons { display: inline-flex; flex-wrap: wrap; gap: 0.25rem; }
    .grid table { border-collapse: collapse; }
    .multi { display: inline-flex; flex-wrap: wrap; gap: 0.5rem; }
    .disabled { margin: 0; color: var(--exec-cell--muted, #59636e); font-style: italic; }
    .unsupported { color: var(--exec-cell--muted, #59636e); }
  `);
  return styles;
}
