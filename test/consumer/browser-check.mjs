// Loads each built page in Chromium and reports, per tag, whether it is defined and shows the feed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** A static file server over `root` on a free port. */
export async function serve(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
}

/**
 * Opens `url` and waits (up to `timeout` ms) until every tag in `expected` is defined and its
 * shadow root shows the given text. Returns a list of problems (empty when all is well), including
 * page errors and tags in `undefinedTags` that the page defined although it should not.
 */
export async function checkPage(browser, url, expected, undefinedTags = [], timeout = 15000) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  const seen = () =>
    page.evaluate(
      ([expected]) =>
        Object.entries(expected).map(([tag, text]) => {
          const element = document.querySelector(tag);
          const shown = element?.shadowRoot?.textContent ?? '';
          return { tag, defined: Boolean(customElements.get(tag)), shows: shown.includes(text) };
        }),
      [expected],
    );
  const deadline = Date.now() + timeout;
  let state = await seen();
  while (state.some((s) => !s.defined || !s.shows) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200));
    state = await seen();
  }
  for (const { tag, defined, shows } of state) {
    if (!defined) problems.push(`<${tag}> is not defined`);
    else if (!shows) problems.push(`<${tag}> is defined but does not show "${expected[tag]}"`);
  }
  const extra = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), undefinedTags);
  for (const tag of extra) problems.push(`<${tag}> is defined although this entry should not define it`);
  await page.close();
  return problems;
}
