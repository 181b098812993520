// SPDX-License-Identifier: BSD-3-Clause
/**
 * Starting one kernel: wait for one of the page's kernel slots on the server, ask for the
 * kernel (with the reader's acceptance of the terms when given), and turn each way that can
 * fail into what the reader needs to know.
 *
 * @packageDocumentation
 */
import { CellError, type Progress } from '../types.js';
import { msg } from '../../i18n/ref.js';
import { fetchTerms, KernelLimitError, NetworkError, requestKernel } from './http.js';
import { slotsFor, type Slot } from './queue.js';
import { termsAccepted, termsError } from './terms.js';
import './catalogue.js'; // this backend's messages, in every language

export interface StartedKernel {
  id: string;
  slot: Slot;
}

export interface StartOptions {
  /** A kernel for one run (an isolated cell): the server ends it after the run. */
  oneRun?: boolean;
  signal?: AbortSignal;
  progress?: (p: Progress) => void;
  /** For tests: how long a kernel request may wait. */
  timeoutMs?: number;
}

/** After a 429 while this page holds no kernel: the server may still count ones it is ending. */
const LIMIT_RETRIES = 2;
const LIMIT_RETRY_MS = 1_500;

/** Start a kernel on the SageCell server at `root` (normalised, ends with `/`). */
export async function startKernel(root: string, o: StartOptions = {}): Promise<StartedKernel> {
  const slots = slotsFor(root);
  let refusals = 0;
  for (;;) {
    const slot = await slots.acquire(o.signal, () =>
      o.progress?.({ phase: msg('phaseWaiting'), message: msg('sagecellWaitingForSlot', slots.limit, root) }),
    );
    o.progress?.({ phase: msg('sagecellPhaseStarting'), message: msg('sagecellStarting', root) });
    const started = Date.now();
    const slow = setInterval(() => {
      const s = Math.round((Date.now() - started) / 1000);
      o.progress?.({ phase: msg('sagecellPhaseStarting'), message: msg('sagecellServerBusy', s) });
    }, 5_000);
    try {
      const id = await requestKernel(root, { acceptedTerms: termsAccepted(root), oneRun: o.oneRun, signal: o.signal, timeoutMs: o.timeoutMs });
      slot.started();
      return { id, slot };
    } catch (e) {
      slot.release();
      if (e instanceof KernelLimitError) {
        if (slots.kernels > 0) {
          // The server allows fewer kernels per page than we assumed: as many as we hold now.
          // Requests already on their way may meet a 429 too; all then wait for one of ours.
          slots.lowerLimitTo(slots.kernels);
          continue;
        }
        if (++refusals <= LIMIT_RETRIES) {
          o.progress?.({ phase: msg('phaseWaiting'), message: msg('sagecellWaitingForRelease') });
          await sleep(LIMIT_RETRY_MS, o.signal);
          continue;
        }
        // The server's own words, as they came.
        throw new CellError(msg('sagecellTooManyKernels', root, e.message), msg('sagecellTooManyKernelsHint'), 'too-many-kernels');
      }
      if (e instanceof NetworkError) throw await explainNetworkError(root);
      throw e;
    } finally {
      clearInterval(slow);
    }
  }
}

/**
 * The kernel request failed at the network level. A server that requires its terms of
 * service refuses a request without them with a 403 that carries no CORS headers, which the
 * browser reports as a network error too: ask the terms endpoint which one it was.
 */
async function explainNetworkError(root: string): Promise<CellError> {
  let terms: string | null;
  try {
    terms = await fetchTerms(root);
  } catch {
    return new CellError(msg('sagecellUnreachable', root), msg('sagecellUnreachableHint'), 'unreachable');
  }
  if (terms && !termsAccepted(root)) return termsError(root, terms);
  return new CellError(msg('sagecellStartRefused', root), msg('sagecellStartRefusedHint'), 'start-refused');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('Stopped while waiting for a kernel.', 'AbortError'));
      },
      { once: true },
    );
  });
}
