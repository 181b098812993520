// SPDX-License-Identifier: BSD-3-Clause
// How the in-browser Python is served: what a page that does not use it downloads (nothing),
// hosts that get the details wrong (a generic type for .wasm, a missing file), a package index
// for imports, and the demo with the network cut.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startStaticServer } from '../servers/static.mjs';
import { startDemo } from '../../demo/serve.mjs';
import { cell, clickRun, jupyter, messageText, openPage, outsideRequests, outputText, pageHtml, useBrowser, waitForStatus, type Page } from './helpers.js';

const { context } = useBrowser();

type Server = Awaited<ReturnType<typeof startStaticServer>>;

/** A static server for the project folder that logs every path asked for and can answer some paths itself. */
async function loggingServer(routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {}) {
  const requests: string[] = [];
  const server = await startStaticServer({
    root: process.cwd(),
    pages: true,
    routes,
    headers: (req) => {
      requests.push(new URL(req.url ?? '/', 'http://x').pathname);
      return {};
    },
  });
  const open = async (page: Page, body: string, config: Record<string, unknown> | null, head = '') => {
    const path = `hosting-${requests.length}-${Math.random().toString(36).slice(2)}.html`;
    const r = await fetch(new URL(`__pages/${path}`, server.url), { method: 'PUT', body: JSON.stringify({ html: pageHtml(body, { config, head }) }) });
    expect(r.ok).toBe(true);
    await page.goto(new URL(path, server.url).href);
    await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
  };
  return { server, requests, open };
}

describe('bytes', () => {
  test('a page whose cells run on Jupyter downloads nothing of the Python backend', async () => {
    const { server, requests, open } = await loggingServer();
    try {
      const page = await context().newPage();
      await open(page, `<exec-cell id="c">print("on jupyter")</exec-cell>`, { server: jupyter().url, token: jupyter().token });
      await clickRun(page, 'c');
      expect(await outputText(page, 'c')).toBe('on jupyter\n');
      expect(requests.some((p) => p.includes('/chunks/jupyter-'))).toBe(true);
      expect(requests.filter((p) => /pyodide/i.test(p))).toEqual([]);

      // The same check sees the Python backend's files when a page uses it: from the moment
      // the reader reaches for a Python cell (it starts booting then), not before.
      await open(page, `<exec-cell id="p">print("in the browser")</exec-cell>`, null);
      await page.waitForTimeout(300);
      expect(requests.filter((p) => /pyodide/i.test(p))).toEqual([]);
      await cell(page, 'p').hover();
      await expect.poll(() => requests.includes('/dist/pyodide/pyodide.asm.wasm'), { timeout: 20_000 }).toBe(true);
      await clickRun(page, 'p');
      expect(await outputText(page, 'p')).toBe('in the browser\n');
      const python = requests.filter((p) => /pyodide/i.test(p)).map((p) => p.replace(/-[\w-]{8}\.js$/, '.js'));
      expect(python).toEqual(
        expect.arrayContaining([
          '/dist/chunks/pyodide-backend.js',
          '/dist/chunks/pyodide-worker.js',
          '/dist/pyodide/pyodide.asm.mjs',
          '/dist/pyodide/pyodide.asm.wasm',
          '/dist/pyodide/python_stdlib.zip',
          '/dist/pyodide/pyodide-lock.json',
        ]),
      );
    } finally {
      await server.close();
    }
  });

  test('a reader who runs a cell and then points at it boots one interpreter; the spare boots only after it is up', async () => {
    // Pointing at a cell warms a spare and running it takes one, in either order. Run first (a
    // keyboard reader, or a click that beats the pointer's warm-up), then point while Python boots:
    // the reader's first wait must not pay for two interpreters downloading and booting side by side.
    const { server, open } = await loggingServer();
    try {
      const page = await context().newPage();
      // Log each worker's creation and its first 'ready' message, before exec-cell's script runs.
      const logWorkers = `<script>
        window.__workers = [];
        const Native = window.Worker;
        window.Worker = class extends Native {
          constructor(url, options) {
            super(url, options);
            const entry = { created: performance.now() };
            window.__workers.push(entry);
            this.addEventListener('message', (e) => { if (e.data && e.data.t === 'ready') entry.ready ??= performance.now(); });
          }
        };
      </script>`;
      await open(page, `<exec-cell id="p">print("once")</exec-cell>`, null, logWorkers);
      const workers = () => page.evaluate(() => (window as unknown as { __workers: Array<{ created: number; ready?: number }> }).__workers);
      const run = page.evaluate(() => (document.getElementById('p') as HTMLElement & { run(): Promise<unknown> }).run());
      await expect.poll(async () => (await workers()).length, { timeout: 20_000 }).toBe(1);
      await cell(page, 'p').hover();
      await run;
      expect(await outputText(page, 'p')).toBe('once\n');
      await expect.poll(async () => (await workers()).length, { timeout: 20_000 }).toBe(2);
      const [first, spare] = await workers();
      expect(first!.ready).toBeDefined();
      expect(spare!.created).toBeGreaterThanOrEqual(first!.ready!);
    } finally {
      await server.close();
    }
  });
});

describe('hosts', () => {
  let mode: 'octet-stream' | 'missing-stdlib' = 'octet-stream';
  let host: Awaited<ReturnType<typeof loggingServer>>;

  beforeAll(async () => {
    host = await loggingServer({
      // As PHP's built-in server (and some Moodle hosts) send it.
      '/dist/pyodide/pyodide.asm.wasm': (_req, res) => {
        res.setHeader('content-type', 'application/octet-stream');
        res.end(readFileSync('dist/pyodide/pyodide.asm.wasm'));
      },
      '/dist/pyodide/python_stdlib.zip': (_req, res) => {
        if (mode === 'missing-stdlib') {
          res.statusCode = 404;
          res.end('not found');
        } else res.end(readFileSync('dist/pyodide/python_stdlib.zip'));
      },
    });
  });
  afterAll(() => host?.server.close());

  test('a .wasm served as application/octet-stream still runs Python', async () => {
    mode = 'octet-stream';
    const page = await context().newPage();
    await host.open(page, `<exec-cell id="c">print("despite the type")</exec-cell>`, null);
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'c')).toBe('despite the type\n');
  });

  test('a runtime file the site does not serve: the cell says which, at once', async () => {
    mode = 'missing-stdlib';
    const page = await context().newPage();
    await host.open(page, `<exec-cell id="c">print("never")</exec-cell>`, null);
    const result = await clickRun(page, 'c');
    expect(result.status).toBe('error');
    await waitForStatus(page, 'c', 'error');
    const message = await messageText(page, 'c');
    expect(message).toMatch(/Python could not start: http:\/\/127\.0\.0\.1:\d+\/dist\/pyodide\/python_stdlib\.zip answered 404/);
    expect(message).toContain('pyodide/ folder');
  });
});

describe('the runtime elsewhere (data-pyodide-url)', () => {
  test('Python loads from the folder the page names, nothing from beside exec-cell', async () => {
    // npm's own copy of the runtime: the files exec-cell's build copies into dist/pyodide/.
    const { server, requests, open } = await loggingServer();
    try {
      const page = await context().newPage();
      await open(page, `<exec-cell id="c">print("from elsewhere")</exec-cell>`, { pyodideUrl: '/node_modules/pyodide' });
      expect((await clickRun(page, 'c')).status).toBe('ok');
      expect(await outputText(page, 'c')).toBe('from elsewhere\n');
      expect(requests.filter((p) => p.startsWith('/dist/pyodide/'))).toEqual([]);
      expect(requests).toEqual(expect.arrayContaining(['/node_modules/pyodide/pyodide.asm.wasm', '/node_modules/pyodide/python_stdlib.zip']));
    } finally {
      await server.close();
    }
  });
});

describe('Content Security Policy', () => {
  test("WebAssembly needs 'wasm-unsafe-eval' in a policy sent with every file: without it the cell says so, with it Python runs", async () => {
    let policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
    const server = await startStaticServer({ root: process.cwd(), pages: true, headers: () => ({ 'content-security-policy': policy }) });
    try {
      const run = async () => {
        const path = `csp-${Math.random().toString(36).slice(2)}.html`;
        await fetch(new URL(`__pages/${path}`, server.url), { method: 'PUT', body: JSON.stringify({ html: pageHtml(`<exec-cell id="c">print("allowed")</exec-cell>`, { config: null }) }) });
        const page = await context().newPage();
        await page.goto(new URL(path, server.url).href);
        await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
        return { page, result: await clickRun(page, 'c') };
      };
      const refused = await run();
      expect(refused.result.status).toBe('error');
      expect(await messageText(refused.page, 'c')).toMatch(/Content Security Policy does not allow WebAssembly[\s\S]*'wasm-unsafe-eval'/);
      policy = policy.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
      const allowed = await run();
      expect(allowed.result.status).toBe('ok');
      expect(await outputText(allowed.page, 'c')).toBe('allowed\n');
    } finally {
      await server.close();
    }
  });
});

describe('a package index (data-pyodide-index-url)', () => {
  let dir: string;
  let index: Server;

  beforeAll(async () => {
    // A tiny "full distribution": this Pyodide's lock file plus one pure-Python wheel of our own.
    dir = mkdtempSync(join(tmpdir(), 'exec-cell-index-'));
    mkdirSync(join(dir, 'full'));
    const wheel = 'exec_cell_demo_pkg-1.0-py3-none-any.whl';
    execFileSync('python3', [
      '-c',
      `import zipfile, sys
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("exec_cell_demo_pkg/__init__.py", "GREETING = 'hello from a wheel'\\n")
    z.writestr("exec_cell_demo_pkg-1.0.dist-info/METADATA", "Metadata-Version: 2.1\\nName: exec-cell-demo-pkg\\nVersion: 1.0\\n")
    z.writestr("exec_cell_demo_pkg-1.0.dist-info/WHEEL", "Wheel-Version: 1.0\\nGenerator: exec-cell-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
    z.writestr("exec_cell_demo_pkg-1.0.dist-info/RECORD", "")`,
      join(dir, 'full', wheel),
    ]);
    const lock = JSON.parse(readFileSync('dist/pyodide/pyodide-lock.json', 'utf8')) as { packages: Record<string, unknown> };
    lock.packages['exec-cell-demo-pkg'] = {
      name: 'exec-cell-demo-pkg',
      version: '1.0',
      file_name: wheel,
      install_dir: 'site',
      sha256: createHash('sha256').update(readFileSync(join(dir, 'full', wheel))).digest('hex'),
      package_type: 'package',
      imports: ['exec_cell_demo_pkg'],
      depends: [],
      unvendored_tests: false,
      tool: {},
    };
    writeFileSync(join(dir, 'full', 'pyodide-lock.json'), JSON.stringify(lock));
    // Another origin, as a CDN would be: it must allow the page to read its files.
    index = await startStaticServer({ root: dir, headers: () => ({ 'access-control-allow-origin': '*' }) });
  });
  afterAll(async () => {
    await index?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an import loads its package from the index; a package the index lacks says where it looked', async () => {
    const url = `${index.url}full/`;
    const page = await openPage(
      context(),
      `<exec-cell id="pkg">import exec_cell_demo_pkg\nprint(exec_cell_demo_pkg.GREETING)</exec-cell>
       <exec-cell id="absent">import six</exec-cell>`,
      { config: { pyodideIndexUrl: url } },
    );
    const result = await clickRun(page, 'pkg');
    expect(result.status).toBe('ok');
    expect(await outputText(page, 'pkg')).toBe('hello from a wheel\n');
    const absent = await clickRun(page, 'absent');
    expect(absent.status).toBe('error');
    const text = await outputText(page, 'absent');
    expect(text).toContain("ModuleNotFoundError: No module named 'six'");
    expect(text).toContain(`six could not be loaded from ${url}`);
  });
});

describe('the demo, offline', () => {
  test('runs Python, rich output and input() with every non-loopback request blocked', async () => {
    const demo = await startDemo({ port: 0 });
    const since = Date.now();
    try {
      const page = await context().newPage();
      await page.goto(demo.url);
      await page.waitForFunction(() => customElements.get('exec-cell') !== undefined);
      expect((await clickRun(page, 'hello')).status).toBe('ok');
      expect(await outputText(page, 'hello')).toMatch(/Hello from Python 3\.\d+\.\d+ in your browser!\n+42/);
      expect((await clickRun(page, 'rich')).status).toBe('ok');
      // HTML is drawn once the sanitiser's chunk has loaded (from this site as well).
      await cell(page, 'rich').locator('[part="output"] table td').nth(9).waitFor();
      // KaTeX (a chunk loaded on first use, from this site too) draws the maths.
      await cell(page, 'rich').locator('[part="output"] math').first().waitFor();
      expect((await clickRun(page, 'plot')).status).toBe('ok');
      await cell(page, 'plot').locator('[part="output"] svg polyline').waitFor();
      const done = clickRun(page, 'input');
      const box = cell(page, 'input').locator('[part="output"] input[type="text"]');
      await box.waitFor();
      await box.fill('Grace');
      await box.press('Enter');
      expect((await done).status).toBe('ok');
      expect(await outputText(page, 'input')).toContain('Hello, Grace!');
      // Nothing left loopback: the browser sends every other request to the test's outside
      // server (its proxy), workers' requests included, and it saw none.
      expect(await outsideRequests(since)).toEqual([]);
    } finally {
      await demo.stop();
    }
  });
});
