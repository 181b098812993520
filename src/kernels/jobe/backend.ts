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
import { CellError, type KernelSession, type SessionOptions } from '../types.js';
import { fetchLanguages } from './api.js';
import { jobeLanguageId } from './languages.js';
import { JobeSession } from './session.js';

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
    throw new CellError(
      'This cell has no Jobe server to run on.',
      'Give the cell a server="…" attribute (Jobe’s REST root, such as https://jobe.example.edu/jobe/index.php/restapi/, or the site’s Jobe proxy), or the page a data-jobe-url.',
      'no-server',
    );
  }
  if (!options.language) {
    throw new CellError(
      'This Jobe cell does not say which language its code is in.',
      'Give it a language attribute, such as language="c", "cpp", "java" or "python".',
      'unknown-language',
    );
  }
  const id = jobeLanguageId(options.language);
  const languages = await languagesOf(root);
  if (!languages.includes(id)) {
    throw new CellError(
      `The Jobe server does not run language “${options.language}”.`,
      `It runs: ${languages.join(', ')} (the cell’s language attribute).`,
      'unknown-language',
    );
  }
  return new JobeSession(root, id, { cputime: options.cputime, memorylimit: options.memorylimit });
}
