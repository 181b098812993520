// SPDX-License-Identifier: BSD-3-Clause
/**
 * SageCell's iopub messages in Jupyter's output model (PROTOCOL.md §5). Most messages are
 * ordinary Jupyter outputs; SageCell adds its own `display_data` kinds, marked
 * `source: "sagecell"`:
 *
 * - `text/image-filename`: a file the kernel wrote (a plot), served at the kernel's files
 *   URL: fetched and shown as an image ({@link MappedOutput} `file`);
 * - `text/html` that refers to `cell://` files (3-D plots in an iframe) and carries TeX in
 *   `<script type="math/tex">` (typeset by `tex.ts`);
 * - `application/sage-interact*` and `application/sage-clear`: `@interact` controls and their
 *   output (see `interacts.ts`);
 * - `application/x-jmol`: a folder with a 3-D scene and its `preview.png` (the preview is shown);
 * - `execute_result` with `text/plain: null`: the value was displayed already, show nothing.
 *
 * Pure: no network, no DOM. Text written into outputs is English (`english()`): outputs are
 * data, the same whatever the language of the cell that shows them.
 *
 * @packageDocumentation
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { english, msg } from '../../i18n/text.js';
import { escapeAttr, escapeText } from './escape.js';
import './catalogue.js'; // this backend's messages, in every language

/** A Jupyter message as SageCell relays it (JSON; binary buffers are dropped by the server). */
export interface SageCellMessage {
  channel?: string;
  header: { msg_type: string; msg_id?: string };
  parent_header: { msg_id?: string };
  metadata?: Record<string, unknown>;
  content: Record<string, unknown>;
}

export type MappedOutput =
  /** An output ready for the output model. */
  | { kind: 'output'; output: IOutput }
  /** A file to fetch from the kernel's files URL and show as an image (or link). */
  | { kind: 'file'; path: string; label: string }
  /** `application/sage-clear` (or clear_output): clear the output it belongs to. */
  | { kind: 'clear'; wait: boolean }
  /** A new `@interact`. */
  | { kind: 'interact'; spec: SageInteractSpec }
  /** A control of an interact changed, appeared or went away. */
  | { kind: 'interact-control'; change: InteractControlChange }
  | { kind: 'none' };

/** `application/sage-interact` (interact_sagecell.py, `interact`). */
export interface SageInteractSpec {
  new_interact_id: string;
  controls: Record<string, Record<string, unknown>>;
  layout: Array<Array<[string | null, number] | string | null>>;
  readonly?: boolean;
}

export type InteractControlChange =
  | { type: 'update'; interactId: string; name: string; value: unknown; index?: number[] }
  | { type: 'new'; interactId: string; name: string; control: Record<string, unknown> }
  | { type: 'delete'; interactId: string; name: string };

/** The interact an output belongs to (SageCell marks it in the message metadata). */
export function interactIdOf(msg: SageCellMessage): string | undefined {
  const id = msg.metadata?.interact_id;
  return typeof id === 'string' ? id : undefined;
}

/** What one iopub message means for the outputs; `filesUrl` is the kernel's files URL. */
export function mapIopub(msg: SageCellMessage, filesUrl: string): MappedOutput {
  const c = msg.content;
  switch (msg.header.msg_type) {
    case 'stream':
      // SageCell's own stream messages say `data` where Jupyter says `text`.
      return {
        kind: 'output',
        output: { output_type: 'stream', name: c.name === 'stderr' ? 'stderr' : 'stdout', text: String(c.text ?? c.data ?? '') },
      };
    case 'error':
      return { kind: 'output', output: errorOutput(c) };
    case 'clear_output':
      return { kind: 'clear', wait: c.wait === true };
    case 'display_data':
    case 'update_display_data':
    case 'execute_result':
      return mapBundle(msg, filesUrl);
    default:
      return { kind: 'none' };
  }
}

function mapBundle(msg: SageCellMessage, filesUrl: string): MappedOutput {
  const c = msg.content;
  const data = (c.data ?? {}) as Record<string, unknown>;
  const plain = data['text/plain'];
  if (typeof data['text/image-filename'] === 'string') {
    const path = data['text/image-filename'];
    return { kind: 'file', path, label: fileLabel(path) };
  }
  if (typeof data['application/x-jmol'] === 'string') {
    return { kind: 'file', path: `${data['application/x-jmol']}/preview.png`, label: JMOL_PREVIEW };
  }
  if (data['application/sage-interact']) return { kind: 'interact', spec: data['application/sage-interact'] as SageInteractSpec };
  const update = data['application/sage-interact-update'] as Record<string, unknown> | undefined;
  if (update) {
    return {
      kind: 'interact-control',
      change: {
        type: 'update',
        interactId: String(update.interact_id),
        name: String(update.control),
        value: update.value,
        ...(Array.isArray(update.index) ? { index: update.index as number[] } : {}),
      },
    };
  }
  const added = data['application/sage-interact-new-control'] as Record<string, unknown> | undefined;
  if (added) {
    return {
      kind: 'interact-control',
      change: { type: 'new', interactId: String(added.interact_id), name: String(added.name), control: added.control as Record<string, unknown> },
    };
  }
  const removed = data['application/sage-interact-del-control'] as Record<string, unknown> | undefined;
  if (removed) return { kind: 'interact-control', change: { type: 'delete', interactId: String(removed.interact_id), name: String(removed.name) } };
  if (data['application/sage-clear']) return { kind: 'clear', wait: false };
  if (data['application/sage-interact-bookmark']) return { kind: 'none' };

  const bundle: Record<string, unknown> = {};
  for (const [mime, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    // The embed evals `application/javascript`; a page must never run code from the server.
    if (mime === 'application/javascript' || mime === 'application/x-canvas3d') continue;
    bundle[mime] = value;
  }
  if (typeof bundle['text/html'] === 'string') {
    bundle['text/html'] = resolveCellLinks(bundle['text/html'], filesUrl);
    // SageCell's stand-in text for HTML ("html") would only confuse readers of `outputs`.
    if (plain === 'html') delete bundle['text/plain'];
  }
  if (data['application/javascript'] !== undefined && Object.keys(bundle).every((m) => m === 'text/plain')) {
    bundle['text/plain'] = JAVASCRIPT_NOT_RUN;
  }
  if (Object.keys(bundle).length === 0) return { kind: 'none' };
  const type = msg.header.msg_type === 'execute_result' ? 'execute_result' : 'display_data';
  const output = {
    output_type: type,
    data: bundle,
    metadata: {},
    ...(type === 'execute_result' ? { execution_count: (c.execution_count as number | undefined) ?? null } : {}),
  } as IOutput;
  return { kind: 'output', output };
}

/**
 * `cell://name` points into the kernel's files (the embed rewrites it the same way). An
 * iframe to such a file (a 3-D plot page, which needs its own scripts) becomes a link that
 * opens it: outputs never run server code inside the page.
 */
export function resolveCellLinks(html: string, filesUrl: string): string {
  const withFrames = html.replace(/<iframe\b[^>]*\bsrc\s*=\s*["']cell:\/\/([^"']+)["'][^>]*>\s*<\/iframe>/gi, (_, path: string) => {
    const href = escapeAttr(filesUrl + path);
    return `<p>${english(msg('sagecellOpen3dPlot', href))}</p>`;
  });
  return withFrames.replace(/cell:\/\//gi, filesUrl);
}


function errorOutput(c: Record<string, unknown>): IOutput {
  const ename = String(c.ename ?? 'Error');
  const evalue = String(c.evalue ?? '');
  const traceback = Array.isArray(c.traceback) ? c.traceback.map(String) : [];
  if (ename === 'StdinNotImplementedError') {
    // The server relays neither stdin nor input requests: say what that means for the reader.
    return {
      output_type: 'error',
      ename,
      evalue: NO_INPUT,
      traceback: [...traceback, `\u001b[0;31m${NO_INPUT}\u001b[0m`],
    } as IOutput;
  }
  return { output_type: 'error', ename, evalue, traceback } as IOutput;
}

export const NO_INPUT = english(msg('sagecellNoInput'));
const JMOL_PREVIEW = english(msg('sagecellJmolPreview'));
const JAVASCRIPT_NOT_RUN = english(msg('sagecellJavaScriptNotRun'));

/** The name of a file for labels: its path without the `?m=` cache-buster. */
export function fileLabel(path: string): string {
  return path.replace(/\?.*$/, '');
}

/** What kind of file a path names, for showing it. */
export function fileMime(path: string): string | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileLabel(path))?.[1]?.toLowerCase();
  return ext ? FILE_TYPES[ext] : undefined;
}

const FILE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

/** The list of files a run wrote (execute_reply `payload[0].new_files`), as links. */
export function newFilesOutput(files: string[], filesUrl: string): IOutput | null {
  if (!files.length) return null;
  const links = files.map((f) => `<a href="${escapeAttr(filesUrl + encodeURI(f))}">${escapeText(f)}</a>`).join(', ');
  return {
    output_type: 'display_data',
    data: { 'text/html': `<p>${english(msg('sagecellFilesWritten', links))}</p>`, 'text/plain': english(msg('sagecellFilesWritten', files.join(', '))) },
    metadata: {},
  } as IOutput;
}
