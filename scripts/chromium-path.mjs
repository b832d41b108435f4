import { existsSync } from 'node:fs';

/** The Chromium binary to test and benchmark in: CHROME_PATH, else Debian's. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

/** Flags that work as root on a machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Tests run in several tabs at once: a background tab must still get animation frames and timers.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // The leak test measures the heap after a garbage collection it asks for.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];
