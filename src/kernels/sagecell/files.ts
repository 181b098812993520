// SPDX-License-Identifier: BSD-3-Clause
/**
 * Files the kernel wrote and displayed (`text/image-filename`: plots, R and Octave figures)
 * as outputs. The server serves them at the kernel's files URL with CORS headers that echo
 * the page's origin, and keeps them after the kernel ends, so they are fetched and embedded
 * in the output (a PNG becomes `image/png` base64, as Jupyter sends it): the outputs then
 * stand on their own, like a notebook's. If the fetch fails (a server without those CORS
 * headers), an `<img src>` pointing at the file is shown instead: images need no CORS.
 *
 * @packageDocumentation
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { fileMime } from './outputs.js';
import { escapeAttr, escapeText } from './escape.js';

/** Largest file embedded in the outputs; bigger ones are linked. */
const MAX_EMBED_BYTES = 8 * 1024 * 1024;

export async function fileOutput(filesUrl: string, path: string, label: string): Promise<IOutput> {
  const url = filesUrl + path;
  const mime = fileMime(path);
  const display = (data: Record<string, string>): IOutput => ({ output_type: 'display_data', data: { ...data, 'text/plain': label }, metadata: {} }) as IOutput;
  if (!mime || mime === 'application/pdf') {
    return display({ 'text/html': `<p><a href="${escapeAttr(url)}">${escapeText(label)}</a></p>` });
  }
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw new Error(`${response.status}`);
    if (mime === 'image/svg+xml') return display({ 'image/svg+xml': await response.text() });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_EMBED_BYTES) throw new Error('too large to embed');
    return display({ [mime]: toBase64(bytes) });
  } catch {
    return display({ 'text/html': `<img src="${escapeAttr(url)}" alt="${escapeAttr(label)}">` });
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
