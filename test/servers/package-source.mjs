// SPDX-License-Identifier: BSD-3-Clause
/**
 * A stand-in for a Pyodide distribution, for the package tests: a folder with a
 * `pyodide-lock.json` (this Pyodide's own, with some entries pointed at real pure-Python
 * wheels found on this machine) and those wheels, served on loopback with the CORS header a
 * CDN sends. No real numpy can be fetched here; six and python-dateutil (which needs six) are
 * real wheels, so the loader, the dependency walk and the hash check run on real files.
 *
 * The server logs every path asked for and can hold one file back until released (to see the
 * progress line, and to press Stop while a package loads).
 */
import http from 'node:http';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sirv from 'sirv';

/** Where the machine image keeps real wheels (pip's find-links and file index); EXEC_CELL_WHEELS first. */
const WHEEL_DIRS = [process.env.EXEC_CELL_WHEELS, '/opt/pypi/files', '/opt/wheels'].filter(Boolean);

/** The path of a real wheel on this machine, or an error naming where it was looked for. */
export function findWheel(fileName) {
  for (const dir of WHEEL_DIRS) {
    const path = join(dir, fileName);
    if (existsSync(path)) return path;
  }
  throw new Error(`The package tests need the real wheel ${fileName}; it is in none of ${WHEEL_DIRS.join(', ')} (set EXEC_CELL_WHEELS to a folder that has it).`);
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Make a distribution folder: this Pyodide's lock file with `entries` replaced.
 * @param {string} lockPath the lock file to start from
 * @param {Record<string, { wheel: string, depends?: string[], imports: string[], sha256?: string, serve?: boolean }>} entries
 *   real wheels by package name; `sha256` overrides the file's own (a tampered lock), `serve: false` leaves the file out (a 404)
 */
export function makeDistribution(lockPath, entries) {
  const dir = mkdtempSync(join(tmpdir(), 'exec-cell-dist-'));
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  for (const [name, e] of Object.entries(entries)) {
    const wheel = findWheel(e.wheel);
    const fileName = basename(wheel);
    if (e.serve !== false) copyFileSync(wheel, join(dir, fileName));
    const [, version] = /^[^-]+-([^-]+)-/.exec(fileName) ?? [];
    lock.packages[name] = {
      name,
      version,
      file_name: fileName,
      install_dir: 'site',
      sha256: e.sha256 ?? sha256(readFileSync(wheel)),
      package_type: 'package',
      imports: e.imports,
      depends: e.depends ?? [],
      unvendored_tests: false,
    };
  }
  writeFileSync(join(dir, 'pyodide-lock.json'), JSON.stringify(lock));
  return { dir, lock, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Serve `dir` on loopback as a CDN would (any origin may read it); log and hold requests. */
export async function startPackageSource(dir) {
  const files = sirv(dir, { dev: true });
  /** @type {string[]} */
  const requests = [];
  /** @type {{ pattern: RegExp, released: Promise<void>, release: () => void } | null} */
  let hold = null;
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    res.setHeader('access-control-allow-origin', '*');
    if (hold?.pattern.test(path)) await hold.released;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    /** Hold back files whose path matches until the returned function is called. */
    hold(pattern) {
      let release = () => {};
      const released = new Promise((r) => (release = r));
      hold = { pattern, released, release };
      return () => {
        release();
        hold = null;
      };
    },
    close: () =>
      new Promise((resolve) => {
        hold?.release();
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

