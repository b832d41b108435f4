// Production builds of the scratch app with Vite, one page per entry, as a web team's app does.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Writes a page (index.html + its module) under app/pages/<name> and builds it into app/out/<name>.
 * `body` is the page's HTML; `main` is the module's source, `ext` its extension (js, ts, tsx).
 */
export async function buildPage(app, { name, body, main, ext = 'js' }) {
  const root = join(app, 'pages', name);
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      `<script type="module" src="./main.${ext}"></script></head><body>${body}</body></html>`,
  );
  writeFileSync(join(root, `main.${ext}`), main);
  const outDir = join(app, 'out', name);
  await build({
    root,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    base: './',
    publicDir: join(app, 'public'),
    // TSX examples: React 19's automatic runtime.
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Bytes of JavaScript the page's build emitted (every chunk, lazy ones included), minified and gzip. */
export function scriptBytes(outDir) {
  const assets = join(outDir, 'assets');
  const code = Buffer.concat(
    readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file))),
  );
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
