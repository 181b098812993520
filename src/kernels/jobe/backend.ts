// SPDX-License-Identifier: BSD-3-Clause
/**
 * The Jobe backend (DESIGN §1): C, C++, Java, Python, Node.js, PHP… on a Jobe server, the
 * sandbox behind Moodle's CodeRunner, one batch job per run. Loaded with `import()` by the
 * registry.
 *
 * The pieces: `api.ts` (the REST calls and their failures), `languages.ts` (names),
 * `outcomes.ts` (a result as outputs), `session.ts` (a cell's runs).
 *
 * @packageDocumentation
 */
import { msg } from '../../i18n/ref.js';
import { CellError, type KernelSession, type SessionOptions } from '../types.js';
import { fetchLanguages } from './api.js';
import { jobeLanguageId } from './languages.js';
import { JobeSession } from './session.js';
import './catalogue.js'; // this backend's messages, in every language

/** Each server's languages, asked once per page (a failed answer is asked again next time). */
const languagesByRoot = new Map<string, Promise<string[]>>();

function languagesOf(root: string): Promise<string[]> {
  let known = languagesByRoot.get(root);
  if (!known) {
    known = fetchLanguages(root);
    languagesByRoot.set(root, known);
    known.catch(() => languagesByRoot.delete(root));
  }
  return known;
}

export async function connect(options: SessionOptions): Promise<KernelSession> {
  const root = options.server;
  if (!root) {
    throw new CellError(msg('jobeNoServer'), msg('jobeNoServerHint'), 'no-server');
  }
  if (!options.language) {
    throw new CellError(msg('jobeNoLanguage'), msg('jobeNoLanguageHint'), 'unknown-language');
  }
  const id = jobeLanguageId(options.language);
  const languages = await languagesOf(root);
  if (!languages.includes(id)) {
    throw new CellError(msg('jobeLanguageUnknown', options.language), msg('jobeLanguageUnknownHint', languages.join(', ')), 'unknown-language');
  }
  return new JobeSession(root, id, { cputime: options.cputime, memorylimit: options.memorylimit });
}
