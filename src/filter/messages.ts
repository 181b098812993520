// SPDX-License-Identifier: BSD-3-Clause
/**
 * Every message the filter shows an author: what is wrong and how to fix it. The PHP twin
 * (`filter-php/classes/local/messages.php`) holds the same sentences byte for byte; the shared
 * vectors check it. They are English only, like the shortcodes themselves.
 */

export const unterminated = (tag: string): string =>
  `[${tag}] has no closing [/${tag}]. Add [/${tag}] after the code, or write [[${tag}]] to show the text [${tag}].`;

export const strayClose = (tag: string): string =>
  `[/${tag}] has no opening [${tag}] before it. Remove it, or write [[/${tag}]] to show the text [/${tag}].`;

export const closeWithOptions = (tag: string): string =>
  `The closing tag [/${tag}] takes no options: write [/${tag}].`;

export const nested = (outer: string, inner: string): string =>
  `A [${inner}] block cannot be inside a [${outer}] block. End the [${outer}] block with [/${outer}] first, or write [[${inner}]] to show the text [${inner}].`;

export const mismatched = (outer: string, inner: string): string =>
  `[/${inner}] cannot end a [${outer}] block. Use [/${outer}], or write [[/${inner}]] to show the text [/${inner}].`;

export const disallowedElement = (tag: string, element: string): string =>
  `The [${tag}] block contains an element that is not text: <${element}>. A code block can hold only text and text formatting; remove the <${element}> from the block.`;

export const syntax = (tag: string, detail: string): string =>
  `Could not read the options of [${tag}]: ${detail}. Write options as key=value, key="value with spaces" or a bare flag.`;

export const unknownOption = (tag: string, key: string, allowed: string[]): string =>
  `Unknown option "${key}" in [${tag}]. Options allowed here: ${allowed.join(', ')}${tag === 'sage' || tag === 'jobe' ? ' (lang is short for language)' : ''}.`;

export const duplicateOption = (tag: string, key: string): string =>
  `Option "${key}" is given twice in [${tag}]: keep one.`;

export const needsValue = (key: string): string => `Option "${key}" needs a value: write ${key}=... .`;

export const badFlag = (key: string, value: string): string =>
  `Option "${key}" is a flag: write ${key} alone, or ${key}=true or ${key}=false (got "${value}").`;

export const badLanguage = (value: string, languages: string[]): string =>
  `Option "language" must be one of ${languages.join(', ')} (got "${value}").`;

export const badProvider = (value: string, providers: string[]): string =>
  `Option "provider" must be one of ${providers.join(', ')} (got "${value}").`;

export const badUrl = (key: string, value: string): string =>
  `Option "${key}" must be an http:// or https:// address (got "${value}").`;

const REPO_FORMS: Record<string, string> = {
  gh: 'owner/name, as on GitHub (for another git host, add provider=git and give its https:// address)',
  gl: 'group/project, as on GitLab',
  git: 'the http:// or https:// address of a git repository',
  gist: 'user/gist-id',
  hydroshare: 'a 32-character HydroShare resource id or an https:// address',
  ckan: 'the https:// address of a CKAN dataset (it contains /dataset/)',
};

export const badRepo = (provider: string, value: string): string =>
  `Option "repo" must be ${REPO_FORMS[provider] ?? 'a DOI such as 10.5281/zenodo.3242074'} (got "${value}").`;

export const badRef = (value: string): string =>
  `Option "ref" must be a git branch, tag or commit made of letters, digits and . _ / + - (got "${value}").`;

export const badKernel = (value: string): string =>
  `Option "kernel" must be a kernel name such as python3, made of letters, digits and . _ - (got "${value}").`;

export const badSession = (value: string): string =>
  `Option "session" must be a name of up to 100 letters, digits and . _ : - (got "${value}").`;

export const badTimeout = (value: string): string =>
  `Option "timeout" must be a whole number of seconds from 1 to 86400 (got "${value}").`;

export const tooLong = (tag: string, max: number): string =>
  `The [${tag}] block is too long to become a cell (more than ${max} HTML tags between [${tag}] and [/${tag}]), so it is shown as written. Split it into smaller blocks.`;

export const missingRepo = (): string =>
  `[mybinder] needs a repository: write [mybinder repo=owner/name].`;

export const missingLanguage = (languages: string[]): string =>
  `[jobe] needs a language: write [jobe lang=c] (one of ${languages.join(', ')}).`;

export const badLimit = (key: string, value: string, max: number, unit: string): string =>
  `Option "${key}" must be a whole number of ${unit} from 1 to ${max} (got "${value}").`;

export const badStdin = (max: number): string =>
  `Option "stdin" is too long: it can hold at most ${max} characters (the reader can type more into the box).`;

export const trustOutputsIgnored = (): string =>
  `trust-outputs was ignored: this site does not let authors trust outputs, so scripts in outputs stay off.`;

export const autorunIgnored = (): string =>
  `autorun was ignored: this site does not let cells run by themselves; press Run to run this cell.`;
