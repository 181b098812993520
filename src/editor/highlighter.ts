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

/** Languages we colour; the others are shown as plain text. */
export function canHighlight(language: string): boolean {
  return ['python', 'python3', 'sage', 'ipython', ''].includes(language.toLowerCase());
}

/** Replace `target`'s content by `code`, coloured (the text stays exactly `code`). */
export function highlightInto(target: HTMLElement, code: string, language: string): void {
  if (!canHighlight(language)) {
    target.textContent = code;
    return;
  }
  const doc = target.ownerDocument;
  const out = doc.createDocumentFragment();
  highlightCode(
    code,
    pythonParser.parse(code),
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
