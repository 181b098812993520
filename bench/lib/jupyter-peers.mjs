// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Jupyter pages the benchmarks compare, one per peer, on one Jupyter server: exec-cell,
 * Thebe 0.9.3 (its published build), @jupyterlab/services alone and a raw WebSocket client
 * (bench/pages/*.html, bench/peers/*.js).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { render } from './pages.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** Thebe 0.9.3's published build, from its npm tarball (installing it fails on this registry). */
export function ensureThebe() {
  const dir = `${root}bench/.thebe`;
  if (existsSync(`${dir}/package/lib/index.js`)) return;
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['pack', 'thebe@0.9.3', '--pack-destination', dir, '--silent'], { stdio: 'ignore' });
  execFileSync('tar', ['xzf', `${dir}/thebe-0.9.3.tgz`, '-C', dir]);
}

/**
 * A function that makes a peer's page for one scenario: `cells` copies of `code`, maybe
 * autorun, maybe with a warm-up cell (exec-cell) that starts the kernel before the measure.
 * @param {{ url: string, token: string }} jupyter
 * @param {string} [head] markup put first in every page's head (a probe)
 */
export function jupyterPages(jupyter, head = '') {
  const pages = {
    'exec-cell': readFileSync(`${root}bench/pages/exec-cell.html`, 'utf8'),
    thebe: readFileSync(`${root}bench/pages/thebe.html`, 'utf8'),
    raw: readFileSync(`${root}bench/pages/raw.html`, 'utf8'),
  };
  const escape = (code) => code.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (peer, { code = '1+1', cells = 1, autorun = false, warmup = !autorun, head: extra = '' }) => {
    const vars = { SERVER: jupyter.url, WS: jupyter.url.replace(/^http/, 'ws'), TOKEN: jupyter.token, AUTORUN: autorun, PEER: peer, HEAD: head + extra };
    if (peer === 'exec-cell') {
      const cell = (i) => `<exec-cell${i === 0 && autorun ? ' autorun' : ''}>${escape(code)}</exec-cell>`;
      const warm = warmup ? '\n<exec-cell id="bench-warmup" hide-code>1</exec-cell>' : '';
      return render(pages['exec-cell'], { ...vars, CELLS: Array.from({ length: cells }, (_, i) => cell(i)).join('\n') + warm });
    }
    if (peer === 'thebe') {
      const cell = () => `<pre data-executable="true" data-language="python">${escape(code)}</pre>`;
      return render(pages.thebe, { ...vars, CELLS: Array.from({ length: cells }, cell).join('\n') });
    }
    const module = peer === 'services' ? '/bench/.build/services.js' : '/bench/peers/raw-ws.js';
    const config = JSON.stringify({ server: jupyter.url, token: jupyter.token, autorun, code });
    return render(pages.raw, { ...vars, MODULE: module, CONFIG: config });
  };
}
