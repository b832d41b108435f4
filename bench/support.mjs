// What the browser benchmarks share: a static server for a built bench page, Chromium, medians.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);

/**
 * Builds a bench page from the module source `page` with Vite (production: Lit without dev mode)
 * inside bench-results/ (ignored; inside the repository so that bare imports resolve), removed
 * when the process ends however it ends. Resolves to the folder of the built page.
 */
export async function buildBenchPage(name, page, { minify = true } = {}) {
  mkdirSync(join(repo, 'bench-results'), { recursive: true });
  const dir = mkdtempSync(join(repo, 'bench-results', `${name}-build-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'main.js'), page);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} bench</title></head><body><script type="module" src="./main.js"></script></body></html>`,
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022', minify },
  });
  return join(dir, 'dist');
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves `folder` on a free loopback port; resolves to its URL and a close function. */
export async function serveFolder(folder) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    try {
      const body = readFileSync(join(folder, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': types[extname(path || '.html')] ?? 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Debian's Chromium, headless, with precise heap figures and a callable gc(). */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
