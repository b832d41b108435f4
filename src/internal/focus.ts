/**
 * The one focus rule of the widgets: an action may remove or hide the control that had focus (the
 * last filter chip, a "Show my time" button that becomes "Show event time", an un-starred row
 * under "My schedule", a Retry button, a Previous button on the first session). Focus must never
 * fall to `<body>` then: once the element has re-rendered, if focus is no longer on a visible
 * control inside it, the first of the given candidates that can take focus gets it.
 *
 *   void keepFocus(this.host, ['.chip', () => next, 'input[type="search"]']);
 */

/** Where focus may go: a selector in the element's shadow root, or a function that finds an element. */
export type FocusCandidate = string | (() => Element | null | undefined);

interface FocusHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** Whether an element is in the page, rendered and not disabled. */
function canTakeFocus(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected) return false;
  if ((element as HTMLButtonElement).disabled) return false;
  return element.getClientRects().length > 0;
}

/** Whether focus is on a visible element inside `host` (its shadow root included). */
function focusInside(host: FocusHost): boolean {
  const root = host.renderRoot;
  const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  return !!active && root.contains(active) && canTakeFocus(active);
}

/** Focuses the first candidate that can take focus; returns it. */
export function focusFirst(host: FocusHost, candidates: readonly FocusCandidate[]): HTMLElement | undefined {
  for (const candidate of candidates) {
    const element = typeof candidate === 'string' ? host.renderRoot.querySelector(candidate) : candidate();
    if (canTakeFocus(element)) {
      element.focus();
      if (focusInside(host)) return element;
    }
  }
  return undefined;
}

/**
 * After the host's next update (and any it asks for while settling, up to a few): if focus left
 * the element or sits on a hidden control, focus the first candidate that can take it. Call it in
 * the handler of the action, before or after changing state.
 */
export async function keepFocus(host: FocusHost, candidates: readonly FocusCandidate[], settle = 3): Promise<void> {
  // Only an action started from inside the element may move focus (never steal it from the page).
  if (!focusInside(host)) return;
  // Let the handler finish first: the update it asks for after this call is the one to wait for.
  await null;
  for (let i = 0; i < settle; i++) {
    if (await host.updateComplete) break;
  }
  if (!focusInside(host)) focusFirst(host, candidates);
}
