// SPDX-License-Identifier: BSD-3-Clause
/**
 * The page's kernel slots on each SageCell server. A server lets one page (one CellSessionID)
 * hold only a few kernels at once, 2 by default and 5 on sagecell.sagemath.org, and answers
 * 429 beyond that (PROTOCOL.md §2, §10). However many cells autorun, kernel starts wait here
 * for a free slot, first come first served, so the page never asks for more.
 *
 * Waiting must end, though: a kernel that holds a slot without running anything can be
 * ended for a start that waits. First a kernel kept only for the interact controls of a
 * finished isolated run ("parked"), then the idle shared kernel unused for longest (its
 * cells are told that its variables are lost). A kernel that is running code is never ended.
 *
 * @packageDocumentation
 */

/** How readily an idle kernel gives up its slot: parked ones first, then idle shared ones. */
export type Yield = 'parked' | 'idle';

export interface Slot {
  /** The server gave the kernel: the slot now holds a running kernel. */
  started(): void;
  /** Give the slot back (the kernel ended). Idempotent. */
  release(): void;
  /**
   * The kernel is idle: a waiting start may end it with `evict` (which ends the kernel, then
   * releases the slot). `null`: it is busy again, hands off.
   */
  yieldTo(evict: (() => Promise<void> | void) | null, how?: Yield): void;
}

interface Held {
  started: boolean;
  evict: (() => Promise<void> | void) | null;
  how: Yield;
  since: number;
  released: boolean;
}

export class KernelSlots {
  /** Kernels this page may hold on the server at once. */
  limit: number;
  #held = new Set<Held>();
  #waiting: Array<(slot: Slot) => void> = [];
  #evicting = 0;
  #clock = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Slots in use, idle and parked kernels included. */
  get held(): number {
    return this.#held.size;
  }

  /** Slots that hold a kernel the server gave (not a request still on its way). */
  get kernels(): number {
    let n = 0;
    for (const h of this.#held) if (h.started) n++;
    return n;
  }

  /** Starts waiting for a slot. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * A slot, at once when one is free, else when a kernel ends (or an idle one is evicted).
   * `onWait` is called once if the caller has to wait. An aborted wait rejects.
   */
  acquire(signal?: AbortSignal, onWait?: () => void): Promise<Slot> {
    if (this.#held.size < this.limit && this.#waiting.length === 0) return Promise.resolve(this.#grant());
    onWait?.();
    return new Promise<Slot>((resolve, reject) => {
      const grant = (slot: Slot) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(slot);
      };
      const onAbort = () => {
        const i = this.#waiting.indexOf(grant);
        if (i >= 0) this.#waiting.splice(i, 1);
        reject(new DOMException('Stopped while waiting for a kernel.', 'AbortError'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(grant);
      this.#evictIfNeeded();
    });
  }

  /** The server refused a kernel (429) while this page held `kernels` others: believe it. */
  lowerLimitTo(kernels: number): void {
    this.limit = Math.max(1, Math.min(this.limit, kernels));
  }

  #grant(): Slot {
    const held: Held = { started: false, evict: null, how: 'idle', since: 0, released: false };
    this.#held.add(held);
    return {
      started: () => {
        held.started = true;
      },
      release: () => {
        if (held.released) return;
        held.released = true;
        this.#held.delete(held);
        this.#next();
      },
      yieldTo: (evict, how = 'idle') => {
        if (held.released) return;
        held.evict = evict;
        held.how = how;
        held.since = ++this.#clock;
        if (evict) this.#evictIfNeeded();
      },
    };
  }

  #next(): void {
    while (this.#waiting.length && this.#held.size < this.limit) this.#waiting.shift()!(this.#grant());
    this.#evictIfNeeded();
  }

  /** Starts are waiting and every slot is taken: end the idle kernels they need. */
  #evictIfNeeded(): void {
    let needed = this.#waiting.length - this.#evicting - Math.max(0, this.limit - this.#held.size);
    if (needed <= 0) return;
    const candidates = [...this.#held]
      .filter((h) => h.evict)
      .sort((a, b) => (a.how === b.how ? a.since - b.since : a.how === 'parked' ? -1 : 1));
    for (const held of candidates) {
      if (needed-- <= 0) break;
      const evict = held.evict!;
      held.evict = null;
      this.#evicting++;
      void Promise.resolve()
        .then(evict)
        .catch(() => {})
        .finally(() => {
          this.#evicting--;
          this.#evictIfNeeded();
        });
    }
  }
}

const slots = new Map<string, KernelSlots>();

/** The per-page kernel limit we assume for a server before it tells us otherwise. */
export function defaultLimit(root: string): number {
  return new URL(root).hostname === 'sagecell.sagemath.org' ? 5 : 2;
}

export function slotsFor(root: string): KernelSlots {
  let s = slots.get(root);
  if (!s) slots.set(root, (s = new KernelSlots(defaultLimit(root))));
  return s;
}
