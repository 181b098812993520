// SPDX-License-Identifier: BSD-3-Clause
/**
 * Which packages of a Pyodide distribution a cell needs, read from its `pyodide-lock.json`,
 * and how the cell says so. Pure functions: the worker (package-fetch.ts, worker.ts) uses
 * them, the unit tests check them, and the pack command (bin/pyodide-pack.mjs) does the
 * same walk over the same lock in Node.
 *
 * @packageDocumentation
 */
import { msg, type MessageRef } from '../../i18n/ref.js';

/** The parts of one `pyodide-lock.json` entry this module reads. */
export interface LockPackage {
  name: string;
  version: string;
  file_name: string;
  sha256: string;
  imports?: string[];
  depends?: string[];
}

export interface PackageLock {
  packages: Record<string, LockPackage>;
}

/** Lock keys are lower-case with `-`; `depends` and a reader's names may use `_` or capitals. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The lock's package for a name, whatever its spelling. */
export function lockEntry(lock: PackageLock, name: string): LockPackage | undefined {
  return lock.packages[name] ?? lock.packages[normaliseName(name)];
}

/**
 * The packages to load for these top-level imports, dependencies before the packages that
 * need them, leaving out those already loaded. Imports no package provides are returned
 * apart (the run's ModuleNotFoundError explains them).
 */
export function planImports(lock: PackageLock, imports: string[], loaded: ReadonlySet<string> = new Set()): { packages: LockPackage[]; unknown: string[] } {
  const byImport = new Map<string, string>();
  for (const [key, p] of Object.entries(lock.packages)) for (const i of p.imports ?? []) if (!byImport.has(i)) byImport.set(i, key);
  const roots: string[] = [];
  const unknown: string[] = [];
  for (const i of imports) {
    const key = byImport.get(i);
    if (key) roots.push(key);
    else unknown.push(i);
  }
  return { packages: withDependencies(lock, roots, loaded), unknown };
}

/** These packages and everything they depend on, dependencies first, each once. */
export function withDependencies(lock: PackageLock, names: string[], loaded: ReadonlySet<string> = new Set()): LockPackage[] {
  const out: LockPackage[] = [];
  const seen = new Set<string>();
  const visit = (name: string, path: string[]) => {
    const entry = lockEntry(lock, name);
    if (!entry) throw new Error(`${path.length ? `${path.at(-1)} needs ` : ''}${name}, which the lock file does not list`);
    const key = normaliseName(entry.name);
    if (seen.has(key) || loaded.has(entry.name) || loaded.has(key)) return;
    seen.add(key);
    for (const d of entry.depends ?? []) visit(d, [...path, entry.name]);
    out.push(entry);
  };
  for (const n of names) visit(n, []);
  return out;
}

/** "3.1 MB", "229 kB", "812 bytes": sizes as a reader reads them (decimal units, as browsers show downloads). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** One package being loaded, as the progress line names it. */
export interface WheelProgress {
  name: string;
  version: string;
  /** Bytes the server said the wheel has (Content-Length), when it said. */
  total?: number;
  received: number;
}

/**
 * Where packages come from, as the cell names it: the public Pyodide distribution (on its
 * host), the page's own site, or another host.
 */
export type PackageSource = { kind: 'public'; host: string } | { kind: 'site' } | { kind: 'host'; host: string };

/** "six 1.17.0 (11 kB), python-dateutil 2.9.0.post0": what loads, for the messages below. */
export function packageList(wheels: { name: string; version: string; total?: number }[]): string {
  return wheels.map((w) => `${w.name} ${w.version}${w.total !== undefined ? ` (${formatSize(w.total)})` : ''}`).join(', ');
}

/** "Loading python-dateutil 2.9.0.post0 (229 kB), six 1.17.0 (11 kB) from cdn.jsdelivr.net…" */
export function progressMessage(wheels: WheelProgress[], source: PackageSource): MessageRef {
  const list = packageList(wheels);
  if (source.kind === 'public') return msg('pyodideLoadingFromPublic', list, source.host);
  if (source.kind === 'site') return msg('pyodideLoadingFromSite', list);
  return msg('pyodideLoadingFromHost', list, source.host);
}

/** "Loaded python-dateutil 2.9.0.post0, six 1.17.0 from cdn.jsdelivr.net." */
export function loadedMessage(packages: { name: string; version: string }[], source: PackageSource): MessageRef {
  const list = packageList(packages.map(({ name, version }) => ({ name, version })));
  if (source.kind === 'public') return msg('pyodideLoadedFromPublic', list, source.host);
  if (source.kind === 'site') return msg('pyodideLoadedFromSite', list);
  return msg('pyodideLoadedFromHost', list, source.host);
}

/** How far the download is, 0..1, when every wheel's size is known. */
export function progressFraction(wheels: WheelProgress[]): number | undefined {
  if (!wheels.length || wheels.some((w) => w.total === undefined)) return undefined;
  const total = wheels.reduce((s, w) => s + (w.total ?? 0), 0);
  return total ? Math.min(1, wheels.reduce((s, w) => s + w.received, 0) / total) : undefined;
}
