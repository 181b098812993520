// SPDX-License-Identifier: BSD-3-Clause
// Builds dist/: the ES module entry with its chunks, the classic script, and type declarations.
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
await build({ mode: 'module', logLevel: 'warn' });
await build({ mode: 'script', logLevel: 'warn' });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log('built dist/');
