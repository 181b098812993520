// SPDX-License-Identifier: BSD-3-Clause
// SageCell's own output kinds, mapped into Jupyter's output model.
import { describe, expect, test } from 'vitest';
import { fileMime, mapIopub, newFilesOutput, resolveCellLinks, type SageCellMessage } from '../../src/kernels/sagecell/outputs.js';
import { hasTex, typesetHtml, withoutAnnotation } from '../../src/kernels/sagecell/tex.js';
import { toBase64 } from '../../src/kernels/sagecell/files.js';

const FILES = 'http://s/kernel/k-1/files/';

function msg(type: string, content: Record<string, unknown>, metadata: Record<string, unknown> = {}): SageCellMessage {
  return { header: { msg_type: type, msg_id: 'm' }, parent_header: { msg_id: 'p' }, metadata, content, channel: 'iopub' };
}

const display = (data: Record<string, unknown>) => mapIopub(msg('display_data', { data, source: 'sagecell' }), FILES);

describe('mapping SageCell outputs', () => {
  test('streams: Jupyter’s `text` and SageCell’s own `data`', () => {
    expect(mapIopub(msg('stream', { name: 'stdout', text: '2' }), FILES)).toEqual({ kind: 'output', output: { output_type: 'stream', name: 'stdout', text: '2' } });
    expect(mapIopub(msg('stream', { name: 'stderr', data: 'oops' }), FILES)).toEqual({ kind: 'output', output: { output_type: 'stream', name: 'stderr', text: 'oops' } });
  });

  test('an execute_result of `text/plain: null` shows nothing (the value was displayed already)', () => {
    expect(mapIopub(msg('execute_result', { data: { 'text/plain': null }, metadata: {}, execution_count: 1 }), FILES)).toEqual({ kind: 'none' });
    expect(mapIopub(msg('execute_result', { data: { 'text/plain': '3/4' }, metadata: {}, execution_count: 2 }), FILES)).toEqual({
      kind: 'output',
      output: { output_type: 'execute_result', data: { 'text/plain': '3/4' }, metadata: {}, execution_count: 2 },
    });
  });

  test('text/image-filename: a file to fetch, labelled without its cache-buster', () => {
    expect(display({ 'text/plain': 'text/image-filename file', 'text/image-filename': 'tmp_x.png?m=17.5' })).toEqual({ kind: 'file', path: 'tmp_x.png?m=17.5', label: 'tmp_x.png' });
    expect(fileMime('tmp_x.png?m=1')).toBe('image/png');
    expect(fileMime('a.SVG')).toBe('image/svg+xml');
    expect(fileMime('plot.pdf')).toBe('application/pdf');
    expect(fileMime('data.txt')).toBeUndefined();
  });

  test('a Jmol scene shows its preview image', () => {
    expect(display({ 'application/x-jmol': 'tmp_ab.jmol' })).toMatchObject({ kind: 'file', path: 'tmp_ab.jmol/preview.png' });
  });

  test('HTML: SageCell’s stand-in text goes, cell:// points at the kernel’s files, a 3-D iframe becomes a link', () => {
    const mapped = display({ 'text/plain': 'html', 'text/html': '<img src="cell://a.png">' });
    expect(mapped).toEqual({ kind: 'output', output: { output_type: 'display_data', data: { 'text/html': `<img src="${FILES}a.png">` }, metadata: {} } });
    const frame = resolveCellLinks('<iframe scrolling="no" src="cell://tmp_1.html" style="height: 500px"></iframe>', FILES);
    expect(frame).toBe(`<p><a href="${FILES}tmp_1.html">Open the 3-D plot</a> (it opens in a new tab).</p>`);
  });

  test('JavaScript from the server is never run: it is dropped (with a note when it was all there was)', () => {
    expect(display({ 'application/javascript': 'alert(1)', 'text/plain': 'javascript code' })).toEqual({
      kind: 'output',
      output: { output_type: 'display_data', data: { 'text/plain': '[JavaScript output from the server is not run here]' }, metadata: {} },
    });
  });

  test('interacts, their control changes and sage-clear', () => {
    const spec = { new_interact_id: 'i1', controls: {}, layout: [] };
    expect(display({ 'application/sage-interact': spec, 'text/plain': 'Sage Interact' })).toEqual({ kind: 'interact', spec });
    expect(display({ 'application/sage-interact-update': { interact_id: 'i1', control: 'n', value: 4 } })).toEqual({
      kind: 'interact-control',
      change: { type: 'update', interactId: 'i1', name: 'n', value: 4 },
    });
    expect(display({ 'application/sage-interact-del-control': { interact_id: 'i1', name: 'n' } })).toEqual({
      kind: 'interact-control',
      change: { type: 'delete', interactId: 'i1', name: 'n' },
    });
    expect(display({ 'application/sage-clear': { changed: ['n'] }, 'text/plain': 'Clear display' })).toEqual({ kind: 'clear', wait: false });
  });

  test('the files a run wrote, as links (names escaped)', () => {
    const out = newFilesOutput(['data.txt', 'a<b>.csv'], FILES) as { data: Record<string, string> };
    expect(out.data['text/html']).toBe(`<p>Files written: <a href="${FILES}data.txt">data.txt</a>, <a href="${FILES}a%3Cb%3E.csv">a&#60;b&#62;.csv</a></p>`);
    expect(newFilesOutput([], FILES)).toBeNull();
  });

  test('base64 of a file, in chunks (large files do not overflow the call stack)', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('TeX in HTML', () => {
  test('each math/tex script becomes MathML, inline or display; the rest of the HTML stays', async () => {
    const html = '<table><tr><td><script type="math/tex">x^2</script></td></tr></table><script type="math/tex; mode=display">\\frac{1}{2}</script>';
    expect(hasTex(html)).toBe(true);
    const out = await typesetHtml(html);
    expect(out).not.toContain('<script');
    expect(out.match(/<math/g)).toHaveLength(2);
    expect(out).toContain('display="block"');
    expect(out).toContain('<mfrac>');
    expect(out.startsWith('<table><tr><td>')).toBe(true);
    // The TeX source would show as text after sanitising: it is not kept.
    expect(out).not.toContain('annotation');
    expect(out).not.toContain('\\frac');
  });

  test('Sage’s \\newcommand preamble and its \\Bold macro work', async () => {
    const out = await typesetHtml('<script type="math/tex">\\newcommand{\\Bold}[1]{\\mathbf{#1}}\\Bold{Z}</script>');
    expect(out).toContain('mathvariant="bold"');
    expect(out).not.toContain('merror');
  });

  test('HTML without TeX is left alone', () => {
    expect(hasTex('<script>alert(1)</script><b>x</b>')).toBe(false);
    expect(withoutAnnotation('<math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math>')).toBe('<math><mi>x</mi></math>');
  });
});
