// `npm run bench`: runs every bench/*.bench.mjs in turn; each prints its own figures.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)))
  .sort();
if (files.length === 0) {
  console.error(only ? `No benchmark matches "${only}".` : 'No benchmarks in bench/.');
  process.exit(1);
}
for (const file of files) {
  console.log(`\n=== ${file}`);
  execFileSync('node', [`bench/${file}`], { stdio: 'inherit' });
}
