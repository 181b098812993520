// SPDX-License-Identifier: BSD-3-Clause
/**
 * The widget libraries' own CSS, scoped to each widget's shadow root: it is written for a
 * whole JupyterLab page (variables on `:root`), so here they go on `:host` instead, and
 * nothing of it reaches the page, nor anything of the page's CSS the widgets.
 *
 * @packageDocumentation
 */
import widgetsCss from '@jupyter-widgets/controls/css/widgets.built.css?inline';

/** Dark mode: the JupyterLab colour variables the controls read, in the cell's dark palette. */
const OWN = `
:host { display: block; color: var(--jp-ui-font-color1); font-family: var(--jp-ui-font-family); }
.widget-note { margin: 0.25em 0; font: 0.9em/1.4 system-ui, sans-serif; color: var(--jp-ui-font-color1); }
.widget-note.error { color: #a4161a; }
.widget-fallback { margin: 0; white-space: pre-wrap; font-family: var(--jp-code-font-family); }
@media (prefers-color-scheme: dark) {
  :host {
    --jp-layout-color0: #0d1117; --jp-layout-color1: #161b22; --jp-layout-color2: #21262d; --jp-layout-color3: #30363d;
    --jp-ui-font-color0: #ffffff; --jp-ui-font-color1: #e6edf3; --jp-ui-font-color2: #9198a1; --jp-ui-font-color3: #7d8590;
    --jp-content-font-color0: #ffffff; --jp-content-font-color1: #e6edf3; --jp-content-font-color2: #9198a1;
    --jp-border-color0: #3d444d; --jp-border-color1: #3d444d; --jp-border-color2: #30363d;
    --jp-inverse-layout-color3: #9198a1; --jp-inverse-layout-color4: #7d8590;
    --jp-widgets-input-color: #e6edf3; --jp-widgets-input-background-color: #161b22;
    --jp-widgets-input-border-color: #3d444d; --jp-widgets-slider-handle-background-color: #e6edf3;
    --jp-widgets-slider-handle-border-color: #9198a1; --jp-widgets-slider-active-handle-color: #4493f8;
  }
  .widget-note.error { color: #ffa198; }
}
`;

let sheet: CSSStyleSheet | undefined;

export function widgetSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetsCss.replaceAll(':root', ':host') + OWN);
  }
  return sheet;
}
