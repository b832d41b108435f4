/**
 * Dispatches `event` on `target`; false when a listener cancelled it. Elements call this rather
 * than `this.dispatchEvent(new …)`, so that custom-elements.json lists each event once, under
 * the name the element's `@fires` gives (the analyzer cannot read a name from an event class).
 */
export function emit(target: EventTarget, event: Event): boolean {
  return target.dispatchEvent(event);
}
