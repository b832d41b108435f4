// `npm run test:browsers`: the whole suite in Firefox ESR, then in WebKitGTK, one engine at a time,
// each timed. For WebKit it starts an X server (Xvfb) and WebKitWebDriver itself and stops both
// afterwards. Arguments after `--` go to web-test-runner (e.g. `-- --files test/schedule/*.test.ts`);
// `--engine firefox` or `--engine webkit` runs one of the two.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const args = process.argv.slice(2);
const engineFlag = args.indexOf('--engine');
const only = engineFlag === -1 ? undefined : args.splice(engineFlag, 2)[1];
const wtrArgs = args.filter((a) => a !== '--');

const needs = {
  firefox: [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
  webkit: [
    '/usr/bin/Xvfb',
    '/usr/bin/WebKitWebDriver',
    process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ],
};

const children = new Set();
const stopAll = () => children.forEach((child) => child.kill());
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

function start(command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function run(command, commandArgs, env) {
  return new Promise((resolve) => {
    start(command, commandArgs, { env: { ...process.env, ...env } }).on('exit', (code, signal) => {
      // Say why a run ended without its summary (a signal, an exit code without failed tests).
      if (code !== 0) console.error(`${command} ended: ${signal ? `signal ${signal}` : `exit code ${code}`}`);
      resolve(code ?? 1);
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts Xvfb on the first free display; resolves with ":N" once it accepts clients. */
function startXvfb() {
  const xvfb = start('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
}

async function waitForDriver(port, driver) {
  for (let tries = 0; tries < 100; tries++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

const wtr = (config, env) => run('node_modules/.bin/wtr', ['--config', config, ...wtrArgs], env);

const engines = {
  firefox: () => wtr('web-test-runner.firefox.config.mjs', {}),
  webkit: async () => {
    const display = await startXvfb();
    const port = await freePort();
    const driver = start('/usr/bin/WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display },
    });
    try {
      await waitForDriver(port, driver);
      return await wtr('web-test-runner.webkit.config.mjs', {
        DISPLAY: display,
        WEBKIT_DRIVER_PORT: String(port),
      });
    } finally {
      stopAll();
    }
  },
};

const chosen = only ? [only] : Object.keys(engines);
const results = [];
for (const name of chosen) {
  if (!engines[name]) throw new Error(`Unknown engine "${name}" (firefox or webkit)`);
  const missing = needs[name].filter((path) => !existsSync(path));
  if (missing.length) {
    console.error(
      `${name}: missing ${missing.join(', ')}.\n  On Debian: sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb`,
    );
    results.push({ name, code: 1, seconds: 0 });
    continue;
  }
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const code = await engines[name]();
  results.push({ name, code, seconds: (performance.now() - started) / 1000 });
}

console.log('\nEngine    result  time');
for (const { name, code, seconds } of results) {
  console.log(`${name.padEnd(9)} ${code === 0 ? 'pass  ' : 'FAIL  '}  ${seconds.toFixed(0)} s`);
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
