// SPDX-License-Identifier: BSD-3-Clause
// Thebe, ThebeLab and Juniper configs as page defaults, and Thebe's readings of its markup.
import { afterEach, describe, expect, test } from 'vitest';
import { defaultsFromThebeConfig, splitPrompts, thebeReadOnly } from '../../src/compat/thebe.js';
import { defaultsFromJuniper } from '../../src/compat/juniper.js';
import { eventHub } from '../../src/compat/globals.js';
import { pageConfig, resetPageConfig, resolveBackend, sessionOptions, type PageConfig } from '../../src/config.js';

const g = globalThis as { ExecCell?: { pageDefaults?: PageConfig; legacyDefaults?: PageConfig } };
afterEach(() => {
  delete g.ExecCell;
  resetPageConfig();
});

describe('a Thebe config becomes page defaults', () => {
  test('a Binder repo, with its ref, provider, hub and kernel', () => {
    expect(
      defaultsFromThebeConfig({
        binderOptions: { repo: 'org/repo', ref: 'v1', repoProvider: 'gitlab', binderUrl: 'https://hub.example/' },
        kernelOptions: { name: 'ir' },
      }),
    ).toEqual({ backend: 'binder', repo: 'org/repo', ref: 'v1', provider: 'gl', binderUrl: 'https://hub.example/', kernel: 'ir' });
  });
  test('useBinder: false takes the Jupyter server instead', () => {
    expect(
      defaultsFromThebeConfig({ useBinder: false, binderOptions: { repo: 'a/b' }, kernelOptions: { serverSettings: { baseUrl: 'http://j/', token: 't' } } }),
    ).toEqual({ backend: 'jupyter', server: 'http://j/', token: 't' });
  });
  test('useJupyterLite runs in the browser; kernelName (older Thebe) names the kernel', () => {
    expect(defaultsFromThebeConfig({ useJupyterLite: true, kernelName: 'python' })).toEqual({ backend: 'pyodide', kernel: 'python' });
  });

  test('the script tag’s data-backend wins over the Thebe config for every cell', () => {
    g.ExecCell = { pageDefaults: { backend: 'pyodide' }, legacyDefaults: defaultsFromThebeConfig({ binderOptions: { repo: 'a/b' }, kernelOptions: { name: 'python3' } }) };
    const page = pageConfig();
    expect(resolveBackend({}, page)).toBe('pyodide');
    expect(page.repo).toBeUndefined();
  });
  test('a server on the script tag does not get the old server’s token', () => {
    g.ExecCell = { pageDefaults: { server: 'http://new/' }, legacyDefaults: { backend: 'jupyter', server: 'http://old/', token: 'old-token', kernel: 'ir' } };
    const page = pageConfig();
    expect(resolveBackend({}, page)).toBe('jupyter');
    expect(sessionOptions('jupyter', {}, page)).toEqual({ backend: 'jupyter', server: 'http://new/', kernel: 'ir' });
  });
  test('without exec-cell settings the Thebe config is used: a Binder cell on its repo', () => {
    g.ExecCell = { pageDefaults: {}, legacyDefaults: defaultsFromThebeConfig({ binderOptions: { repo: 'a/b', ref: 'main' } }) };
    const page = pageConfig();
    expect(resolveBackend({}, page)).toBe('binder');
    expect(sessionOptions('binder', {}, page)).toMatchObject({ repo: 'a/b', ref: 'main', provider: 'gh', kernel: 'python3' });
    // A cell's own repo does not take the page's ref.
    expect(sessionOptions('binder', { repo: 'c/d' }, page)).toMatchObject({ repo: 'c/d', ref: 'HEAD' });
  });
});

describe('Thebe’s readings of its markup', () => {
  test('stripPrompts splits at outputs, keeps continuation lines, trims lines', () => {
    const text = `
    sage: 1 + 1
    2
    sage: x = 3
    sage: y = 4

    sage: z = 5
    sage: x + y + \\
    ....: z
    12
  `;
    expect(splitPrompts(text, 'sage: ', '....: ')).toEqual(['1 + 1\n', 'x = 3\ny = 4\n', 'z = 5\nx + y + \\\nz\n']);
    expect(splitPrompts('a = 1', 'sage: ')).toBeUndefined();
  });
  const el = (value: string | null) => ({ getAttribute: () => value }) as unknown as Element;
  test.each([
    ['absent', null, false],
    ['empty', '', true],
    ['"true"', 'true', true],
    ['"false"', 'false', false],
    ['"False"', 'False', false],
  ])('data-readonly %s', (_, value, expected) => expect(thebeReadOnly(el(value), {})).toBe(expected));
  test('codeMirrorConfig.readOnly applies to cells without data-readonly', () => {
    expect(thebeReadOnly(el(null), { codeMirrorConfig: { readOnly: true } })).toBe(true);
    expect(thebeReadOnly(el('false'), { codeMirrorConfig: { readOnly: true } })).toBe(false);
  });
});

describe('Juniper options', () => {
  test('repo, branch (default master), url and kernelType', () => {
    expect(defaultsFromJuniper({ repo: 'ines/spacy-io-binder', url: 'https://hub/' })).toEqual({
      backend: 'binder',
      repo: 'ines/spacy-io-binder',
      ref: 'master',
      binderUrl: 'https://hub/',
      kernel: 'python3',
    });
    expect(defaultsFromJuniper({ useBinder: false, serverSettings: { baseUrl: 'http://j/' }, kernelType: 'ir' })).toEqual({
      backend: 'jupyter',
      server: 'http://j/',
      kernel: 'ir',
    });
  });
});

describe('the events hub of thebe.events', () => {
  test('on, one, off and a handler that throws', () => {
    const hub = eventHub();
    const seen: unknown[] = [];
    const original = console.error;
    console.error = () => {};
    try {
      hub.on('status', () => {
        throw new Error('page bug');
      });
      hub.on('status', (_e, d) => seen.push(d));
      hub.one('status', () => seen.push('once'));
      hub.trigger('status', { status: 'ready' });
      hub.trigger('status', { status: 'busy' });
    } finally {
      console.error = original;
    }
    expect(seen).toEqual([{ status: 'ready' }, 'once', { status: 'busy' }]);
  });
});
