// SPDX-License-Identifier: BSD-3-Clause
/**
 * The cell's look. Pages theme it through the public `--exec-cell-*` custom properties
 * (documented on the element); the `--exec-cell--*` ones (double dash) are internal: each is
 * the public property or a light/dark default, resolved once on `:host`.
 *
 * @packageDocumentation
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --exec-cell--bg: var(--exec-cell-bg, #ffffff);
    --exec-cell--fg: var(--exec-cell-fg, #1f2328);
    --exec-cell--border: var(--exec-cell-border, #d0d7de);
    --exec-cell--accent: var(--exec-cell-accent, #0a66c2);
    --exec-cell--accent-fg: var(--exec-cell-accent-fg, #ffffff);
    --exec-cell--muted: var(--exec-cell-muted, #59636e);
    --exec-cell--editor-bg: var(--exec-cell-editor-bg, #f6f8fa);
    --exec-cell--output-bg: var(--exec-cell-output-bg, transparent);
    --exec-cell--error-fg: var(--exec-cell-error-fg, #a40e26);
    --exec-cell--error-bg: var(--exec-cell-error-bg, #fff0f0);
    --exec-cell--notice-bg: var(--exec-cell-notice-bg, #fff8e1);
    --exec-cell--selection: var(--exec-cell-selection, #cce4ff);
    --exec-cell--radius: var(--exec-cell-radius, 6px);
    --exec-cell--mono: var(--exec-cell-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace);
    /* What the editor theme reads. The editor's background, font, selection and muted colours
       are read as the --exec-cell--* values above: an alias of a public name defined on the same
       element as the value that reads it (--exec-cell-mono: var(--exec-cell--mono) beside
       --exec-cell--mono: var(--exec-cell-mono, …)) is a cycle, which CSS resolves by dropping
       both, and the code lost its monospace font and its background. */
    --exec-cell-editor-fg: var(--exec-cell--fg);
    --exec-cell-syntax-keyword: var(--exec-cell-syntax-keyword-color, #8250df);
    --exec-cell-syntax-string: var(--exec-cell-syntax-string-color, #0a3069);
    --exec-cell-syntax-number: var(--exec-cell-syntax-number-color, #0550ae);
    --exec-cell-syntax-comment: var(--exec-cell-syntax-comment-color, #6e7781);
    --exec-cell-syntax-function: var(--exec-cell-syntax-function-color, #6639ba);
    --exec-cell-syntax-type: var(--exec-cell-syntax-type-color, #953800);
    --exec-cell-syntax-builtin: var(--exec-cell-syntax-builtin-color, #0550ae);
    --exec-cell-syntax-meta: var(--exec-cell-syntax-meta-color, #953800);
    --exec-cell-syntax-invalid: var(--exec-cell-syntax-invalid-color, #cf222e);

    display: block;
    margin: 1em 0;
    /* A cell may sit inside a white-space: pre wrapper (code pasted from an editor). */
    white-space: normal;
    color: var(--exec-cell--fg);
    background: var(--exec-cell--bg);
    border: 1px solid var(--exec-cell--border);
    border-radius: var(--exec-cell--radius);
    font-family: var(--exec-cell-font, system-ui, sans-serif);
    font-size: var(--exec-cell-font-size, 0.95rem);
    line-height: 1.4;
    text-align: start;
    /* The cell fits a phone: nothing inside may push it wider than its container. */
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
    overflow: hidden;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --exec-cell--bg: var(--exec-cell-bg, #0d1117);
      --exec-cell--fg: var(--exec-cell-fg, #e6edf3);
      --exec-cell--border: var(--exec-cell-border, #3d444d);
      --exec-cell--accent: var(--exec-cell-accent, #4493f8);
      --exec-cell--accent-fg: var(--exec-cell-accent-fg, #0d1117);
      --exec-cell--muted: var(--exec-cell-muted, #9198a1);
      --exec-cell--editor-bg: var(--exec-cell-editor-bg, #161b22);
      --exec-cell--error-fg: var(--exec-cell-error-fg, #ffa198);
      --exec-cell--error-bg: var(--exec-cell-error-bg, #2d1214);
      --exec-cell--notice-bg: var(--exec-cell-notice-bg, #2b2111);
      --exec-cell--selection: var(--exec-cell-selection, #264f78);
      --exec-cell-syntax-keyword: var(--exec-cell-syntax-keyword-color, #ff7b72);
      --exec-cell-syntax-string: var(--exec-cell-syntax-string-color, #a5d6ff);
      --exec-cell-syntax-number: var(--exec-cell-syntax-number-color, #79c0ff);
      --exec-cell-syntax-comment: var(--exec-cell-syntax-comment-color, #9198a1);
      --exec-cell-syntax-function: var(--exec-cell-syntax-function-color, #d2a8ff);
      --exec-cell-syntax-type: var(--exec-cell-syntax-type-color, #ffa657);
      --exec-cell-syntax-builtin: var(--exec-cell-syntax-builtin-color, #79c0ff);
      --exec-cell-syntax-meta: var(--exec-cell-syntax-meta-color, #ffa657);
      --exec-cell-syntax-invalid: var(--exec-cell-syntax-invalid-color, #ffa198);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .editor {
    background: var(--exec-cell--editor-bg);
    border-bottom: 1px solid var(--exec-cell--border);
    min-height: 2.5em;
    overflow-x: auto;
  }
  .editor[hidden] {
    display: none;
  }
  /* The code as text until the editor arrives: the same metrics, so nothing jumps. */
  .placeholder {
    margin: 0;
    padding: 0.5rem 0.75rem 0.5rem 2.9em;
    font-family: var(--exec-cell--mono);
    font-size: var(--exec-cell-font-size, 0.9rem);
    line-height: 1.45;
    white-space: pre;
    tab-size: 4;
    outline: none;
  }
  /* Syntax colours (editor/highlighter.ts), the same in the editor and in the code shown before it. */
  .tok-keyword { color: var(--exec-cell-syntax-keyword); }
  .tok-string { color: var(--exec-cell-syntax-string); }
  .tok-number { color: var(--exec-cell-syntax-number); }
  .tok-comment { color: var(--exec-cell-syntax-comment); font-style: italic; }
  .tok-function { color: var(--exec-cell-syntax-function); }
  .tok-type { color: var(--exec-cell-syntax-type); }
  .tok-builtin { color: var(--exec-cell-syntax-builtin); }
  .tok-meta { color: var(--exec-cell-syntax-meta); }
  .tok-invalid { color: var(--exec-cell-syntax-invalid); }
  /* The code's focus ring, for the placeholder and for CodeMirror alike (the editor hides its own). */
  .editor:focus-within {
    outline: 2px solid var(--exec-cell--accent);
    outline-offset: -2px;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem 0.375rem;
  }
  button {
    font: inherit;
    font-size: 0.9em;
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.75em;
    border-radius: var(--exec-cell--radius);
    border: 1px solid var(--exec-cell--border);
    background: var(--exec-cell--bg);
    color: var(--exec-cell--fg);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
  }
  button:hover:not(:disabled) {
    border-color: var(--exec-cell--accent);
  }
  button:focus-visible {
    outline: 2px solid var(--exec-cell--accent);
    outline-offset: 1px;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.run {
    background: var(--exec-cell--accent);
    border-color: var(--exec-cell--accent);
    color: var(--exec-cell--accent-fg);
    font-weight: 600;
  }
  .icon {
    font-size: 0.9em;
    line-height: 1;
  }
  .spacer {
    flex: 1;
  }
  .count {
    font-family: var(--exec-cell--mono);
    color: var(--exec-cell--muted);
    font-size: 0.85em;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--exec-cell--muted);
    font-size: 0.85em;
    padding: 0 0.25em;
  }
  .dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--exec-cell--muted);
  }
  /* Keyed on the status element's own class, not on :host([status]): a change then restyles
     one element, not the whole shadow tree (which holds the editor's many nodes). */
  .status.busy .dot,
  .status.connecting .dot {
    background: var(--exec-cell--accent);
  }
  .status.error .dot {
    background: var(--exec-cell--error-fg);
  }
  .status.error {
    color: var(--exec-cell--error-fg);
  }
  /* Forced colours (Windows' high contrast) paint every background in the system's Canvas, so
     the status dot, drawn only by its background, would vanish: it takes system colours of
     its own instead. A disabled button gets the system's colour for disabled text, which a
     reader's theme makes legible, rather than a faded copy of it. */
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .status.busy .dot,
    .status.connecting .dot {
      background: Highlight;
    }
    .status.error .dot {
      background: LinkText;
    }
    /* Run is drawn as the system's button, as forced colours draw it anyway. Said here because
       Chromium still reports the author's text colour as its -webkit-text-fill-color (dark
       text, for the light accent of dark mode), which is what axe-core measures. */
    button.run {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button:disabled {
      opacity: 1;
      color: GrayText;
      border-color: GrayText;
    }
  }
  .stdin {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0.25rem 0.5rem;
    font-size: 0.9em;
    color: var(--exec-cell--muted);
  }
  .stdin textarea {
    font-family: var(--exec-cell--mono);
    font-size: var(--exec-cell-font-size, 0.9rem);
    color: var(--exec-cell--fg);
    background: var(--exec-cell--editor-bg, transparent);
    border: 1px solid var(--exec-cell--border, currentColor);
    border-radius: var(--exec-cell--radius);
    padding: 0.25rem 0.5rem;
    resize: vertical;
  }
  .message {
    margin: 0.25rem 0.5rem;
    padding: 0.5rem 0.75rem;
    border-radius: var(--exec-cell--radius);
    background: var(--exec-cell--notice-bg);
  }
  .message.error {
    background: var(--exec-cell--error-bg);
    color: var(--exec-cell--error-fg);
  }
  .message p {
    margin: 0;
  }
  .message .hint {
    margin-top: 0.25em;
    color: var(--exec-cell--fg);
  }
  .message .actions {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .progress {
    margin: 0.25rem 0.75rem;
    color: var(--exec-cell--muted);
    font-size: 0.9em;
  }
  .progress .phase {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .progress .phase-name {
    font-weight: 600;
    color: var(--exec-cell--fg);
  }
  /* The phase's first letter only ("Starting Python", „Python-Start“, « Démarrage de Python »):
     capitalising every word is English title case, wrong in most languages. */
  .progress .phase-name::first-letter {
    text-transform: uppercase;
  }
  .progress progress {
    width: 100%;
    height: 0.5em;
    accent-color: var(--exec-cell--accent);
  }
  .progress details pre {
    max-height: 15em;
    overflow: auto;
    font-family: var(--exec-cell--mono);
    font-size: 0.85em;
    white-space: pre-wrap;
    margin: 0.25em 0 0;
  }

  .output {
    background: var(--exec-cell--output-bg);
    padding: 0 0.75rem;
    overflow-x: auto;
    max-height: var(--exec-cell-output-max-height, none);
    overflow-y: auto;
  }
  .output:not(:empty) {
    padding-top: 0.5rem;
    padding-bottom: 0.5rem;
    border-top: 1px solid var(--exec-cell--border);
  }
  /* The previous run's outputs while a new run has shown nothing yet. */
  .output.stale {
    opacity: 0.5;
    transition: opacity 0.2s;
  }
  .output pre {
    margin: 0;
    font-family: var(--exec-cell--mono);
    font-size: var(--exec-cell-font-size, 0.9rem);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .output .stream.stderr pre {
    background: var(--exec-cell--error-bg);
  }
  /* Tracebacks keep the cell's background, so their colours (see ansi.ts) stay readable. */
  .output pre.error {
    border-left: 3px solid var(--exec-cell--error-fg);
    padding: 0.25rem 0.5rem;
  }
  .output pre.block {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  .output img {
    max-width: 100%;
    height: auto;
  }
  .output .truncated {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: var(--exec-cell--muted);
    font-size: 0.9em;
    margin-bottom: 0.25rem;
  }
  .output .stdin {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0.25rem 0;
  }
  .output .stdin label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex: 1;
    min-width: 12em;
    font-family: var(--exec-cell--mono);
  }
  .output .stdin input {
    flex: 1;
    min-height: 44px;
    font: inherit;
    padding: 0 0.5em;
    border: 1px solid var(--exec-cell--accent);
    border-radius: var(--exec-cell--radius);
    background: var(--exec-cell--editor-bg);
    color: var(--exec-cell--fg);
  }

  /* ANSI colours (ansi_up's classes), readable on light and dark backgrounds. */
  .ansi-black-fg { color: #3e424d; }
  .ansi-red-fg { color: #c4221b; }
  .ansi-green-fg { color: #1a7f37; }
  .ansi-yellow-fg { color: #8a6a00; }
  .ansi-blue-fg { color: #1f5fbf; }
  .ansi-magenta-fg { color: #a03fa3; }
  .ansi-cyan-fg { color: #117a8b; }
  .ansi-white-fg { color: #7a7f87; }
  .ansi-bright-black-fg { color: #5c6370; }
  .ansi-bright-red-fg { color: #e0443e; }
  .ansi-bright-green-fg { color: #2da44e; }
  .ansi-bright-yellow-fg { color: #b08800; }
  .ansi-bright-blue-fg { color: #3b82f6; }
  .ansi-bright-magenta-fg { color: #c05fc2; }
  .ansi-bright-cyan-fg { color: #1b9aaa; }
  .ansi-bright-white-fg { color: #a0a4ab; }
  .ansi-black-bg { background: #3e424d; }
  .ansi-red-bg { background: #f8d7d5; }
  .ansi-green-bg { background: #d4f3dc; }
  .ansi-yellow-bg { background: #fff1bf; }
  .ansi-blue-bg { background: #d6e4fb; }
  .ansi-magenta-bg { background: #f3dcf3; }
  .ansi-cyan-bg { background: #d2f1f5; }
  .ansi-white-bg { background: #eceef1; }
  @media (prefers-color-scheme: dark) {
    .ansi-black-fg { color: #9198a1; }
    .ansi-red-fg { color: #ff7b72; }
    .ansi-green-fg { color: #56d364; }
    .ansi-yellow-fg { color: #e3b341; }
    .ansi-blue-fg { color: #79c0ff; }
    .ansi-magenta-fg { color: #d2a8ff; }
    .ansi-cyan-fg { color: #56d4dd; }
    .ansi-white-fg { color: #c9d1d9; }
    .ansi-red-bg { background: #5a1e1e; }
    .ansi-green-bg { background: #12361f; }
    .ansi-yellow-bg { background: #3d2e00; }
    .ansi-blue-bg { background: #0c2d6b; }
    .ansi-magenta-bg { background: #3c1e4a; }
    .ansi-cyan-bg { background: #0b3a40; }
    .ansi-white-bg { background: #30363d; }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
