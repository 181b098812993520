// SPDX-License-Identifier: BSD-3-Clause
/** CPU time of a process and all its descendants, from /proc (Linux): to see a browser burn a core. */
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command (field 2) may hold spaces: fields after it start at the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Seconds of CPU used so far by `roots` and every process below them. */
export function cpuSeconds(roots) {
  const all = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) all.set(Number(name), s);
  }
  const wanted = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, s] of all) if (!wanted.has(pid) && wanted.has(s.ppid)) (wanted.add(pid), (grew = true));
  }
  let ticks = 0;
  for (const pid of wanted) ticks += all.get(pid)?.ticks ?? 0;
  return ticks / TICKS_PER_SECOND;
}

/** The share of one core `roots` used over the next `ms` milliseconds (1 = a whole core). */
export async function coresUsed(roots, ms = 2000) {
  const before = cpuSeconds(roots);
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, ms));
  return (cpuSeconds(roots) - before) / ((Date.now() - t0) / 1000);
}
