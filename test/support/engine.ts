// What a test needs from the engine it runs in, said once. The suite runs in Chromium (`npm test`,
// through CDP), Firefox ESR (puppeteer over WebDriver BiDi) and WebKitGTK (WebDriver classic):
// `npm run test:browsers`. Some harness commands exist only in one of them; a test that needs one
// either emulates it here or is registered with `itOnlyIn`, which lists it as pending, reason in
// its title, in the other engines — never as a silent pass.
import { emulateMedia } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(agent: string): Engine {
  if (/\bFirefox\//.test(agent)) return 'firefox';
  if (/\b(Chrome|Chromium)\//.test(agent)) return 'chromium';
  return 'webkit';
}

/** The engine this test file runs in. */
export const engine: Engine = detect(navigator.userAgent);

/** Why a test can run only in some engines: the capabilities the harness lacks elsewhere. */
export const missing = {
  cssMedia:
    'emulateMedia is CDP-only; a CSS media query (dark, print, reduced motion in a stylesheet) cannot be switched from a page',
  heap: 'performance.memory and forced garbage collection are Chromium-only',
} as const;

/**
 * `it`, where `engines` can run it; elsewhere a pending test titled with the reason, so the
 * runner's summary shows it as not run rather than passed.
 */
export function itOnlyIn(
  engines: readonly Engine[],
  reason: string,
  title: string,
  fn: Mocha.AsyncFunc | Mocha.Func,
): void {
  if (engines.includes(engine)) {
    it(title, fn);
  } else {
    it(`${title} [${engines.join(', ')} only: ${reason}]`, function () {
      this.skip();
    });
  }
}

type Motion = 'reduce' | 'no-preference';

/** A stand-in MediaQueryList for `prefers-reduced-motion`, driven by `setReducedMotion`. */
class StubMotionQuery extends EventTarget implements MediaQueryList {
  onchange: ((this: MediaQueryList, event: MediaQueryListEvent) => unknown) | null = null;
  constructor(
    readonly media: string,
    private readonly wants: Motion,
  ) {
    super();
  }
  get matches() {
    return stubbedMotion === this.wants;
  }
  addListener(listener: (event: MediaQueryListEvent) => void) {
    this.addEventListener('change', listener as EventListener);
  }
  removeListener(listener: (event: MediaQueryListEvent) => void) {
    this.removeEventListener('change', listener as EventListener);
  }
}

const realMatchMedia = window.matchMedia;
const motionQuery = /^\(\s*prefers-reduced-motion\s*:\s*(reduce|no-preference)\s*\)$/;
let stubbedMotion: Motion = 'no-preference';
const stubs = new Set<WeakRef<StubMotionQuery>>();

function stubMatchMedia(query: string): MediaQueryList {
  const wants = motionQuery.exec(query.trim())?.[1] as Motion | undefined;
  if (!wants) return realMatchMedia.call(window, query);
  const list = new StubMotionQuery(query, wants);
  stubs.add(new WeakRef(list));
  return list;
}

/**
 * Sets `prefers-reduced-motion` as the elements' scripts read it (`matchMedia`, change events).
 * Chromium: the real media feature through CDP (stylesheets follow too). Elsewhere: a `matchMedia`
 * stub for that one query — stylesheets do not follow, so a test that checks CSS under reduced
 * motion uses `itOnlyIn(['chromium'], missing.cssMedia, …)` instead.
 */
export async function setReducedMotion(value: Motion): Promise<void> {
  if (engine === 'chromium') {
    await emulateMedia({ reducedMotion: value });
    return;
  }
  window.matchMedia = stubMatchMedia;
  if (stubbedMotion === value) return;
  stubbedMotion = value;
  for (const ref of stubs) {
    const list = ref.deref();
    if (!list) {
      stubs.delete(ref);
      continue;
    }
    const event = new Event('change') as MediaQueryListEvent;
    Object.defineProperties(event, { matches: { value: list.matches }, media: { value: list.media } });
    list.dispatchEvent(event);
    list.onchange?.call(list, event);
  }
}

/** The space bar for `sendKeys({press})`: WebDriver BiDi knows no key named "Space"; all three take `' '`. */
export const SPACE = ' ';
