// SPDX-License-Identifier: BSD-3-Clause
/**
 * `<exec-cell>`: an editable, runnable code cell. This file is glue: the kernel, the editor,
 * the outputs and the saved edits each live in a module of their own.
 *
 * @packageDocumentation
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { styles } from './styles.js';
import { readAuthorCode } from './code-source.js';
import { editKey, indexOnPage, loadEdit, saveEdit } from './persistence.js';
import { KernelController, type RunPlan } from './kernel-controller.js';
import type { CellStatus } from './events.js';
import { EditorController } from './editor-controller.js';
import { OutputModel } from '../output/model.js';
import { OutputArea } from '../output/area.js';
import { pageConfig, resolveBackend, sessionOptions, type CellAttributes } from '../config.js';
import { CellError, type CellAction, type InteractChange, type RunResult, type SessionOptions } from '../kernels/types.js';
import type { IOutput } from '@jupyterlab/nbformat';
import { prepare as prepareBackend } from '../kernels/registry.js';
import { isRightToLeft, languageOf, loadLanguage, messagesFor } from '../i18n/language.js';
import { msg, say, type Messages, type Text } from '../i18n/text.js';
// Interactive outputs register their renderers with the output registry (each loads its
// heavy code only when a page shows one).
import '../interact/register.js';
import '../widgets/register.js';

let cellsMade = 0;

/**
 * A code cell that runs on a Jupyter, Binder, SageCell or in-browser Python kernel.
 *
 * @summary Editable, runnable code with rich output.
 * @tagname exec-cell
 *
 * @attr backend - `pyodide` | `jupyter` | `binder` | `sagecell` | `jobe` (default: binder with `repo`, jupyter with `server`, else the page default, else pyodide).
 * @attr server - The Jupyter or SageCell server URL.
 * @attr token - The Jupyter token.
 * @attr token-url - An endpoint of the page's site giving the reader a token for their own JupyterHub server.
 * @attr binder-url - The BinderHub (default https://mybinder.org/).
 * @attr repo - The repository a Binder builds (`owner/name`, or a URL with provider `git`).
 * @attr ref - The git ref (default `HEAD`).
 * @attr provider - The Binder provider (`gh` default, `gl`, `git`, `gist`, `zenodo`…).
 * @attr kernel - The kernelspec name (default `python3`).
 * @attr language - The code's language (highlighting; the SageCell language).
 * @attr session - Cells with the same session key share a kernel.
 * @attr stdin - Jobe: show a standard-input box under the code (the value is its first text).
 * @attr cputime - Jobe: seconds of CPU time a run may use.
 * @attr memorylimit - Jobe: megabytes of memory a run may use.
 * @attr timeout - Seconds a run may take before it is stopped.
 * @attr isolated - Every run on a fresh kernel.
 * @attr autorun - Run once when the page loads.
 * @attr readonly - The reader may run but not edit.
 * @attr hide-code - Show only the outputs (with a button to show the code).
 * @attr trust-outputs - HTML outputs may run scripts, inside a sandboxed iframe.
 * @attr persist - `off` keeps no copy of the reader's edits.
 * @attr run-label - The Run button's text (default "Run"; the makeSagecell shim sets "Evaluate").
 * @attr status - Reflected: `idle` | `connecting` | `busy` | `error`.
 *
 * @event exec-cell-run - A run starts (cancelable: `preventDefault()` stops it). Detail: `{ code }`.
 * @event exec-cell-done - A run ended. Detail: the RunResult.
 * @event exec-cell-status - The status changed. Detail: `{ status }`.
 *
 * @csspart editor - The code editor.
 * @csspart toolbar - The row of controls.
 * @csspart run-button - Run.
 * @csspart interrupt-button - Stop the running code.
 * @csspart restart-button - Restart the kernel.
 * @csspart reset-button - Restore the author's code.
 * @csspart status - The status indicator.
 * @csspart output - The output area.
 * @csspart message - A message from the cell itself (an error, a notice).
 * @csspart message-action - A button under a message (Retry, Restart, Accept…).
 * @csspart progress - What a kernel start is doing: its phase and a progress bar (Binder, JupyterHub, packages).
 * @csspart log - The start's log (a Binder build log), folded.
 * @csspart show-code-button - With `hide-code`: shows or hides the code.
 * @csspart execution-count - The run's number, where the backend gives one.
 * @csspart stdin - Jobe: the standard-input box and its label.
 * @csspart stdin-input - Jobe: the standard-input text box.
 *
 * @cssproperty --exec-cell-bg - Background.
 * @cssproperty --exec-cell-fg - Text colour.
 * @cssproperty --exec-cell-border - Border colour.
 * @cssproperty --exec-cell-accent - Run button and focus colour.
 * @cssproperty --exec-cell-editor-bg - Editor background.
 * @cssproperty --exec-cell-mono - Monospace font.
 * @cssproperty --exec-cell-font-size - Font size of code and output.
 * @cssproperty --exec-cell-output-max-height - Scroll outputs taller than this.
 * @cssproperty --exec-cell-accent-fg - Text on the accent colour (the Run button).
 * @cssproperty --exec-cell-muted - Secondary text (status, hints).
 * @cssproperty --exec-cell-output-bg - Output background.
 * @cssproperty --exec-cell-error-fg - Error text colour.
 * @cssproperty --exec-cell-error-bg - Error message background.
 * @cssproperty --exec-cell-notice-bg - Notice background.
 * @cssproperty --exec-cell-selection - Selected text background in the editor.
 * @cssproperty --exec-cell-radius - Corner radius.
 * @cssproperty --exec-cell-font - Font of the controls and messages.
 * @cssproperty --exec-cell-syntax-keyword-color - Keywords in the code.
 * @cssproperty --exec-cell-syntax-string-color - Strings in the code.
 * @cssproperty --exec-cell-syntax-number-color - Numbers in the code.
 * @cssproperty --exec-cell-syntax-comment-color - Comments in the code.
 * @cssproperty --exec-cell-syntax-function-color - Function names in the code.
 * @cssproperty --exec-cell-syntax-type-color - Type and class names in the code.
 * @cssproperty --exec-cell-syntax-builtin-color - Built-in names in the code.
 * @cssproperty --exec-cell-syntax-meta-color - Decorators and other meta syntax in the code.
 * @cssproperty --exec-cell-syntax-invalid-color - Invalid syntax in the code.
 */
export class ExecCell extends LitElement {
  static override styles = styles;

  static override properties = {
    backend: { type: String },
    server: { type: String },
    token: { type: String },
    tokenUrl: { type: String, attribute: 'token-url' },
    binderUrl: { type: String, attribute: 'binder-url' },
    repo: { type: String },
    ref: { type: String },
    provider: { type: String },
    kernel: { type: String },
    language: { type: String },
    session: { type: String },
    stdin: { type: String },
    cputime: { type: String },
    memorylimit: { type: String },
    timeout: { type: Number },
    isolated: { type: Boolean },
    autorun: { type: Boolean },
    readonly: { type: Boolean },
    hideCode: { type: Boolean, attribute: 'hide-code' },
    trustOutputs: { type: Boolean, attribute: 'trust-outputs' },
    persist: { type: String },
    runLabel: { type: String, attribute: 'run-label' },
    status: { type: String, reflect: true },
    _showCode: { state: true },
    _shownStatus: { state: true },
    _edited: { state: true },
  };

  declare backend: string | null;
  declare server: string | null;
  declare token: string | null;
  /** An endpoint of the page's site that gives this reader a token for their own JupyterHub server. */
  declare tokenUrl: string | null;
  declare binderUrl: string | null;
  declare repo: string | null;
  declare ref: string | null;
  declare provider: string | null;
  declare kernel: string | null;
  declare language: string | null;
  declare session: string | null;
  /** Present: the cell shows a standard-input box (its value is the box's first text). */
  declare stdin: string | null;
  declare cputime: string | null;
  declare memorylimit: string | null;
  declare timeout: number | null;
  declare isolated: boolean;
  declare autorun: boolean;
  declare readonly: boolean;
  declare hideCode: boolean;
  declare trustOutputs: boolean;
  declare persist: string | null;
  declare runLabel: string | null;
  /** Reflected from the kernel controller; setting it has no effect. */
  declare status: CellStatus;
  declare _showCode: boolean;
  /** The status as drawn: busy states show only once they last (see statusChanged). */
  declare _shownStatus: CellStatus;
  #shownStatusTimer: ReturnType<typeof setTimeout> | undefined;
  declare _edited: boolean;

  readonly #model = new OutputModel();
  #area: OutputArea | null = null;
  #kernel = new KernelController(this, {
    model: this.#model,
    input: (prompt, password) => this.#area!.requestInput(prompt, password),
    settle: () => this.#area?.settle(),
    annotate: (a) => this.#editorController.annotate(a),
  });
  #editorController = new EditorController(this, {
    code: () => this.#code,
    setCode: (code) => this.#setCode(code),
    run: () => void this.run(),
    readOnly: () => this.readonly,
    language: () => this.language || this.#kernel.kernelLanguage || 'python',
    messages: () => this.#messages,
  });
  #id = `exec-cell-${++cellsMade}`;
  /** The author's code (read once, when the light DOM is complete) and the code as it is now. */
  #authorCode: string | null = null;
  #code = '';
  #storageKey: string | null = null;
  #autorunDone = false;
  /** The catalogue of the reader's language, as of the last render. */
  #messages: Messages = messagesFor('en');

  constructor() {
    super();
    this.status = 'idle';
    this.isolated = false;
    this.autorun = false;
    this.readonly = false;
    this.hideCode = false;
    this.trustOutputs = false;
    this._showCode = false;
    this._shownStatus = 'idle';
    this._edited = false;
    // Some backends take seconds to start (Python in the browser): begin when the reader
    // reaches for the cell, not on the click.
    this.addEventListener('pointerenter', this.#prepareKernel, { once: true });
    this.addEventListener('focusin', this.#prepareKernel, { once: true });
  }

  #prepareKernel = (): void => {
    const options = this.#sessionOptions();
    if (!(options instanceof CellError)) prepareBackend(options);
  };

  /** The code in the editor. Setting it replaces the reader's code (and is saved like an edit). */
  get code(): string {
    this.#ensureCode();
    return this.#code;
  }

  set code(value: string) {
    this.#ensureCode();
    this.#setCode(String(value));
    this.#editorController.showCode(this.#code);
  }

  /** The outputs of the last run, as nbformat outputs. */
  get outputs(): IOutput[] {
    return this.#model.outputs;
  }

  /** Run the code; resolves when the run ends (also when it fails: see `status`). */
  run(): Promise<RunResult> {
    this.#ensureCode();
    const plan: RunPlan = {
      code: this.#code,
      options: this.#sessionOptions(),
      isolated: this.isolated,
      timeout: this.timeout ?? pageConfig().timeout,
      stdin: this.stdin === null || this.stdin === undefined ? undefined : this.#stdinText(),
    };
    return this.#kernel.run(plan);
  }

  /** Stop the running code (as the Stop button does). */
  interrupt(): Promise<void> {
    return this.#kernel.interrupt();
  }

  /** Restart the cell's kernel (as the Restart button does): its variables are lost. */
  restart(): Promise<void> {
    return this.#kernel.restart(this.#sessionOptions(), this.isolated);
  }

  /** Remove the outputs and any message. */
  clear(): void {
    this.#model.clear();
    this.#kernel.dismissNotice();
    this.#kernel.releaseOutputs();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // While the parser is still inside this element its children are not all there yet,
    // so the code is read once the document is parsed (DESIGN §4).
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#codeReady(), { once: true });
    } else {
      queueMicrotask(() => this.#codeReady());
    }
  }

  /**
   * Reflect at once (not at the next render): `exec-cell-status` listeners read the attribute.
   * @internal
   */
  statusChanged(status: CellStatus): void {
    this.status = status;
    this.setAttribute('status', status);
    // The attribute and the event change at once; the drawn indicator waits a little before it
    // shows a busy state, so a quick run does not flash "Running…" (and the page has nothing to
    // redraw while the request is in flight).
    clearTimeout(this.#shownStatusTimer);
    if (status === 'busy' || status === 'connecting') {
      this.#shownStatusTimer = setTimeout(() => (this._shownStatus = status), BUSY_SHOWN_AFTER_MS);
    } else {
      this._shownStatus = status;
    }
  }

  /**
   * A reader's language other than English is a chunk of its own: the cell waits for it, so
   * it is drawn in that language from the first frame (never English first, then a switch).
   */
  protected override async scheduleUpdate(): Promise<void> {
    await loadLanguage(languageOf(this));
    super.scheduleUpdate();
  }

  /**
   * A Stop pressed from the keyboard is disabled once the run ends, and a disabled button
   * loses the focus to the page's start: the reader would have to Tab back from the top. The
   * focus moves to Run instead, the next thing to press.
   */
  protected override update(changed: PropertyValues<this>): void {
    const root = this.shadowRoot;
    const stopFocused = root?.activeElement?.getAttribute('part') === 'interrupt-button';
    super.update(changed);
    if (stopFocused && root!.querySelector<HTMLButtonElement>('[part="interrupt-button"]')?.disabled) {
      root!.querySelector<HTMLButtonElement>('[part="run-button"]')?.focus();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('readonly')) this.#editorController.editor?.setReadOnly(this.readonly);
  }

  override firstUpdated(): void {
    const output = this.renderRoot.querySelector<HTMLElement>('.output')!;
    // A control of an interactive output (interact/controls.ts) changed: its kernel answers.
    // The event stops here: it is the cell's business, not part of its public events.
    output.addEventListener('exec-cell-interact', (e) => {
      e.stopPropagation();
      void this.#kernel.interact((e as CustomEvent<InteractChange>).detail);
    });
    this.#area = new OutputArea(output, this.#model, {
      trusted: () => this.#trusted(),
      origin: () => this.#kernel.outputsSession,
      messages: () => this.#messages,
    });
  }

  override render() {
    const k = this.#kernel;
    const shown = this._shownStatus;
    const busy = shown === 'busy' || shown === 'connecting';
    const codeHidden = this.hideCode && !this._showCode;
    // The reader's language, looked up at each render: a page may set lang after the cell.
    const lang = languageOf(this);
    const t = (this.#messages = messagesFor(lang));
    const s = (text: Text) => say(t, text);
    // A right-to-left language mirrors the controls and messages; code and output stay
    // left to right, as code is written.
    const dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
    return html`
      <div class="editor" part="editor" dir="ltr" ?hidden=${codeHidden} @keydown=${this.#onPlaceholderKey}>
        <!-- The code until the editor takes over (EditorController): its text is set by code,
             never bound here, because the reader may already be typing into it. -->
        <pre class="placeholder" tabindex="0" role="textbox" aria-label=${t.codeLabel} aria-multiline="true"
          aria-readonly=${this.readonly ? 'true' : 'false'} contenteditable=${this.readonly ? 'false' : 'plaintext-only'}
          spellcheck="false" autocapitalize="off" autocorrect="off"
          @input=${this.#editorController.onPlaceholderInput} @focus=${() => this.#editorController.wantNow()}></pre>
      </div>
      <div class="toolbar" part="toolbar" role="toolbar" dir=${dir} aria-label=${t.toolbarLabel} aria-controls=${`${this.#id}-output`}>
        <button class="run" part="run-button" type="button" @click=${() => void this.run()}
          title=${t.runTitle} aria-keyshortcuts="Shift+Enter Control+Enter Meta+Enter">
          <span class="icon" aria-hidden="true">▶</span>${this.runLabel || t.run}
        </button>
        <button part="interrupt-button" type="button" ?disabled=${!busy} @click=${() => void this.interrupt()} title=${t.stopTitle}>
          <span class="icon" aria-hidden="true">■</span>${t.stop}
        </button>
        <button part="restart-button" type="button" @click=${() => void this.restart()} title=${t.restartTitle}>
          <span class="icon" aria-hidden="true">↻</span>${t.restart}
        </button>
        ${this._edited && !this.readonly
          ? html`<button part="reset-button" type="button" @click=${this.#reset} title=${t.resetTitle}>${t.reset}</button>`
          : nothing}
        ${this.hideCode
          ? html`<button part="show-code-button" type="button" aria-expanded=${this._showCode ? 'true' : 'false'}
              @click=${() => (this._showCode = !this._showCode)}>${this._showCode ? t.hideCode : t.showCode}</button>`
          : nothing}
        <span class="spacer"></span>
        ${k.executionCount !== null
          ? html`<span class="count" part="execution-count" title=${t.executionCount}>[${k.executionCount}]</span>`
          : nothing}
        <span class="status ${shown}" part="status">
          <span class="dot" aria-hidden="true"></span>${STATUS_TEXT[shown](t)}
        </span>
        <!-- Here rather than after the output: WebKit's innerText of the output then ended in a
             newline (compat, loader and outputs tests in WebKit). -->
        <span class="visually-hidden" role="status" aria-atomic="true">${k.announcement ? s(k.announcement) : ''}</span>
      </div>
      ${this.stdin !== null && this.stdin !== undefined
        ? html`<label class="stdin" part="stdin" dir=${dir}><span>${t.stdinLabel}</span>
            <textarea part="stdin-input" rows="3" spellcheck="false" autocapitalize="off" autocorrect="off"
              dir="ltr" .value=${this.stdin}></textarea></label>`
        : nothing}
      ${k.progress || (this.status === 'error' && k.log.length) ? this.#renderProgress(t, dir) : nothing}
      ${k.notice
        ? html`<div class="message ${k.notice.kind}" part="message" dir=${dir} role=${k.notice.kind === 'error' ? 'alert' : 'status'}>
            <p>${s(k.notice.message)}${k.notice.also ? ` ${s(k.notice.also)}` : ''}</p>
            ${k.notice.hint ? html`<p class="hint">${s(k.notice.hint)}</p>` : nothing}
            ${k.notice.actions?.length
              ? html`<div class="actions">${k.notice.actions.map(
                  (a) => html`<button type="button" part="message-action" @click=${() => void this.#perform(a)}>${s(a.label)}</button>`,
                )}</div>`
              : nothing}
          </div>`
        : nothing}
      <div
        class=${this.#kernel.outputsStale ? 'output stale' : 'output'}
        part="output"
        dir="ltr"
        id=${`${this.#id}-output`}
        role="group"
        aria-label=${t.outputLabel}
        aria-busy=${this.#kernel.outputsStale ? 'true' : 'false'}
      ></div>
    `;
  }

  /**
   * What the kernel start is doing: the phase, a bar when the backend knows how far, and the
   * log (still shown after a failed start: its last lines say why).
   */
  #renderProgress(t: Messages, dir: string) {
    const { progress: p, log } = this.#kernel;
    const phase = p ? say(t, p.phase) : '';
    return html`<div class="progress" part="progress" dir=${dir}>
      ${p
        ? html`<div class="phase">
            <span class="phase-name">${phase}</span>${p.message ? html`<span class="phase-message">${say(t, p.message)}</span>` : nothing}
          </div>`
        : nothing}
      ${p?.fraction !== undefined
        ? html`<progress max="1" .value=${p.fraction} aria-label=${t.progressLabel(phase, p.fraction)}></progress>`
        : nothing}
      ${log.length
        ? html`<details part="log"><summary>${t.logSummary(log.length)}</summary><pre dir="ltr">${log.join('')}</pre></details>`
        : nothing}
    </div>`;
  }

  /** Read the author's code and the reader's saved edit; show it; autorun. */
  #codeReady(): void {
    if (!this.isConnected) return;
    this.#ensureCode();
    void this.updateComplete.then(() => this.#editorController.showCode(this.#code));
    if (this.autorun && !this.#autorunDone) {
      this.#autorunDone = true;
      // At once, not after the first render: the kernel's start is the long part, and the
      // outputs it brings arrive long after the cell has rendered.
      void this.run();
    }
  }

  #ensureCode(): void {
    if (this.#authorCode !== null) return;
    this.#authorCode = readAuthorCode(this);
    this.#code = this.#authorCode;
    if (this.persist !== 'off') {
      const index = indexOnPage(this);
      this.#storageKey = editKey(location.pathname + location.search, index, this.#authorCode);
      const saved = loadEdit(this.#storageKey);
      if (saved !== null) this.#code = saved;
    }
    this._edited = this.#code !== this.#authorCode;
  }

  #setCode(code: string): void {
    this.#code = code;
    this._edited = code !== this.#authorCode;
    if (this.#storageKey) saveEdit(this.#storageKey, code, this.#authorCode!);
  }

  /** A button under a message: do what it says, then run again if it asks to. */
  async #perform(action: CellAction): Promise<void> {
    this.#kernel.dismissNotice();
    try {
      await action.perform?.();
    } catch (e) {
      this.#kernel.showError(e);
      return;
    }
    if (action.rerun) await this.run();
  }

  /** Before the editor is there, Shift/Ctrl/Cmd-Enter still run the cell. */
  #onPlaceholderKey = (e: KeyboardEvent) => {
    if (this.#editorController.editor || e.key !== 'Enter' || !(e.shiftKey || e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    void this.run();
  };

  #reset = () => {
    if (this.#authorCode === null) return;
    this.#setCode(this.#authorCode);
    this.#editorController.showCode(this.#authorCode);
    this.#editorController.editor?.view.focus();
  };

  /** What the reader typed into the stdin box (the attribute's text until the box is drawn). */
  #stdinText(): string {
    return this.renderRoot.querySelector<HTMLTextAreaElement>('textarea[part="stdin-input"]')?.value ?? this.stdin ?? '';
  }

  #trusted(): boolean {
    return this.trustOutputs && pageConfig().allowTrustOutputs !== false;
  }

  #sessionOptions(): SessionOptions | CellError {
    const page = pageConfig();
    if (page.problems) {
      return new CellError(msg('pageSettingsInvalid', page.problems.join('; ')), msg('pageSettingsHint'), 'bad-page-config');
    }
    // 0 is "no limit" (a cell may lift the page's default); text that is no number is a mistake.
    if (this.timeout != null && !(this.timeout >= 0)) {
      return new CellError(msg('timeoutNotNumber', this.getAttribute('timeout') ?? String(this.timeout)), msg('timeoutHint'), 'bad-attributes');
    }
    const attrs: CellAttributes = {
      backend: this.backend,
      server: this.server,
      token: this.token,
      tokenUrl: this.tokenUrl,
      binderUrl: this.binderUrl,
      repo: this.repo,
      ref: this.ref,
      provider: this.provider,
      kernel: this.kernel,
      language: this.language,
      session: this.session,
      cputime: this.cputime,
      memorylimit: this.memorylimit,
    };
    const backend = resolveBackend(attrs, page);
    if (typeof backend === 'object') {
      return new CellError(msg('backendUnknown', backend.invalid), msg('backendUnknownHint'), 'backend-unknown');
    }
    try {
      return sessionOptions(backend, attrs, page);
    } catch (e) {
      return new CellError(msg('cellSettingsInvalid', e instanceof Error ? e.message : String(e)), msg('cellSettingsHint'), 'bad-attributes');
    }
  }
}

/** How long a run must last before the cell shows it as running. */
const BUSY_SHOWN_AFTER_MS = 100;

const STATUS_TEXT: Record<CellStatus, (t: Messages) => string> = {
  idle: (t) => t.statusIdle,
  connecting: (t) => t.statusConnecting,
  busy: (t) => t.statusBusy,
  error: (t) => t.statusError,
};

declare global {
  interface HTMLElementTagNameMap {
    'exec-cell': ExecCell;
  }
}
