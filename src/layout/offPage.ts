/**
 * An element that never joins the page: React can render into it (the lab's rehearsal, see
 * `src/lab/rehearsal.tsx`) while nothing is laid out, painted, focused or announced.
 */
export function createOffPageElement(): HTMLElement {
  return document.createElement('div');
}

/** The range input labelled `name` inside `host`. */
export function sliderNamed(host: Element, name: string): HTMLInputElement | undefined {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === name);
  if (!label) return undefined;
  return [...host.querySelectorAll<HTMLInputElement>('input[type="range"]')].find((input) => input.id === label.htmlFor);
}

/**
 * What the browser sends when a key moves a slider: the key down, the new value (`fraction` of
 * the way along its track), `input`, `change`, the key up.
 */
export function pressKeyOnSlider(slider: HTMLInputElement, key: string, fraction: number): void {
  const min = Number(slider.min);
  const max = Number(slider.max);
  slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  // Through the prototype's setter, as the browser sets it: React watches the element's own `value`.
  Reflect.set(HTMLInputElement.prototype, 'value', String(Math.round(min + fraction * (max - min))), slider);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  slider.dispatchEvent(new Event('change', { bubbles: true }));
  slider.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
}
