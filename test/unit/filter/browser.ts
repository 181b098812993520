// SPDX-License-Identifier: BSD-3-Clause
/**
 * A real DOM for the upgrader's tests: Debian's Chromium through playwright-core (DESIGN §7),
 * with src/filter bundled by esbuild into `window.F`. jsdom would not do: the point is how a
 * browser's parser and Range behave.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

export interface FilterPage {
  page: Page;
  close(): Promise<void>;
}

export async function openFilterPage(): Promise<FilterPage> {
  const entry = fileURLToPath(new URL('../../../src/filter/index.ts', import.meta.url));
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'F',
    write: false,
    target: 'es2022',
  });
  const profile = mkdtempSync(join(tmpdir(), 'exec-cell-filter-'));
  // A fresh profile each run (DESIGN §7), given the way playwright wants it.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  await page.addScriptTag({ content: (bundle.outputFiles[0] as { text: string }).text });
  return {
    page,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
