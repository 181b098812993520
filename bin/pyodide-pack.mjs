// SPDX-License-Identifier: BSD-3-Clause
/**
 * `npx exec-cell pyodide-pack numpy matplotlib --from <distribution URL or folder> --out <folder>`:
 * a site's own small package set for the in-browser Python. It reads the distribution's
 * `pyodide-lock.json`, takes the named packages and everything they depend on, copies their
 * files (checking each one's SHA-256 against the lock), and writes a lock listing only them.
 * A page then names the folder with `data-pyodide-index-url`.
 *
 * The dependency walk is the one the worker does (src/kernels/pyodide/package-plan.ts), on
 * the same lock format; it is repeated here because this file runs in Node from the published
 * package, which ships no TypeScript sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const USAGE = `  exec-cell pyodide-pack PACKAGE... --from DISTRIBUTION --out FOLDER

    Copy Pyodide packages and their dependencies from a full Pyodide distribution
    (a URL such as https://cdn.jsdelivr.net/pyodide/vVERSION/full/, or a folder) into
    FOLDER, with a pyodide-lock.json that lists only them. Serve FOLDER on your site and
    set data-pyodide-index-url to its URL. PACKAGE is a package name (python-dateutil)
    or the name it is imported as (dateutil).`;

/** The lock file of the Pyodide bundled with exec-cell, which the copied packages must fit. */
function bundledLock() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '../dist/pyodide/pyodide-lock.json'), join(here, '../node_modules/pyodide/pyodide-lock.json')]) {
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8'));
  }
  return null;
}

const normalise = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** Package names for what the user typed: a package's name or an import name. */
export function resolveNames(lock, names) {
  const byImport = new Map();
  for (const [key, p] of Object.entries(lock.packages)) for (const i of p.imports ?? []) if (!byImport.has(i)) byImport.set(i, key);
  return names.map((n) => {
    if (lock.packages[n] || lock.packages[normalise(n)]) return lock.packages[n] ? n : normalise(n);
    const key = byImport.get(n);
    if (key) return key;
    throw new Error(`${n} is not a package of this distribution (nor a module one of its packages provides).`);
  });
}

/** The lock entries for these packages and everything they need, dependencies first. */
export function withDependencies(lock, names) {
  const out = [];
  const seen = new Set();
  const visit = (name, from) => {
    const entry = lock.packages[name] ?? lock.packages[normalise(name)];
    if (!entry) throw new Error(`${from ? `${from} needs ` : ''}${name}, which the distribution's lock file does not list.`);
    const key = normalise(entry.name);
    if (seen.has(key)) return;
    seen.add(key);
    for (const d of entry.depends ?? []) visit(d, entry.name);
    out.push([key, entry]);
  };
  for (const n of names) visit(n, null);
  return out;
}

function parseArgs(args) {
  const o = { packages: [], from: '', out: '' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--from' || a === '--out') {
      const value = args[++i];
      if (!value) throw new Error(`${a} needs a value.\n\n${USAGE}`);
      o[a.slice(2)] = value;
    } else if (a.startsWith('--from=') || a.startsWith('--out=')) o[a.slice(2, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}.\n\n${USAGE}`);
    else o.packages.push(a);
  }
  if (!o.packages.length || !o.from || !o.out) throw new Error(`name the packages, --from and --out.\n\n${USAGE}`);
  return o;
}

const isUrl = (s) => /^https?:\/\//i.test(s);

/** The bytes of a file of the distribution (a URL or a folder). */
async function read(from, name) {
  if (isUrl(from)) {
    const url = new URL(name, from.endsWith('/') ? from : `${from}/`).href;
    let r;
    try {
      r = await fetch(url);
    } catch (e) {
      throw new Error(`could not download ${url} (${e.cause?.message ?? e.message}).`);
    }
    if (!r.ok) throw new Error(`${url} answered ${r.status} ${r.statusText}.`);
    return new Uint8Array(await r.arrayBuffer());
  }
  const path = join(from, name);
  if (!existsSync(path)) throw new Error(`${path} does not exist.`);
  return readFileSync(path);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const size = (n) => (n < 1_000_000 ? `${Math.max(1, Math.round(n / 1000))} kB` : `${(n / 1_000_000).toFixed(1)} MB`);

/** Run the command; returns what it wrote (for tests), and prints a summary. */
export async function pyodidePack(args, log = console.log) {
  const o = parseArgs(args);
  let lock;
  try {
    lock = JSON.parse(new TextDecoder().decode(await read(o.from, 'pyodide-lock.json')));
  } catch (e) {
    throw new Error(`${o.from} is not a Pyodide distribution: its pyodide-lock.json could not be read: ${e.message}`);
  }
  if (!lock?.packages || typeof lock.packages !== 'object') throw new Error(`${o.from}pyodide-lock.json is not a Pyodide lock file.`);
  const mine = bundledLock();
  const minor = (v) => String(v ?? '').split('.').slice(0, 2).join('.');
  if (mine && (minor(lock.info?.python) !== minor(mine.info?.python) || lock.info?.abi_version !== mine.info?.abi_version)) {
    throw new Error(
      `${o.from} is built for Python ${lock.info?.python ?? '?'}, ABI ${lock.info?.abi_version ?? '?'}; exec-cell's Python is ${mine.info?.python}, ABI ${mine.info?.abi_version}. Use the distribution of Pyodide ${mine.info?.version ?? ''}.`,
    );
  }
  const entries = withDependencies(lock, resolveNames(lock, o.packages));
  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });
  let total = 0;
  for (const [, entry] of entries) {
    if (/^[a-z]+:\/\//i.test(entry.file_name) || entry.file_name.includes('/')) {
      throw new Error(`${entry.name}'s file is ${entry.file_name}, not a file of the distribution's folder: it cannot be copied.`);
    }
    const bytes = await read(o.from, entry.file_name);
    const actual = sha256(bytes);
    if (actual !== entry.sha256) {
      throw new Error(`${entry.name} ${entry.version}: ${entry.file_name} has SHA-256 ${actual}, but the lock file says ${entry.sha256}. Nothing more was copied; get the file again from a distribution you trust.`);
    }
    // Written beside, then renamed: a folder never holds half a wheel.
    writeFileSync(join(out, `${entry.file_name}.part`), bytes);
    renameSync(join(out, `${entry.file_name}.part`), join(out, entry.file_name));
    total += bytes.length;
  }
  const packed = { ...lock, packages: Object.fromEntries(entries) };
  writeFileSync(join(out, 'pyodide-lock.json'), JSON.stringify(packed, null, 1));
  log(`Copied ${entries.length} package${entries.length === 1 ? '' : 's'} (${size(total)}) to ${out}: ${entries.map(([, e]) => `${e.name} ${e.version}`).join(', ')}.`);
  log(`Serve that folder on your site and set data-pyodide-index-url to its URL.`);
  return { out, packages: entries.map(([, e]) => e.name), bytes: total };
}
