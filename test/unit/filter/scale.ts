// SPDX-License-Identifier: BSD-3-Clause
/**
 * How many generated cases the filter's property tests run: `npm test` runs the counts written
 * in each test; the soak (soak/scenarios/bad-input.mjs) multiplies them past 100,000 with
 * EXEC_CELL_FUZZ_SCALE, on fresh seeds from EXEC_CELL_FUZZ_SEED (printed, so a failure can be
 * run again).
 */
export const FUZZ_SCALE = Math.max(1, Math.floor(Number(process.env.EXEC_CELL_FUZZ_SCALE) || 1));
export const FUZZ_SEED = Math.floor(Number(process.env.EXEC_CELL_FUZZ_SEED) || 0);

/** `n` cases, scaled. */
export const runs = (n: number): number => n * FUZZ_SCALE;

/** fast-check's parameters: the count scaled, and a seed only when the soak gives one. */
export const params = (n: number) => (FUZZ_SEED ? { numRuns: runs(n), seed: FUZZ_SEED } : { numRuns: runs(n) });
