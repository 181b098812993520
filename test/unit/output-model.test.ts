// SPDX-License-Identifier: BSD-3-Clause
import { describe, expect, test } from 'vitest';
import { OutputModel, type OutputChange } from '../../src/output/model.js';
import { StreamText } from '../../src/output/stream-text.js';
import type { IOutput } from '@jupyterlab/nbformat';

const out = (name: string, text: string): IOutput => ({ output_type: 'stream', name, text }) as IOutput;

describe('StreamText: text as a terminal shows it', () => {
  test.each([
    ['plain', ['ab', 'c\nd'], 'abc\nd'],
    ['\\r redraws the line', ['10%', '\r20%', '\r30%\n'], '30%\n'],
    ['\\r overwrites only as far as it writes', ['hello', '\rab'], 'abllo'],
    ['\\r\\n is a line end', ['abc\r\n', 'def'], 'abc\ndef'],
    ['\\r\\n split across chunks', ['abc\r', '\ndef'], 'abc\ndef'],
    ['\\b steps back', ['abc\b\bX'], 'aXc'],
    ['\\b at the start of a line stays there', ['\b\bab'], 'ab'],
    ['earlier lines are never touched by \\r', ['one\ntwo', '\rTWO'], 'one\nTWO'],
    ['arrays of lines (nbformat) joined', [['a\n', 'b'].join('')], 'a\nb'],
  ])('%s', (_, chunks, expected) => {
    const s = new StreamText();
    for (const c of chunks) s.append(c);
    expect(s.text).toBe(expected);
  });

  test('100,000 lines append in linear time', () => {
    const s = new StreamText();
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) s.append(`${i}\n`);
    expect(s.text.split('\n')).toHaveLength(100_001);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('OutputModel', () => {
  test('consecutive streams of one name merge; another name starts a new output', () => {
    const m = new OutputModel();
    const changes: OutputChange[] = [];
    m.onChange((c) => changes.push(c));
    m.add(out('stdout', 'a\n'));
    m.add(out('stdout', 'b\n'));
    m.add(out('stderr', 'oops\n'));
    m.add(out('stdout', 'c\n'));
    expect(m.outputs).toEqual([out('stdout', 'a\nb\n'), out('stderr', 'oops\n'), out('stdout', 'c\n')]);
    expect(changes.map((c) => c.type)).toEqual(['add', 'append', 'add', 'add']);
  });

  test('outputs are snapshots: changing them does not change the model', () => {
    const m = new OutputModel();
    m.add(out('stdout', 'a'));
    const snapshot = m.outputs;
    (snapshot[0] as { text: string }).text = 'changed';
    m.add(out('stdout', 'b'));
    expect(m.outputs[0]).toEqual(out('stdout', 'ab'));
  });

  test('clear(wait) clears only when the next output arrives', () => {
    const m = new OutputModel();
    m.add(out('stdout', 'frame 1\n'));
    m.clear(true);
    expect(m.length).toBe(1);
    m.add(out('stdout', 'frame 2\n'));
    expect(m.outputs).toEqual([out('stdout', 'frame 2\n')]);
    m.clear();
    expect(m.length).toBe(0);
  });

  test('update replaces every output with the display id, and nothing else', () => {
    const m = new OutputModel();
    const shown = (text: string, id?: string): IOutput =>
      ({ output_type: 'display_data', data: { 'text/plain': text }, metadata: {}, ...(id ? { transient: { display_id: id } } : {}) }) as IOutput;
    m.add(shown('first', 'x'));
    m.add(shown('other'));
    m.add(shown('again', 'x'));
    m.update('x', shown('new'));
    expect(m.outputs.map((o) => (o as { data: Record<string, string> }).data['text/plain'])).toEqual(['new', 'other', 'new']);
    m.update('unknown', shown('ignored'));
    expect(m.length).toBe(3);
  });

  test('multiline strings in mime bundles are joined; JSON is left alone', () => {
    const m = new OutputModel();
    m.add({ output_type: 'display_data', data: { 'text/html': ['<b>', 'x</b>'], 'application/json': { a: [1, 2] } }, metadata: {} } as IOutput);
    expect((m.outputs[0] as { data: unknown }).data).toEqual({ 'text/html': '<b>x</b>', 'application/json': { a: [1, 2] } });
  });
});
