// Stops `npm test` early, with a plain message, when no Chromium is there to run the suite.
import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath()) {
  console.error(
    [
      'No Chromium found to run the tests in.',
      '  On Debian or Ubuntu:  sudo apt-get install -y chromium',
      '  Or point CHROME_PATH at a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
