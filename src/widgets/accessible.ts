// SPDX-License-Identifier: BSD-3-Clause
/**
 * The sliders of @jupyter-widgets/controls draw their handles with noUiSlider: elements with
 * `role="slider"` and no accessible name (the description beside them is not a label of a
 * `div`), so a screen reader announces a nameless slider and axe reports it. These views
 * name each handle after the widget's description.
 *
 * @packageDocumentation
 */
import { messagesOf } from '../i18n/language.js';
import type { DOMWidgetView } from '@jupyter-widgets/base';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ViewClass = new (...args: any[]) => DOMWidgetView;

export function withNamedHandles<T extends ViewClass>(View: T): T {
  return class extends View {
    override render(): void {
      super.render();
      this.nameHandles();
    }

    override update(options?: unknown): void {
      super.update(options);
      this.nameHandles();
    }

    nameHandles(): void {
      const t = messagesOf(this.el);
      const name = String(this.model.get('description') ?? '').trim() || t.widgetValue;
      const handles = [...this.el.querySelectorAll('.noUi-handle')];
      handles.forEach((h, i) => h.setAttribute('aria-label', handles.length > 1 ? (i === 0 ? t.widgetLower : t.widgetUpper)(name) : name));
    }
  };
}
