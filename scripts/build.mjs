// `npm run build`: what a web team embeds, plus types, the elements' manifest and the feed schema.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), ['analyze', '--litelement', '--quiet']);
if (existsSync('scripts/write-feed-schema.ts')) run(bin('tsx'), ['scripts/write-feed-schema.ts']);
if (existsSync('scripts/build-cli.mjs')) run('node', ['scripts/build-cli.mjs']);
console.log('Built dist/.');
