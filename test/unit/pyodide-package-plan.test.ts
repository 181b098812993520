// SPDX-License-Identifier: BSD-3-Clause
// How the cell names what it loads (package-plan.ts): sizes, the progress line, the fraction.
import { describe, expect, test } from 'vitest';
import { english } from '../../src/i18n/text.js';
import {
  formatSize,
  loadedMessage,
  normaliseName,
  progressFraction,
  progressMessage,
  withDependencies,
  type PackageLock,
} from '../../src/kernels/pyodide/package-plan.js';
// Said on the page, where the interpreter's side brings the messages (the worker only names them).
import '../../src/kernels/pyodide/catalogue.js';

const LOCK: PackageLock = {
  packages: {
    six: { name: 'six', version: '1.17.0', file_name: 'six.whl', sha256: 'a', imports: ['six'], depends: [] },
    'python-dateutil': { name: 'python-dateutil', version: '2.9.0', file_name: 'd.whl', sha256: 'b', imports: ['dateutil'], depends: ['six'] },
    broken: { name: 'broken', version: '1', file_name: 'b.whl', sha256: 'c', imports: ['broken'], depends: ['Not_There'] },
  },
};

describe('package plan', () => {
  test('sizes as a reader reads them', () => {
    expect(formatSize(812)).toBe('812 bytes');
    expect(formatSize(11_050)).toBe('11 kB');
    expect(formatSize(3_141_592)).toBe('3.1 MB');
  });

  test('the progress line names each package, its version and, once known, its size, then the source', () => {
    const wheels = [
      { name: 'six', version: '1.17.0', total: 11_050, received: 11_050 },
      { name: 'python-dateutil', version: '2.9.0', received: 0 },
    ];
    expect(english(progressMessage(wheels, { kind: 'host', host: 'cdn.jsdelivr.net' }))).toBe(
      'Loading six 1.17.0 (11 kB), python-dateutil 2.9.0 from cdn.jsdelivr.net…',
    );
    expect(english(progressMessage(wheels, { kind: 'public', host: 'cdn.jsdelivr.net' }))).toBe(
      'Loading six 1.17.0 (11 kB), python-dateutil 2.9.0 from the public Pyodide distribution (cdn.jsdelivr.net)…',
    );
    expect(english(progressMessage(wheels, { kind: 'site' }))).toBe('Loading six 1.17.0 (11 kB), python-dateutil 2.9.0 from this site…');
    expect(progressFraction(wheels)).toBeUndefined();
    wheels[1]!.total = 100_000;
    wheels[1]!.received = 50_000;
    expect(progressFraction(wheels)).toBeCloseTo(61_050 / 111_050);
  });

  test('once loaded, the line names each package and its version (no size), then the source', () => {
    const packages = [LOCK.packages.six!, LOCK.packages['python-dateutil']!];
    expect(english(loadedMessage(packages, { kind: 'host', host: 'cdn.example' }))).toBe('Loaded six 1.17.0, python-dateutil 2.9.0 from cdn.example.');
    expect(english(loadedMessage(packages, { kind: 'public', host: 'cdn.jsdelivr.net' }))).toBe(
      'Loaded six 1.17.0, python-dateutil 2.9.0 from the public Pyodide distribution (cdn.jsdelivr.net).',
    );
    expect(english(loadedMessage(packages, { kind: 'site' }))).toBe('Loaded six 1.17.0, python-dateutil 2.9.0 from this site.');
  });

  test('names in any spelling; a dependency the lock lacks is named with the package that needs it', () => {
    expect(normaliseName('Python_Dateutil')).toBe('python-dateutil');
    expect(withDependencies(LOCK, ['Python_Dateutil']).map((p) => p.name)).toEqual(['six', 'python-dateutil']);
    expect(() => withDependencies(LOCK, ['broken'])).toThrow('broken needs Not_There, which the lock file does not list');
  });
});
