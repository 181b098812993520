// SPDX-License-Identifier: BSD-3-Clause
/**
 * Syntax colours as classes (`tok-*`, styled by the cell's `--exec-cell-syntax-*` properties),
 * shared by the CodeMirror editor and the code shown before it exists: a cell reads the same
 * whether or not its editor has been created. This module needs only the Lezer parser, not
 * CodeMirror, so a page of a hundred cells colours its code without a hundred editors.
 *
 * @packageDocumentation
 */
import { highlightCode, tagHighlighter, tags as t } from '@lezer/highlight';
import type { Parser } from '@lezer/common';
import { parser as pythonParser } from '@lezer/python';

export const cellHighlighter = tagHighlighter([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword, t.moduleKeyword], class: 'tok-keyword' },
  { tag: [t.string, t.special(t.string), t.regexp], class: 'tok-string' },
  { tag: [t.number, t.bool, t.null, t.atom], class: 'tok-number' },
  { tag: t.comment, class: 'tok-comment' },
  {
    tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName))],
    class: 'tok-function',
  },
  { tag: [t.className, t.definition(t.className), t.typeName], class: 'tok-type' },
  { tag: [t.standard(t.variableName), t.self], class: 'tok-builtin' },
  { tag: [t.meta, t.annotation], class: 'tok-meta' },
  { tag: t.invalid, class: 'tok-invalid' },
]);

/** Python (and Sage, which reads as Python): what most cells hold, shipped with this module. */
export function isPython(language: string): boolean {
  return ['python', 'python3', 'sage', 'ipython', ''].includes(language.toLowerCase());
}

/**
 * The other languages we colour (Jobe's), each a parser of its own fetched the first time a
 * cell in that language is shown: a page of Python cells never downloads them.
 */
const OTHER_PARSERS: Record<string, () => Promise<Parser>> = {
  c: () => import('@lezer/cpp').then((m) => m.parser),
  cpp: () => import('@lezer/cpp').then((m) => m.parser),
  'c++': () => import('@lezer/cpp').then((m) => m.parser),
  java: () => import('@lezer/java').then((m) => m.parser),
  javascript: () => import('@lezer/javascript').then((m) => m.parser),
  js: () => import('@lezer/javascript').then((m) => m.parser),
  nodejs: () => import('@lezer/javascript').then((m) => m.parser),
  php: () => import('@lezer/php').then((m) => m.parser),
};

/** Languages we colour; the others are shown as plain text. */
export function canHighlight(language: string): boolean {
  return isPython(language) || language.toLowerCase() in OTHER_PARSERS;
}

/** The parser that colours a language, or null for plain text. */
export async function parserFor(language: string): Promise<Parser | null> {
  if (isPython(language)) return pythonParser;
  const load = OTHER_PARSERS[language.toLowerCase()];
  return load ? load() : null;
}

/** Replace `target`'s content by `code`, coloured (the text stays exactly `code`). */
export async function highlightInto(target: HTMLElement, code: string, language: string): Promise<void> {
  highlightWith(target, code, await parserFor(language).catch(() => null));
}

/** {@link highlightInto} with the parser at hand (null: plain text), in one synchronous step. */
export function highlightWith(target: HTMLElement, code: string, parser: Parser | null): void {
  if (!parser) {
    target.textContent = code;
    return;
  }
  const doc = target.ownerDocument;
  const out = doc.createDocumentFragment();
  highlightCode(
    code,
    parser.parse(code),
    cellHighlighter,
    (text, classes) => {
      if (!classes) {
        out.append(text);
        return;
      }
      const span = doc.createElement('span');
      span.className = classes;
      span.textContent = text;
      out.append(span);
    },
    () => out.append('\n'),
  );
  target.replaceChildren(out);
}
