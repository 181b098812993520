// SPDX-License-Identifier: BSD-3-Clause
// Whether a package index (data-pyodide-index-url) can serve this page's Python.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { lockProblem, type Lockfile } from '../../src/kernels/pyodide/package-index.js';

const local = JSON.parse(readFileSync('node_modules/pyodide/pyodide-lock.json', 'utf8')) as Lockfile;
const url = 'https://cdn.example/full/';

describe('lockProblem', () => {
  test('the same distribution fits; a later patch release of the same Python and ABI fits too', () => {
    expect(lockProblem(local, local, url)).toBe('');
    const patch = { ...local, info: { ...local.info, python: local.info!.python!.replace(/\d+$/, '99') } };
    expect(lockProblem(patch, local, url)).toBe('');
  });

  test('another Python or ABI is named, with what this page runs', () => {
    const old = { packages: {}, info: { python: '3.12.7', abi_version: '2024_0' } };
    expect(lockProblem(old, local, url)).toBe(
      `the package index ${url} is built for Python 3.12.7, ABI 2024_0, and this page runs Python ${local.info!.python}, ABI ${local.info!.abi_version}`,
    );
  });

  test('something that is not a lock file says so', () => {
    expect(lockProblem({} as Lockfile, local, url)).toBe(`${url}pyodide-lock.json is not a Pyodide lock file`);
  });
});
