// SPDX-License-Identifier: BSD-3-Clause
/**
 * Error outputs in exec-cell's own words (a Jobe compile error, a time limit): nbformat's
 * fields hold the English, and the messages ride along so that the output is said in the
 * language of the cell that shows it (render.ts).
 *
 * @packageDocumentation
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { english, say, msg, type Messages, type Text } from '../i18n/text.js';

/**
 * An error output's words as catalogued messages, kept beside their English in `ename`,
 * `evalue` and `traceback` (what nbformat, the cell's events and its tests read), so that the
 * output can be said in the language of the cell that shows it. `detail` may be text from the
 * server (a compiler's message), shown as it came.
 */
export interface ErrorText {
  ename: Text;
  evalue: Text;
  detail?: Text;
}

/** The key of an error output that holds its {@link ErrorText}. */
export const ERROR_TEXT = 'exec_cell_text';

/** An error output: English in nbformat's fields, the messages under {@link ERROR_TEXT}. */
export function errorOutput(text: ErrorText, traceback?: string[]): IOutput {
  const ename = english(text.ename);
  const evalue = english(text.evalue);
  const detail = text.detail === undefined ? '' : english(text.detail);
  const output: IOutput = {
    output_type: 'error',
    ename,
    evalue,
    traceback: traceback ?? (detail ? [`${ename}: ${evalue}`, '', detail] : [`${ename}: ${evalue}`]),
  };
  return Object.assign(output, { [ERROR_TEXT]: text });
}

/** The words of an error output exec-cell made, in the language of `messages`; undefined for any other. */
export function ownErrorText(output: IOutput, messages: Messages): string | undefined {
  const own = (output as { [ERROR_TEXT]?: ErrorText })[ERROR_TEXT];
  if (!own) return undefined;
  const line = say(messages, msg('errorLine', say(messages, own.ename), say(messages, own.evalue)));
  return own.detail === undefined ? line : `${line}\n\n${say(messages, own.detail)}`;
}
