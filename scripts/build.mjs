// `npm run build`: what a web team embeds, plus types, the elements' manifest and the feed schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

// The CDN build (dist/, Lit inside) first: it empties dist/. Then the CDN's all-in-one bundle,
// built apart so that its chunks are cut for it (vite.config.ts), then the npm build (dist/lib/,
// Lit bare).
run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'all', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'npm', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// custom-elements.json is written at the root (Storybook reads it there) and shipped in dist/.
run(bin('cem'), ['analyze', '--litelement', '--quiet']);
copyFileSync('custom-elements.json', 'dist/custom-elements.json');
// React/Vue types, VS Code custom data and JetBrains web-types, generated from the manifest.
run('node', ['scripts/build/framework-types.mjs']);
if (existsSync('scripts/write-feed-schema.ts')) run(bin('tsx'), ['scripts/write-feed-schema.ts']);
if (existsSync('scripts/build-cli.mjs')) run('node', ['scripts/build-cli.mjs']);
// The iframe embed page, pointing at the built script instead of the sources.
const embedPage = readFileSync('embed.html', 'utf8')
  .replace('/src/embed/main.ts', './embed.js')
  .replace('/src/embed/embed.css', './embed.css');
writeFileSync('dist/embed.html', embedPage);
copyFileSync('src/embed/embed.css', 'dist/embed.css');
console.log('Built dist/.');
