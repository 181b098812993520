#!/usr/bin/env node
// SPDX-License-Identifier: BSD-3-Clause
/**
 * The shortcode filter's speed, TypeScript and PHP side by side, printed as a markdown table:
 * a 1 MB page of TinyMCE-style content with 500 blocks, a 1 MB page with no shortcodes (the
 * bail-out), and the same content at 0.25, 0.5, 1 and 2 MB to show the time grows linearly.
 * Medians of several runs after a warm-up. PHP's column is skipped (and says so) without php.
 *
 *   node bench/filter.mjs [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const MB = 1024 * 1024;

// --- pages -------------------------------------------------------------------------------
const P = '<p dir="ltr" style="text-align: left;">';
/** Prose as an editor stores it: paragraphs, a link, a list, entities, some brackets. */
function prose(i) {
  return (
    `${P}Section ${i}: the <strong>Fibonacci</strong> numbers grow like &phi;<sup>n</sup>; see ` +
    `<a href="https://en.wikipedia.org/wiki/Fibonacci_number">the article</a> and exercise [${i}].</p>\n` +
    `<ul><li>First, read the code &amp; run it.</li><li>Then change <em>n</em> and run it again.</li></ul>\n` +
    `${P}Lists such as [1, 2, 3] are ordinary text here, and so are &lt;tags&gt; written as text.</p>\n`
  );
}
/** A block typed in TinyMCE: one paragraph per line, indentation as &nbsp; pairs. */
function block(i) {
  const tag = ['python', 'sage', 'python session=s1', 'sage lang=gp'][i % 4];
  const name = tag.split(' ')[0];
  const lines = [
    `[${tag}]`, 'def fib(n):', '&nbsp; &nbsp; a, b = 0, 1', '&nbsp; &nbsp; for _ in range(n):',
    '&nbsp; &nbsp; &nbsp; &nbsp; a, b = b, a + b', '&nbsp; &nbsp; return a', '',
    `print([fib(k) for k in range(${i % 20})])`, `print(fib(${i}) &lt; 10**6, "done &amp; dusted")`, `[/${name}]`,
  ];
  return lines.map((l) => `${P}${l === '' ? '&nbsp;' : l}</p>`).join('\n') + '\n';
}
/** Content of about `bytes`, with one block per `per` bytes (0: none). */
function page(bytes, blocks) {
  let html = '';
  let i = 0;
  const every = blocks > 0 ? bytes / blocks : Infinity;
  let next = every / 2;
  while (html.length < bytes) {
    if (html.length >= next) {
      html += block(i);
      next += every;
    } else {
      html += prose(i);
    }
    i++;
  }
  return html;
}

const pages = {
  '1 MB, 500 blocks': page(MB, 500),
  '1 MB, no shortcodes': page(MB, 0),
  '0.25 MB, 125 blocks': page(MB / 4, 125),
  '0.5 MB, 250 blocks': page(MB / 2, 250),
  '2 MB, 1000 blocks': page(2 * MB, 1000),
};

// --- TypeScript ------------------------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), 'exec-cell-bench-'));
const bundle = join(tmp, 'rewrite.mjs');
await build({
  entryPoints: [join(root, 'src/filter/rewrite.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'silent',
});
const { rewrite } = await import(pathToFileURL(bundle).href);

function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const ts = {};
for (const [name, html] of Object.entries(pages)) {
  const cells = (rewrite(html).match(/<exec-cell /g) ?? []).length;
  ts[name] = {
    cells,
    default: median(() => rewrite(html)),
    moodle: median(() => rewrite(rewrite(html, { protect: true }), { moodle: true })),
  };
}

// --- PHP -------------------------------------------------------------------------------------
let php = null;
const jsonFile = join(tmp, 'pages.json');
writeFileSync(jsonFile, JSON.stringify({ runs: RUNS, pages }));
const run = spawnSync('php', [join(root, 'filter-php/tests/cli_bench.php'), jsonFile], { maxBuffer: 1 << 26 });
if (run.status === 0) php = JSON.parse(run.stdout.toString());
const phpVersion = spawnSync('php', ['-r', 'echo PHP_VERSION;']).stdout?.toString() || 'not installed';
rmSync(tmp, { recursive: true, force: true });

// --- table -----------------------------------------------------------------------------------
const f = (ms) => (ms === undefined ? 'n/a' : `${ms.toFixed(ms < 1 ? 2 : 1)} ms`);
const rows = Object.keys(pages).map((name) => {
  const size = (pages[name].length / MB).toFixed(2);
  const t = ts[name];
  const p = php?.[name] ?? {};
  return `| ${name} | ${size} MB | ${t.cells} | ${f(t.default)} | ${f(p.default)} | ${f(t.moodle)} | ${f(p.moodle)} |`;
});
const perMb = (runtime, mode) =>
  ['0.25 MB, 125 blocks', '0.5 MB, 250 blocks', '1 MB, 500 blocks', '2 MB, 1000 blocks']
    .map((n) => ((runtime?.[n]?.[mode] ?? NaN) / (pages[n].length / MB)).toFixed(1))
    .join(' / ');
console.log(`Shortcode filter, median of ${RUNS} runs (Node ${process.versions.node}, PHP ${phpVersion}).`);
console.log('"Moodle" = what filter_execcell runs: the pre-clean stage (protect) then the post-clean stage.\n');
console.log('| page | size | cells | TS rewrite | PHP rewrite | TS Moodle stages | PHP Moodle stages |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nms per MB at 0.25 / 0.5 / 1 / 2 MB (flat = linear): TS ${perMb(ts, 'default')}; PHP ${perMb(php, 'default')}.`);
