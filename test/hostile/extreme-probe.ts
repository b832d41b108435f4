/**
 * Helpers of the extreme-values suite: how long the page went without answering, and whether an
 * element stayed inside its box.
 */

export interface Responsiveness {
  /**
   * Stops probing; resolves with the longest gap (ms) between two turns of the event loop that
   * the page's own work explains: see `probeResponsiveness`.
   */
  stop(): Promise<number>;
}

/** Longest gap (ms) between `setTimeout(0)` turns over `ms` of an idle page. */
function idleGap(ms: number): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    let longest = 0;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (now - started < ms) setTimeout(tick, 0);
      else resolve(longest);
    };
    setTimeout(tick, 0);
  });
}

/**
 * Measures, from inside the page, the longest time a `setTimeout(0)` round trip took while the
 * element worked: a long task (a frozen page) shows as a long gap. On a machine busy with other
 * work, the browser itself waits for a CPU, and an idle page shows gaps too: when the longest gap
 * reaches 1 s, the longest gap of a second of idle page, measured right after, is taken off (a page
 * frozen by the element still shows its freeze; the machine's own delays do not count twice).
 */
export function probeResponsiveness(): Responsiveness {
  let longest = 0;
  let last = performance.now();
  let running = true;
  let result: Promise<number> | undefined;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const finish = async () => {
    // One more turn, so that a task still running when asked is measured too.
    await new Promise((resolve) => setTimeout(resolve, 0));
    running = false;
    const gap = Math.max(longest, performance.now() - last);
    if (gap < 1000) return gap;
    const noise = await idleGap(1000);
    console.log(`responsiveness: longest gap ${Math.round(gap)} ms, idle page ${Math.round(noise)} ms`);
    return gap - noise;
  };
  return {
    stop() {
      result ??= finish();
      return result;
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
