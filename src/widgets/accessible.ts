// SPDX-License-Identifier: BSD-3-Clause
/**
 * The sliders of @jupyter-widgets/controls draw their handles with noUiSlider: elements with
 * `role="slider"` and no accessible name (the description beside them is not a label of a
 * `div`), so a screen reader announces a nameless slider and axe reports it. These views
 * name each handle after the widget's description.
 *
 * @packageDocumentation
 */
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
      const name = String(this.model.get('description') ?? '').trim() || 'Value';
      const handles = [...this.el.querySelectorAll('.noUi-handle')];
      handles.forEach((h, i) => h.setAttribute('aria-label', handles.length > 1 ? `${name} (${i === 0 ? 'lower' : 'upper'})` : name));
    }
  };
}
