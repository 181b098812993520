// SPDX-License-Identifier: BSD-3-Clause
/**
 * The widget libraries' own CSS, scoped to each widget's shadow root: it is written for a
 * whole JupyterLab page (variables on `:root`), so here they go on `:host` instead, and
 * nothing of it reaches the page, nor anything of the page's CSS the widgets.
 *
 * @packageDocumentation
 */
import widgetsCss from '@jupyter-widgets/controls/css/widgets.css?inline';

/**
 * The JupyterLab variables the controls read, taken from the cell's own palette: widgets
 * follow the cell's theme and its dark mode (the cell switches its variables; these follow).
 */
const OWN = `
:host {
  display: block;
  --jp-ui-font-color0: var(--exec-cell--fg, #1f2328);
  --jp-ui-font-color1: var(--exec-cell--fg, #1f2328);
  --jp-ui-font-color2: var(--exec-cell--muted, #59636e);
  --jp-ui-font-color3: var(--exec-cell--muted, #59636e);
  --jp-content-font-color0: var(--exec-cell--fg, #1f2328);
  --jp-content-font-color1: var(--exec-cell--fg, #1f2328);
  --jp-content-font-color2: var(--exec-cell--muted, #59636e);
  --jp-content-font-color3: var(--exec-cell--muted, #59636e);
  --jp-layout-color0: var(--exec-cell--bg, #ffffff);
  --jp-layout-color1: var(--exec-cell--bg, #ffffff);
  /* Buttons and toggles: a shade of the cell's background, so their text keeps its contrast. */
  --jp-layout-color2: color-mix(in srgb, var(--exec-cell--fg, #1f2328) 8%, var(--exec-cell--bg, #ffffff));
  --jp-layout-color3: color-mix(in srgb, var(--exec-cell--fg, #1f2328) 16%, var(--exec-cell--bg, #ffffff));
  --jp-border-color0: var(--exec-cell--border, #d1d9e0);
  --jp-border-color1: var(--exec-cell--border, #d1d9e0);
  --jp-border-color2: var(--exec-cell--border, #d1d9e0);
  --jp-widgets-input-color: var(--exec-cell--fg, #1f2328);
  --jp-widgets-input-background-color: var(--exec-cell--bg, #ffffff);
  --jp-widgets-input-border-color: var(--exec-cell--border, #d1d9e0);
  --jp-widgets-slider-handle-background-color: var(--exec-cell--bg, #ffffff);
  --jp-widgets-slider-handle-border-color: var(--exec-cell--muted, #59636e);
  --jp-widgets-slider-active-handle-color: var(--exec-cell--accent, #0969da);
  --jp-brand-color1: var(--exec-cell--accent, #0969da);
}
.widget-note { margin: 0.25em 0; font: 0.9em/1.4 system-ui, sans-serif; }
.widget-note.error { color: var(--exec-cell--error-fg, #a4161a); }
.widget-fallback { margin: 0; white-space: pre-wrap; font-family: var(--exec-cell--mono, monospace); }
`;

let sheet: CSSStyleSheet | undefined;

export function widgetSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetsCss.replaceAll(':root', ':host') + OWN);
  }
  return sheet;
}
