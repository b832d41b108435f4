/**
 * Helpers of the extreme-values suite: how long the page went without answering, and whether an
 * element stayed inside its box.
 */

export interface Responsiveness {
  /** Stops probing; resolves with the longest gap (ms) between two turns of the event loop. */
  stop(): Promise<number>;
}

/**
 * Measures, from inside the page, the longest time a `setTimeout(0)` round trip took while the
 * element worked: a long task (a frozen page) shows as a long gap.
 */
export function probeResponsiveness(): Responsiveness {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return {
    async stop() {
      // One more turn, so that a task still running when asked is measured too.
      await new Promise((resolve) => setTimeout(resolve, 0));
      running = false;
      return Math.max(longest, performance.now() - last);
    },
  };
}

/** The first few elements of the shadow tree that reach past the host's box (for failure messages). */
export function widestParts(el: HTMLElement): string {
  const box = el.getBoundingClientRect();
  const past: string[] = [];
  for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
    const rect = node.getBoundingClientRect();
    if (rect.right > box.right + 1 || rect.left < box.left - 1) {
      past.push(`<${node.localName} class="${node.getAttribute('class') ?? ''}" part="${node.getAttribute('part') ?? ''}"> ${Math.round(rect.width)}px`);
    }
  }
  return past.slice(0, 4).join(', ');
}

/** How far (px) anything the element draws reaches past its own box, and whether the page grew. */
export function overflowOf(el: HTMLElement): { element: number; page: number } {
  return {
    element: el.scrollWidth - el.clientWidth,
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}
