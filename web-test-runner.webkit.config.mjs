// WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's webkit2gtk-driver). The driver and the
// X display it needs are started and stopped by scripts/test-browsers.mjs, which passes the port.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { baseConfig } from './scripts/wtr-base.mjs';

export default {
  ...baseConfig,
  // Above 1 the WebDriver launcher runs test files in iframes of one page.
  concurrency: 1,
  testsFinishTimeout: 300000,
  // Starting the browser and its first page took over the default 30 s on a loaded 2-core machine.
  browserStartTimeout: 120000,
  // MiniBrowser renders in software under Xvfb: a file's first test, which loads the elements' code
  // and axe on demand, took over 10 s on a loaded 2-core machine.
  testFramework: { config: { ...baseConfig.testFramework.config, timeout: 20000 } },
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary:
            process.env.MINIBROWSER_PATH ??
            '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  ],
};
