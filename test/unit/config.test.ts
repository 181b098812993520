// SPDX-License-Identifier: BSD-3-Clause
import { describe, expect, test } from 'vitest';
import { parseConfig, resolveBackend, sessionOptions } from '../../src/config.js';

describe('which backend a cell uses (DESIGN §4)', () => {
  test.each([
    ['its own backend wins', { backend: 'sagecell', repo: 'a/b' }, {}, 'sagecell'],
    ['a repo means binder', { repo: 'a/b', server: 'http://x' }, {}, 'binder'],
    ['its own server means jupyter', { server: 'http://x' }, { backend: 'pyodide' as const }, 'jupyter'],
    ['else the page default', {}, { backend: 'sagecell' as const }, 'sagecell'],
    ['a page data-server means jupyter', {}, { server: 'http://x' }, 'jupyter'],
    ['else pyodide', {}, {}, 'pyodide'],
    ['names are case-insensitive', { backend: 'Jupyter' }, {}, 'jupyter'],
  ])('%s', (_, cell, page, expected) => expect(resolveBackend(cell, page)).toBe(expected));

  test('an unknown backend is reported, not guessed', () => {
    expect(resolveBackend({ backend: 'fortran' }, {})).toEqual({ invalid: 'fortran' });
  });
});

describe('session options', () => {
  test('a Jupyter cell without server uses the page’s, with the page’s token', () => {
    expect(sessionOptions('jupyter', {}, { server: 'http://h:8888', token: 't' })).toEqual({
      backend: 'jupyter',
      server: 'http://h:8888/',
      token: 't',
      kernel: 'python3',
    });
  });
  test('a cell on another server does not get the page’s token', () => {
    expect(sessionOptions('jupyter', { server: 'http://other/' }, { server: 'http://h/', token: 't' }).token).toBeUndefined();
  });
  test('JupyterHub user-server URLs keep their path', () => {
    expect(sessionOptions('jupyter', { server: 'https://hub.example/user/ada' }, {}).server).toBe('https://hub.example/user/ada/');
  });
  test('SageCell and Binder defaults', () => {
    expect(sessionOptions('sagecell', {}, {})).toMatchObject({ server: 'https://sagecell.sagemath.org/', language: 'sage' });
    expect(sessionOptions('binder', { repo: 'o/r' }, {})).toMatchObject({
      binderUrl: 'https://mybinder.org/',
      provider: 'gh',
      ref: 'HEAD',
      repo: 'o/r',
    });
  });
});

describe('page config', () => {
  test('dashed and camelCase keys, booleans and numbers', () => {
    expect(parseConfig({ 'binder-url': 'u', sagecellUrl: 's', 'allow-trust-outputs': 'false', timeout: '30', backend: 'SageCell' })).toEqual({
      binderUrl: 'u',
      sagecellUrl: 's',
      allowTrustOutputs: false,
      timeout: 30,
      backend: 'sagecell',
    });
    expect(parseConfig({ 'allow-trust-outputs': '' }).allowTrustOutputs).toBe(true);
    expect(parseConfig({ timeout: '0' })).toEqual({ timeout: 0 });
  });

  test('settings that cannot be used are named in problems, never silently dropped', () => {
    expect(parseConfig({ backend: 'pyodid', timeout: '30s', sever: 'http://x/', 'binder-keepalive': '0' }).problems).toEqual([
      'backend “pyodid” does not exist (use pyodide, jupyter, binder, sagecell, jobe)',
      'timeout “30s” is not a number of seconds',
      '“sever” is not a setting (the settings are backend, server, token, token-url, binder-url, sagecell-url, jobe-url, pyodide-index-url, pyodide-url, pyodide-memory, pyodide-cache, allow-trust-outputs, timeout, lang, binder-keepalive)',
      'binder-keepalive “0” is not a positive number',
    ]);
  });
});
