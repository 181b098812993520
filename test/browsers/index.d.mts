// SPDX-License-Identifier: BSD-3-Clause
// Types of the engine launcher (index.mjs).
import type { Browser, EngineName } from './page.mjs';

export type { EngineName };
export { Browser, Context, Page, Locator } from './page.mjs';

export interface EngineOptions {
  /** host:port every request that is not to loopback goes to. */
  proxy?: string;
}

export const ENGINES: readonly EngineName[];
export function selectedEngines(): EngineName[];
export function startEngine(engine: EngineName, options?: EngineOptions): Promise<{ endpoint: string; close: () => Promise<void> }>;
export function launchBrowser(engine: EngineName, endpoint?: string, options?: EngineOptions): Promise<Browser>;
