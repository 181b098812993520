#!/usr/bin/env node
// SPDX-License-Identifier: BSD-3-Clause
// `npx exec-cell <command>`: the package's command-line tools.
import { pyodidePack, USAGE as PACK_USAGE } from './pyodide-pack.mjs';

const [command, ...args] = process.argv.slice(2);
const commands = { 'pyodide-pack': pyodidePack };

if (!command || !(command in commands)) {
  console.error(`${command ? `exec-cell: no command “${command}”.\n\n` : ''}Commands:\n\n${PACK_USAGE}`);
  process.exit(command ? 2 : 0);
}
try {
  await commands[command](args);
} catch (e) {
  console.error(`exec-cell ${command}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
