/**
 * Counts what an element can leave behind: pending timers, animation frames, observers still
 * observing, open event sources and window/document listeners. Install before creating elements.
 */
export interface LeakCounts {
  timers: number;
  intervals: number;
  observers: number;
  eventSources: number;
  listeners: number;
}

export function installLeakProbe() {
  const timers = new Set<number>();
  const intervals = new Set<number>();
  const observing = new Set<object>();
  const sources = new Set<EventSource>();
  let listeners = 0;

  const originals = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    EventSource: window.EventSource,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
  };

  // Loosely typed on purpose: DOM and Node typings disagree on timer ids.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const win = window as any;
  win.setTimeout = (handler: (...a: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const id: number = (originals.setTimeout as any).call(window, (...inner: unknown[]) => {
      timers.delete(id);
      if (typeof handler === 'function') handler(...inner);
    }, delay, ...args);
    timers.add(id);
    return id;
  };
  win.clearTimeout = (id?: number) => {
    if (id !== undefined) timers.delete(id);
    (originals.clearTimeout as any).call(window, id);
  };
  win.setInterval = (handler: (...a: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const id: number = (originals.setInterval as any).call(window, handler, delay, ...args);
    intervals.add(id);
    return id;
  };
  win.clearInterval = (id?: number) => {
    if (id !== undefined) intervals.delete(id);
    (originals.clearInterval as any).call(window, id);
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */

  const observerPatches = (['IntersectionObserver', 'ResizeObserver', 'MutationObserver'] as const).map((name) => {
    const proto = window[name].prototype as { observe: (...a: unknown[]) => void; disconnect: () => void };
    const { observe, disconnect } = proto;
    proto.observe = function (this: object, ...args: unknown[]) {
      observing.add(this);
      return observe.apply(this, args);
    };
    proto.disconnect = function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    };
    return () => Object.assign(proto, { observe, disconnect });
  });

  class CountedEventSource extends originals.EventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      sources.add(this);
    }
    override close() {
      sources.delete(this);
      super.close();
    }
  }
  window.EventSource = CountedEventSource as typeof EventSource;

  const watched = (target: EventTarget) => target === window || target === document || target === document.documentElement;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    if (watched(this)) listeners++;
    return originals.add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
    if (watched(this)) listeners--;
    return originals.remove.apply(this, args);
  };

  return {
    counts(): LeakCounts {
      const open = [...sources].filter((source) => source.readyState !== EventSource.CLOSED).length;
      return { timers: timers.size, intervals: intervals.size, observers: observing.size, eventSources: open, listeners };
    },
    uninstall() {
      Object.assign(window, {
        setTimeout: originals.setTimeout,
        clearTimeout: originals.clearTimeout,
        setInterval: originals.setInterval,
        clearInterval: originals.clearInterval,
        EventSource: originals.EventSource,
      });
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
      observerPatches.forEach((restore) => restore());
    },
  };
}
