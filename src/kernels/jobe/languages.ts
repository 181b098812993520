// SPDX-License-Identifier: BSD-3-Clause
/**
 * The names a cell may give its language, and Jobe's `language_id` for each. Jobe names
 * its languages by runtime (`python3`, `nodejs`); authors write what they teach (`python`,
 * `javascript`, `c++`). Which languages a server runs is its `/languages` answer.
 *
 * @packageDocumentation
 */

const ALIASES: Record<string, string> = {
  python: 'python3',
  py: 'python3',
  'c++': 'cpp',
  cxx: 'cpp',
  javascript: 'nodejs',
  js: 'nodejs',
  node: 'nodejs',
};

/** Jobe's id for a cell's language (`python` → `python3`); unknown names pass through. */
export function jobeLanguageId(language: string): string {
  const name = language.trim().toLowerCase();
  return ALIASES[name] ?? name;
}

/** The editor's name for a Jobe language (highlighting): `cpp`, `java`, `python`… */
export function editorLanguage(id: string): string {
  if (id === 'python3') return 'python';
  if (id === 'nodejs') return 'javascript';
  return id;
}
