// SPDX-License-Identifier: BSD-3-Clause
/**
 * Starts what every browser test needs, once: Debian's Chromium (as a Playwright browser
 * server), a real Jupyter server, and a static server for the project folder (dist/, demo/).
 */
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../servers/static.mjs';
import { startJupyter } from '../servers/jupyter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../servers/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
    webUrl: string;
    jupyterUrl: string;
    jupyterToken: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/exec-cell.js')) throw new Error('dist/ is missing: run `npm run build` first.');
  const [browser, jupyter, web] = await Promise.all([
    chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }) as Promise<BrowserServer>,
    startJupyter(),
    startStaticServer({ root: process.cwd(), pages: true }),
  ]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('webUrl', web.url);
  project.provide('jupyterUrl', jupyter.url);
  project.provide('jupyterToken', jupyter.token);
  return async () => {
    await browser.close();
    await web.close();
    await jupyter.stop();
  };
}
