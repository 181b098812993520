// SPDX-License-Identifier: BSD-3-Clause
/**
 * Starts what the browser tests of one engine need, once: the engine's shared part (a browser
 * server, a display), a real Jupyter server and a static server for the project folder (dist/,
 * demo/). The Jupyter and static servers are shared by the engines' projects.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../servers/static.mjs';
import { startJupyter } from '../servers/jupyter.mjs';
import { startOutside } from '../servers/outside.mjs';
import { startEngine, type EngineName } from '../browsers/index.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: EngineName;
    browserEndpoint: string;
    /** The proxy every request leaving loopback goes to (test/servers/outside.mjs). */
    outsideProxy: string;
    outsideUrl: string;
    webUrl: string;
    jupyterUrl: string;
    jupyterToken: string;
  }
}

type Shared = { web: Awaited<ReturnType<typeof startStaticServer>>; jupyter: Awaited<ReturnType<typeof startJupyter>> };
let shared: Promise<Shared> | undefined;
let users = 0;

function startShared(): Promise<Shared> {
  return (shared ??= (async () => {
    const [jupyter, web] = await Promise.all([
      startJupyter(),
      // Every page gets the recorder first: WebDriver (WebKit) sees page errors only through it.
      startStaticServer({ root: process.cwd(), pages: true, inject: '<script src="/test/browsers/recorder.js"></script>' }),
    ]);
    return { jupyter, web };
  })());
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/exec-cell.js')) throw new Error('dist/ is missing: run `npm run build` first.');
  const engine = project.name as EngineName;
  users++;
  // Each engine has an outside world of its own: what reaches it came from this engine's pages.
  const outside = await startOutside();
  const [browser, { jupyter, web }] = await Promise.all([startEngine(engine, { proxy: outside.proxy }), startShared()]);
  project.provide('browserEndpoint', browser.endpoint);
  project.provide('outsideProxy', outside.proxy);
  project.provide('outsideUrl', outside.url);
  project.provide('webUrl', web.url);
  project.provide('jupyterUrl', jupyter.url);
  project.provide('jupyterToken', jupyter.token);
  return async () => {
    await browser.close();
    await outside.close();
    if (--users > 0) return;
    await web.close();
    await jupyter.stop();
  };
}
