// SPDX-License-Identifier: BSD-3-Clause
/**
 * The old libraries' globals, in the script tag (so they exist the moment a page's own script
 * calls them, before any module has loaded): `thebe` and `thebelab` (Thebe 0.5–0.9 and
 * ThebeLab 0.1–0.4: `bootstrap()`, `events.on('status', …)`, `on('status', …)`) and
 * `Juniper` (`new Juniper({...})`). Each is a thin stub that loads the real work
 * (thebe-compat.mjs, juniper-compat.mjs) on first use. A page that already has one of these
 * globals (the old library loaded beside exec-cell) keeps its own.
 *
 * @packageDocumentation
 */

type Handler = (event: { type: string }, data: unknown) => void;

/** A jQuery-style event hub, as Thebe's `events` (`on`, `one`, `off`, `trigger`). */
export function eventHub() {
  const handlers = new Map<string, Set<Handler>>();
  const hub = {
    on(type: string, handler: Handler) {
      if (typeof handler !== 'function') return hub;
      for (const t of String(type).split(/\s+/).filter(Boolean)) {
        if (!handlers.has(t)) handlers.set(t, new Set());
        handlers.get(t)!.add(handler);
      }
      return hub;
    },
    one(type: string, handler: Handler) {
      const once: Handler = (e, d) => {
        hub.off(type, once);
        handler(e, d);
      };
      return hub.on(type, once);
    },
    off(type?: string, handler?: Handler) {
      if (type === undefined) handlers.clear();
      else if (!handler) handlers.delete(type);
      else handlers.get(type)?.delete(handler);
      return hub;
    },
    trigger(type: string, data?: unknown) {
      for (const handler of [...(handlers.get(type) ?? [])]) {
        try {
          handler({ type }, data);
        } catch (e) {
          // A page's handler that throws must not stop exec-cell or the other handlers.
          console.error(e);
        }
      }
      return hub;
    },
  };
  return hub;
}
export type EventHub = ReturnType<typeof eventHub>;

export interface ThebeApi {
  events: EventHub;
  on: EventHub['on'];
  off: EventHub['off'];
  one: EventHub['one'];
  trigger: EventHub['trigger'];
  /** Turn the page's Thebe cells into exec-cell cells; resolves once they are in place. */
  bootstrap(options?: Record<string, unknown>): Promise<unknown>;
  /** The cells made so far. */
  cells: HTMLElement[];
  /** ThebeLab 0.1's page config object, when a page sets it here. */
  config?: unknown;
  [other: string]: unknown;
}

type ThebeModule = typeof import('./thebe.js');
type JuniperModule = typeof import('./juniper.js');

/** The `thebe` / `thebelab` global: bootstrap() loads the Thebe module and upgrades the page. */
export function thebeApi(load: () => Promise<ThebeModule>, existing?: Record<string, unknown>): ThebeApi {
  const events = eventHub();
  const api: ThebeApi = Object.assign(existing ?? {}, {
    events,
    on: events.on,
    off: events.off,
    one: events.one,
    trigger: events.trigger,
    cells: [] as HTMLElement[],
    bootstrap(options?: Record<string, unknown>) {
      return load().then((m) => m.bootstrap(api, options));
    },
  });
  return api;
}

/**
 * The `Juniper` global: `new Juniper(options)` upgrades the page's cells as Juniper does, once
 * the Juniper module has loaded (a moment later; the page's call returns at once).
 */
export function juniperClass(load: () => Promise<JuniperModule>) {
  return class Juniper {
    readonly options: Record<string, unknown>;
    /** Resolves to the cells made, once they are in place. */
    readonly ready: Promise<HTMLElement[]>;
    constructor(options: Record<string, unknown> = {}) {
      this.options = options ?? {};
      this.ready = options?.noAutoInit ? Promise.resolve([]) : this.renderAll();
    }
    /** Upgrade every element matching the selector (Juniper's constructor does it unless `noAutoInit`). */
    renderAll(): Promise<HTMLElement[]> {
      return load().then((m) => m.upgradeJuniper(document, this.options));
    }
    /** Upgrade one element, as Juniper's `renderCell`. */
    renderCell(element: Element): Promise<HTMLElement[]> {
      return load().then((m) => m.upgradeJuniper(document, this.options, [element]));
    }
  };
}
