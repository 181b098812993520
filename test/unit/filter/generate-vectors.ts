// SPDX-License-Identifier: BSD-3-Clause
/**
 * Writes test/fixtures/filter-vectors.json from vector-inputs.ts with the TypeScript rewriter.
 * Run: npx vite-node test/unit/filter/generate-vectors.ts — then read the diff: every output
 * is a promise made to authors and to the PHP twin.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rewrite } from '../../../src/filter/rewrite.js';
import { inputs } from './vector-inputs.js';

const target = fileURLToPath(new URL('../../fixtures/filter-vectors.json', import.meta.url));
const vectors = inputs.map(({ name, input, options = {}, hostile = false }) => ({
  name,
  hostile,
  input,
  options,
  output: rewrite(input, options),
}));
const names = new Set(vectors.map((v) => v.name));
if (names.size !== vectors.length) throw new Error('vector names must be unique');
writeFileSync(target, `${JSON.stringify(vectors, null, 2)}\n`);
console.log(`${vectors.length} vectors (${vectors.filter((v) => v.hostile).length} hostile) → ${target}`);
