// SPDX-License-Identifier: BSD-3-Clause
// Types of the browser adapter (page.mjs): the subset of Playwright's API the tests use, with
// Playwright's signatures, so a test body reads the same as it would with Playwright.

export type EngineName = 'chromium' | 'firefox' | 'webkit';

type PageFunction<Arg, R> = string | ((arg: Arg) => R | Promise<R>);

export interface PageDriver {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  url(): Promise<string>;
  evaluate(expression: string): Promise<unknown>;
  click(x: number, y: number, o?: { clickCount?: number }): Promise<void>;
  move(x: number, y: number): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  drag(from: { x: number; y: number }, to: { x: number; y: number }, steps?: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  on(event: string, listener: (e: unknown) => void): boolean;
  colorScheme?: (scheme: 'light' | 'dark') => Promise<void>;
  forcedColors?: (mode: 'active' | 'none') => Promise<void>;
  flush?: () => Promise<void>;
}

export interface ContextDriver {
  newPage(): Promise<PageDriver>;
  close(): Promise<void>;
}

export interface ContextOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Forced colours (Windows' high contrast): Chromium and Firefox; WebKit has no such mode. */
  forcedColors?: 'active' | 'none';
  hasTouch?: boolean;
}

export interface BrowserDriver {
  newContext(o: ContextOptions): Promise<ContextDriver>;
  close(): Promise<void>;
  version(): string;
  pids?(): number[];
}

export interface PageError {
  message: string;
}
export interface ConsoleMessage {
  type(): string;
  text(): string;
}
export interface Request {
  url(): string;
  method(): string;
}

export function callExpression(fn: unknown, arg?: unknown): string;

export class Keyboard {
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
}

export class Mouse {
  drag(from: { x: number; y: number }, to: { x: number; y: number }, steps?: number): Promise<void>;
}

export class Touchscreen {
  tap(x: number, y: number): Promise<void>;
}

export class Page {
  readonly keyboard: Keyboard;
  readonly touchscreen: Touchscreen;
  readonly mouse: Mouse;
  readonly engine: EngineName;
  context(): Context;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  close(options?: { runBeforeUnload?: boolean }): Promise<void>;
  isClosed(): boolean;
  url(): Promise<string>;
  title(): Promise<string>;
  evaluate<R>(fn: PageFunction<void, R>): Promise<R>;
  evaluate<R, Arg>(fn: PageFunction<Arg, R>, arg: Arg): Promise<R>;
  waitForFunction<R, Arg = void>(fn: PageFunction<Arg, R>, arg?: Arg, options?: { timeout?: number; polling?: number }): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
  locator(selector: string, options?: { hasText?: string }): Locator;
  getByText(text: string, options?: { exact?: boolean }): Locator;
  getByRole(role: string, options?: { name?: string; exact?: boolean }): Locator;
  getByLabel(text: string, options?: { exact?: boolean }): Locator;
  getAttribute(selector: string, name: string): Promise<string | null>;
  click(selector: string, options?: { force?: boolean; timeout?: number }): Promise<void>;
  on(event: 'pageerror', listener: (e: PageError) => void): this;
  on(event: 'console', listener: (m: ConsoleMessage) => void): this;
  on(event: 'request', listener: (r: Request) => void): this;
  flushEvents(): Promise<void>;
  readonly canEmulateColorScheme: boolean;
  readonly canEmulateForcedColors: boolean;
  emulateMedia(options: { colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none' }): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  addScriptTag(options: { content: string }): Promise<void>;
}

export class Locator {
  locator(selector: string, options?: { hasText?: string }): Locator;
  getByText(text: string, options?: { exact?: boolean }): Locator;
  getByRole(role: string, options?: { name?: string; exact?: boolean }): Locator;
  getByLabel(text: string, options?: { exact?: boolean }): Locator;
  nth(index: number): Locator;
  first(): Locator;
  last(): Locator;
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  innerText(options?: { timeout?: number }): Promise<string>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  inputValue(options?: { timeout?: number }): Promise<string>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  isChecked(options?: { timeout?: number }): Promise<boolean>;
  boundingBox(options?: { timeout?: number }): Promise<{ x: number; y: number; width: number; height: number }>;
  allInnerTexts(): Promise<string[]>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate<R, Arg = void, E extends Element = any>(fn: (element: E, arg: Arg) => R | Promise<R>, arg?: Arg, options?: { timeout?: number }): Promise<R>;
  isDisabled(options?: { timeout?: number }): Promise<boolean>;
  isEnabled(options?: { timeout?: number }): Promise<boolean>;
  isHidden(): Promise<boolean>;
  focus(options?: { timeout?: number }): Promise<void>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
  click(options?: { force?: boolean; timeout?: number; clickCount?: number }): Promise<void>;
  dblclick(options?: { force?: boolean; timeout?: number }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  tap(options?: { timeout?: number }): Promise<void>;
  press(key: string, options?: { timeout?: number }): Promise<void>;
  type(text: string, options?: { timeout?: number }): Promise<void>;
  check(options?: { timeout?: number }): Promise<void>;
  uncheck(options?: { timeout?: number }): Promise<void>;
}

export class Context {
  readonly engine: EngineName;
  newPage(): Promise<Page>;
  pages(): Page[];
  close(): Promise<void>;
}

export class Browser {
  readonly engine: EngineName;
  version(): string;
  pids(): number[];
  newContext(options?: ContextOptions): Promise<Context>;
  close(): Promise<void>;
}
