// SPDX-License-Identifier: BSD-3-Clause
/**
 * The renderer registry: which mime type of a bundle is drawn, and by what. The idea is
 * JupyterLab's rendermime (an ordered list of renderers, each with a rank and a safety flag);
 * the code is ours. The plain renderers register from render.ts; interactive outputs (Sage's
 * `@interact`, Jupyter widgets) register from their own folders, so this folder knows no
 * backend and no widget library.
 *
 * A renderer returns its element at once and may fill it later (after loading its chunk):
 * the output area never awaits.
 *
 * @packageDocumentation
 */
import type { IMimeBundle } from '@jupyterlab/nbformat';
import type { Messages } from '../i18n/text.js';

export interface RenderOptions {
  /** The author vouched for the outputs: HTML with scripts runs in a sandboxed iframe. */
  trusted: boolean;
  /**
   * What made the outputs (the kernel session), opaque here: a renderer that must talk back
   * to it (widgets, interacts) knows what to look for.
   */
  origin?: unknown;
  /** The catalogue of the reader's language, for what a renderer says itself. */
  messages: Messages;
}

export interface MimeRenderer {
  /** Mime types this renderer draws. */
  readonly mimeTypes: readonly string[];
  /** Lower ranks win when a bundle carries several mime types (JupyterLab's `defaultRank`). */
  readonly rank: number;
  /**
   * Whether it may draw output nobody vouched for. A renderer that is not safe is used only
   * when the author set `trust-outputs`; otherwise the next mime type of the bundle is drawn.
   */
  readonly safe: boolean;
  /** Draw `bundle[mime]`; the whole bundle is given for fallbacks (its `text/plain`). */
  render(mime: string, bundle: IMimeBundle, metadata: Record<string, unknown>, opts: RenderOptions): HTMLElement;
}

export class RendererRegistry {
  #renderers: MimeRenderer[] = [];

  /** Add a renderer; a later one with the same rank comes after the earlier. */
  add(renderer: MimeRenderer): void {
    this.#renderers.push(renderer);
    this.#renderers.sort((a, b) => a.rank - b.rank);
  }

  /** The best mime type of `bundle` with its renderer, or undefined when none can draw it. */
  preferred(bundle: IMimeBundle, trusted: boolean): { mime: string; renderer: MimeRenderer } | undefined {
    for (const renderer of this.#renderers) {
      if (!renderer.safe && !trusted) continue;
      const mime = renderer.mimeTypes.find((m) => bundle[m] !== undefined && bundle[m] !== null);
      if (mime) return { mime, renderer };
    }
    return undefined;
  }

  /** Every mime type some renderer draws, best first. */
  get mimeTypes(): string[] {
    return this.#renderers.flatMap((r) => r.mimeTypes);
  }
}

/** The page's registry: one per page, like the element's definition. */
export const renderers = new RendererRegistry();
