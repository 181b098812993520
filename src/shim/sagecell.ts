// SPDX-License-Identifier: BSD-3-Clause
/**
 * `sagecell.makeSagecell({...})` for pages written for the SageCell embed
 * (`embedded_sagecell.js`) and for Moodle sites that used filter_sagecell: the same call,
 * answered with `<exec-cell backend="sagecell">` elements made in place, so such a page
 * switches by changing its script tag. The script tag defines the `sagecell` global (a stub
 * in loader.ts) and loads this module on the first call.
 *
 * Options, as the embed reads them (its `js/cell.js` and `doc/embedding.rst`):
 *
 * | option | here |
 * |---|---|
 * | `inputLocation` (required; a selector or an element; several matches make several cells) | yes |
 * | `outputLocation` | yes: the output (and messages) show there, the editor stays at `inputLocation` |
 * | `code`, `codeLocation`, else a child `<script>`, a `<textarea>`'s value, the text | yes (code is trimmed; `codeLocation` is read as text, where the embed takes its HTML) |
 * | `evalButtonText` (default "Evaluate") | yes (the default in the cell's language) |
 * | `languages`, `defaultLanguage` | yes: a language menu when there are several |
 * | `linked` (share a kernel among this call's cells; else each run gets a fresh kernel) | yes (`linked: false` → `isolated`) |
 * | `linkKey` (share a kernel across calls) | yes (`session`) |
 * | `autoeval` | yes (`autorun`; off for linked cells, as in the embed) |
 * | `hide`: `editor`, `evalButton`, `output`, `language` | yes (`editor` → `hide-code`, which keeps a Show code button) |
 * | `hide`: `messages`, `files`, `fullScreen`, `sessionFiles`, `permalink`, `done`, `sessionTitle` | nothing to hide: exec-cell has none of these |
 * | `editor`: `codemirror`, `codemirror-readonly`, `textarea`, `textarea-readonly` | the `-readonly` ones → `readonly`; always CodeMirror |
 * | `template` (`sagecell.templates.minimal`, `.restricted`) | yes |
 * | `callback` | yes: called once the cells are in place |
 * | `replaceOutput: false` (append outputs) | no: a run replaces the outputs |
 * | `interacts` (restore interact state), `mode: "debug"`, `collapse` | no |
 * | `sagecell.root`, `<link property="sagecell-root" href>` | yes: the cells' server (else the page's `data-sagecell-url`, else sagecell.sagemath.org) |
 * | `sagecell.deleteSagecell(info)` | yes; `moveInputForm`, `restoreInputForm`, `sagecell.kernels`, `window.singlecell` are not offered |
 *
 * @packageDocumentation
 */
import { backendWordsHere, languageOf, loadLanguage, messagesOf } from '../i18n/language.js';
import { msg, say } from '../i18n/text.js';
import '../kernels/sagecell/catalogue.js';

export interface SagecellArgs {
  inputLocation: string | Element;
  outputLocation?: string | Element;
  code?: string;
  codeLocation?: string | Element;
  evalButtonText?: string;
  languages?: string[];
  defaultLanguage?: string;
  linked?: boolean;
  linkKey?: string;
  autoeval?: boolean;
  hide?: string[];
  editor?: string;
  template?: Partial<SagecellArgs>;
  callback?: () => void;
  [other: string]: unknown;
}

/** What makeSagecell returns (filled in once the page is parsed), as the embed's `cellInfo`. */
export interface CellInfo {
  inputLocation?: Element;
  outputLocation?: Element;
  code?: string;
  language?: string;
  /** The cell made at `inputLocation` (and the one showing the output, when it is elsewhere). */
  cell?: HTMLElement;
  outputCell?: HTMLElement;
  /** One entry per cell when `inputLocation` matched several elements. */
  array?: CellInfo[];
  [other: string]: unknown;
}

const LANGUAGE_NAMES: Record<string, string> = {
  sage: 'Sage',
  python: 'Python',
  gp: 'GP',
  gap: 'GAP',
  html: 'HTML',
  maxima: 'Maxima',
  octave: 'Octave',
  r: 'R',
  singular: 'Singular',
  macaulay2: 'Macaulay2',
};

let linkedCalls = 0;

/** Make the cells `args` asks for; returns their info at once, filled when the page is parsed. */
export function makeSagecell(args: SagecellArgs, info: CellInfo = {}): CellInfo {
  if (!args || args.inputLocation === undefined) throw new Error('makeSagecell: inputLocation is required.');
  const run = () => make(merged(args), info);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
  return info;
}

/** Remove the cells made for `info` (and their language menus). */
export function deleteSagecell(info: CellInfo): void {
  for (const i of info.array ?? [info]) {
    for (const el of [i.cell, i.outputCell]) {
      (el as HTMLElement & { languageMenu?: HTMLElement } | undefined)?.languageMenu?.remove();
      el?.remove();
    }
  }
}

/** Defaults, then the template, then the call's own options; `hide` lists are joined. */
function merged(args: SagecellArgs): SagecellArgs {
  const template = args.template ?? {};
  return {
    editor: 'codemirror',
    languages: ['sage'],
    ...template,
    ...args,
    hide: ['messages', ...(template.hide ?? []), ...(args.hide ?? [])],
  };
}

function make(args: SagecellArgs, info: CellInfo, linkedSession?: string): void {
  const inputs = elements(args.inputLocation);
  if (inputs.length === 0) return;
  if (inputs.length > 1) {
    if (args.outputLocation !== undefined) throw new Error('makeSagecell: inputLocation must match one element when outputLocation is given.');
    // Linked cells of one call share a kernel; the embed then never evaluates them on load.
    const session = args.linkKey ?? (args.linked ? `sagecell-linked-${++linkedCalls}` : undefined);
    info.array = inputs.map((input) => {
      const one: CellInfo = {};
      make({ ...args, inputLocation: input, autoeval: args.linked ? false : args.autoeval }, one, session);
      return one;
    });
    return;
  }
  const input = inputs[0]!;
  if ((input as HTMLElement).dataset?.sagecellInitialized) return;
  (input as HTMLElement).dataset.sagecellInitialized = 'true';
  const output = args.outputLocation === undefined ? input : elements(args.outputLocation)[0];
  const code = (args.code ?? codeFrom(args.codeLocation, input)).trim();
  const languages = (args.languages?.length ? args.languages : ['sage']).map((l) => l.toLowerCase());
  const language = args.defaultLanguage && languages.includes(args.defaultLanguage.toLowerCase()) ? args.defaultLanguage.toLowerCase() : languages[0]!;
  const session = linkedSession ?? args.linkKey ?? (args.linked ? `sagecell-linked-${++linkedCalls}` : undefined);
  const hide = new Set(args.hide ?? []);

  const cell = newCell(language, session, code);
  if (args.autoeval && code) cell.setAttribute('autorun', '');
  if (String(args.editor ?? '').endsWith('-readonly')) cell.setAttribute('readonly', '');
  if (hide.has('editor')) cell.setAttribute('hide-code', '');
  cell.dataset.sagecellHide = [...hide].join(' ');

  let outputCell: HTMLElement | undefined;
  if (output && output !== input) {
    // The output lives elsewhere: a second cell there shows it (and any message), and this
    // one hands its code over on each run.
    outputCell = newCell(language, session, code);
    outputCell.setAttribute('hide-code', '');
    outputCell.setAttribute('persist', 'off');
    outputCell.dataset.sagecellRole = 'output';
    outputCell.dataset.sagecellHide = [...hide].join(' ');
    cell.dataset.sagecellRole = 'input';
    const target = outputCell as HTMLElement & { code: string; run(): Promise<unknown> };
    cell.addEventListener('exec-cell-run', (e) => {
      e.preventDefault();
      target.code = (e as CustomEvent<{ code: string }>).detail.code;
      void target.run();
    });
    output.append(outputCell);
  }

  place(cell, input);
  const menuLabel = languages.length > 1 && !hide.has('language') ? languageMenu(cell, outputCell, languages, language) : undefined;
  installStyles();
  // Words of the cell's language (the embed's "Evaluate" is SageCell's), once its catalogue is
  // here: before the cell's first frame, which waits for the same catalogue.
  void loadLanguage(languageOf(cell)).then(backendWordsHere).then(() => {
    menuLabel?.replaceChildren(`${messagesOf(cell).languageMenu} `);
    // The page's label as it gave it; else the embed's "Evaluate", in the cell's language.
    cell.setAttribute('run-label', String(args.evalButtonText ?? say(messagesOf(cell), msg('sagecellEvaluate'))));
  });

  Object.assign(info, { inputLocation: input, outputLocation: output ?? input, code, language, cell, ...(outputCell ? { outputCell } : {}) });
  args.callback?.();
}

function elements(location: string | Element | undefined): Element[] {
  if (location === undefined) return [];
  if (typeof location !== 'string') return [location];
  return [...document.querySelectorAll(location)];
}

/** The code, as the embed finds it: `codeLocation`, a child script, a textarea's value, the text. */
function codeFrom(codeLocation: string | Element | undefined, input: Element): string {
  const from = codeLocation !== undefined ? elements(codeLocation)[0] : input.querySelector(':scope > script');
  if (from) return from instanceof HTMLTextAreaElement ? from.value : (from.textContent ?? '');
  if (input instanceof HTMLTextAreaElement) return input.value;
  return input.textContent ?? '';
}

function serverRoot(): string | undefined {
  const link = document.querySelector<HTMLLinkElement>('link[property="sagecell-root"]');
  const root = (window as { sagecell?: { root?: unknown } }).sagecell?.root;
  if (typeof root === 'string' && root) return root;
  return link?.href || undefined;
}

function newCell(language: string, session: string | undefined, code: string): HTMLElement {
  const cell = document.createElement('exec-cell');
  cell.setAttribute('backend', 'sagecell');
  const server = serverRoot();
  if (server) cell.setAttribute('server', server);
  cell.setAttribute('language', language);
  if (session) cell.setAttribute('session', session);
  else cell.setAttribute('isolated', '');
  // The code as raw text (a script child holds `<` and `&` as they are).
  const source = document.createElement('script');
  source.type = 'text/plain';
  source.textContent = code;
  cell.append(source);
  return cell;
}

/** Where the embed puts its editor: in place of a textarea, else inside the element. */
function place(cell: HTMLElement, input: Element): void {
  if (input instanceof HTMLTextAreaElement) {
    input.before(cell);
    input.hidden = true;
  } else {
    input.replaceChildren(cell);
  }
}

/** A menu of the cell's languages before it; returns where its label's words go. */
function languageMenu(cell: HTMLElement, outputCell: HTMLElement | undefined, languages: string[], chosen: string): HTMLElement {
  const label = document.createElement('label');
  label.className = 'sagecell-language';
  const words = document.createElement('span');
  const select = document.createElement('select');
  for (const l of languages) select.append(new Option(LANGUAGE_NAMES[l] ?? l, l, l === chosen, l === chosen));
  select.addEventListener('change', () => {
    for (const c of [cell, outputCell]) c?.setAttribute('language', select.value);
  });
  label.append(words, select);
  cell.before(label);
  (cell as HTMLElement & { languageMenu?: HTMLElement }).languageMenu = label;
  return words;
}


let styled = false;

/** Hidden parts, through the element's CSS parts (a constructed sheet: no inline style for a CSP to refuse). */
function installStyles(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    exec-cell[data-sagecell-hide~="evalButton"]::part(run-button),
    exec-cell[data-sagecell-hide~="output"]::part(output),
    exec-cell[data-sagecell-role="input"]::part(output),
    exec-cell[data-sagecell-role="input"]::part(message),
    exec-cell[data-sagecell-role="input"]::part(progress),
    exec-cell[data-sagecell-role="input"]::part(status),
    exec-cell[data-sagecell-role="input"]::part(interrupt-button),
    exec-cell[data-sagecell-role="input"]::part(restart-button),
    exec-cell[data-sagecell-role="output"]::part(run-button),
    exec-cell[data-sagecell-role="output"]::part(reset-button),
    exec-cell[data-sagecell-role="output"]::part(show-code-button) { display: none; }
    label.sagecell-language { display: inline-flex; align-items: center; gap: 0.5em; min-height: 44px; }
    label.sagecell-language select { min-height: 44px; font: inherit; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
