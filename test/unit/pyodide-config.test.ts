// SPDX-License-Identifier: BSD-3-Clause
// The page options the Python backend reads: data-pyodide-memory, data-pyodide-index-url and data-pyodide-url.
import { afterEach, describe, expect, test } from 'vitest';
import { configure, parseConfig, resetPageConfig } from '../../src/config.js';
import { DEFAULT_MEMORY_MIB, interpreterConfig } from '../../src/kernels/pyodide/backend.js';

afterEach(() => resetPageConfig());

describe('Python page options', () => {
  test('data-pyodide-memory is a positive number of MiB; anything else is a problem the cells report', () => {
    expect(parseConfig({ 'pyodide-memory': '256' })).toEqual({ pyodideMemory: 256 });
    expect(parseConfig({ pyodideMemory: 512 })).toEqual({ pyodideMemory: 512 });
    expect(parseConfig({ 'pyodide-memory': 'lots' })).toEqual({ problems: ['pyodide-memory “lots” is not a positive number'] });
    expect(parseConfig({ 'pyodide-memory': '-1' })).toEqual({ problems: ['pyodide-memory “-1” is not a positive number'] });
  });

  test('the memory ceiling: 1024 MiB by default, the page’s value, never below what Python needs to start', () => {
    expect(interpreterConfig({ backend: 'pyodide' }).memoryLimit).toBe(DEFAULT_MEMORY_MIB * 2 ** 20);
    configure({ pyodideMemory: 300 });
    expect(interpreterConfig({ backend: 'pyodide' }).memoryLimit).toBe(300 * 2 ** 20);
    configure({ pyodideMemory: 8 });
    expect(interpreterConfig({ backend: 'pyodide' }).memoryLimit).toBe(64 * 2 ** 20);
  });

  test('packages: the public distribution unless the page names a source; "none" (any case) names none', () => {
    expect(interpreterConfig({ backend: 'pyodide' })).toMatchObject({ publicPackages: true });
    expect(interpreterConfig({ backend: 'pyodide' }).packageIndexUrl).toBeUndefined();
    for (const none of ['none', ' NONE ']) {
      const config = interpreterConfig({ backend: 'pyodide', pyodideIndexUrl: none });
      expect(config.publicPackages).toBeUndefined();
      expect(config.packageIndexUrl).toBeUndefined();
    }
    expect(interpreterConfig({ backend: 'pyodide', pyodideIndexUrl: 'https://school.example/py/' }).publicPackages).toBeUndefined();
  });

  test('the second-visit cache is on unless data-pyodide-cache is "off"', () => {
    expect(interpreterConfig({ backend: 'pyodide' }).cache).toBe(true);
    configure(parseConfig({ 'pyodide-cache': 'off' }));
    expect(interpreterConfig({ backend: 'pyodide' }).cache).toBeUndefined();
    configure(parseConfig({ 'pyodide-cache': 'on' }));
    expect(interpreterConfig({ backend: 'pyodide' }).cache).toBe(true);
  });

  test('data-pyodide-url names where the runtime is, as a folder; without it, the runtime is beside exec-cell', () => {
    expect(interpreterConfig({ backend: 'pyodide' }).runtimeUrl).toBeUndefined();
    configure(parseConfig({ 'pyodide-url': 'https://files.school.example/pyodide' }));
    expect(interpreterConfig({ backend: 'pyodide' }).runtimeUrl).toBe('https://files.school.example/pyodide/');
    configure(parseConfig({ 'pyodide-url': '   ' }));
    expect(interpreterConfig({ backend: 'pyodide' }).runtimeUrl).toBeUndefined();
  });

  test('a package index URL ends with a slash', () => {
    expect(interpreterConfig({ backend: 'pyodide', pyodideIndexUrl: 'https://cdn.example/pyodide/v314.0.7/full' }).packageIndexUrl).toBe(
      'https://cdn.example/pyodide/v314.0.7/full/',
    );
  });
});
