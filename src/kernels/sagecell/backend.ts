// SPDX-License-Identifier: BSD-3-Clause
/**
 * The SageCell backend (DESIGN §1): Sage, and through it GP, GAP, Maxima, Octave, R,
 * Singular, Macaulay2, Python and HTML, on a SageCell server (sagecell.sagemath.org unless a
 * cell or the page names another). Loaded with `import()` by the registry.
 *
 * The pieces: `start.ts` (a kernel: slots, terms, faults), `sockjs.ts` and `multiplex.ts`
 * (the page's connection), `conversation.ts` (one kernel's messages), `outputs.ts`,
 * `files.ts`, `tex.ts`, `interacts.ts` (SageCell's outputs in the output model),
 * `languages.ts` (code in other languages), `holder.ts` (a kernel that comes back),
 * `session.ts` (a cell's view of it).
 *
 * @packageDocumentation
 */
import { CellError, type KernelSession, type Progress, type SessionOptions } from '../types.js';
import { msg } from '../../i18n/ref.js';
import { isSageCellLanguage, SAGECELL_LANGUAGES } from './languages.js';
import { KernelHolder, sharedHolder } from './holder.js';
import { SageCellSession } from './session.js';
import './catalogue.js'; // this backend's messages, in every language

export async function connect(options: SessionOptions, progress?: (p: Progress) => void): Promise<KernelSession> {
  const root = options.server;
  if (!root) {
    throw new CellError(msg('sagecellNoServer'), msg('sagecellNoServerHint'), 'no-server');
  }
  const language = (options.language || 'sage').toLowerCase();
  if (!isSageCellLanguage(language)) {
    throw new CellError(
      msg('sagecellUnknownLanguage', language),
      msg('sagecellUnknownLanguageHint', SAGECELL_LANGUAGES.join(', ')),
      'unknown-language',
    );
  }
  // Isolated runs get a kernel each; other cells share their group's, whatever their language.
  const holder = options.isolated ? new KernelHolder(root, true) : sharedHolder(root, options.session ?? '');
  const session = new SageCellSession(holder, language);
  try {
    await session.start(progress);
  } catch (e) {
    void session.dispose();
    throw e;
  }
  return session;
}
