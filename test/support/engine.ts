// What a test needs from the engine it runs in, said once. The suite runs in Chromium (`npm test`,
// through CDP), Firefox ESR (puppeteer over WebDriver BiDi) and WebKitGTK (WebDriver classic):
// `npm run test:browsers`. Some harness commands exist only in one of them; a test that needs one
// either emulates it here or is registered with `itOnlyIn`, which lists it as pending, reason in
// its title, in the other engines — never as a silent pass.
import { emulateMedia, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(agent: string): Engine {
  if (/\bFirefox\//.test(agent)) return 'firefox';
  if (/(Chrome|Chromium)\//.test(agent)) return 'chromium'; // also "HeadlessChrome/"
  return 'webkit';
}

/** The engine this test file runs in. */
export const engine: Engine = detect(navigator.userAgent);

/** Where `setViewport` works (puppeteer: CDP or BiDi). */
export const viewportEngines: readonly Engine[] = ['chromium', 'firefox'];

/** Why a test can run only in some engines: the capabilities the harness lacks elsewhere. */
export const missing = {
  cssMedia:
    'emulateMedia is CDP-only; a CSS media query (dark, print, reduced motion in a stylesheet) cannot be switched from a page',
  a11yTree: 'the accessibility-tree snapshot (a11ySnapshot) is read through CDP: Chromium only',
  heap: 'performance.memory and forced garbage collection are Chromium-only',
  httpCache:
    'WebKitGTK under WebDriver runs an ephemeral session with no HTTP cache, so the browser never revalidates',
  viewport:
    "setViewport is not available over WebDriver classic, and MiniBrowser's window is at least 447 px wide",
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

/**
 * A number as this engine's locale data writes it. Engines ship different CLDR/ICU data (Firefox
 * groups fr-CH with an apostrophe, Debian's ICU 72 gives plain `ar` Arabic-Indic digits), so a
 * test expects the engine's own digits and separators where they are not the point.
 */
export const localNumber = (locale: string, value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(locale, options).format(value);

/** The space bar for `sendKeys({press})`: WebDriver BiDi knows no key named "Space"; all three take `' '`. */
export const SPACE = ' ';

/**
 * Shift+Tab. Puppeteer (Chromium, Firefox) holds Shift down around a Tab; the WebDriver launcher
 * (WebKit) only presses, so there Shift and Tab go as one chord of WebDriver's key code points.
 */
export async function pressShiftTab(): Promise<void> {
  if (engine === 'webkit') {
    await sendKeys({ press: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
