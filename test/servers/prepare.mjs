// SPDX-License-Identifier: BSD-3-Clause
/**
 * Installs the servers the browser tests start on first use, before they are needed:
 * SageCell's Debian packages (about 1.5 GB), Jobe (Apache, compilers, a JDK) and the real
 * Moodle 4.5.6 (PostgreSQL, PHP; about 4 minutes, mostly Moodle's own installer). On a fresh
 * machine that took over 3 minutes inside the first SageCell test files, with both test
 * processes waiting on it; `npm test` runs this in the background while it builds and runs
 * the unit tests. The tests take the same machine locks, so they wait for an install still
 * under way, and redo one that failed here (its error is printed, but this exits 0: the test
 * that needs the server reports the failure where it matters).
 */
import { installSageCell } from './sagecell/instances.mjs';
import { startJobe } from './jobe/index.mjs';
import { installMoodle } from './moodle.mjs';

const started = Date.now();
for (const [name, prepare] of [
  ['SageCell', installSageCell],
  ['Jobe', startJobe],
  ['Moodle', installMoodle],
]) {
  try {
    await prepare();
    console.log(`prepare: ${name} ready after ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (e) {
    console.error(`prepare: ${name} failed; its tests will try again:\n${e instanceof Error ? e.message : e}`);
  }
}
