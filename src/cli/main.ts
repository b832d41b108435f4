/// <reference types="node" />
// The `wsis-widgets` command (package.json `bin`, built into dist/cli.js by scripts/build-cli.mjs).
import { readFile } from 'node:fs/promises';
import { run } from './validate.js';

async function read(target: string): Promise<{ text: string; url?: string }> {
  if (/^https?:\/\//i.test(target)) {
    const response = await fetch(target, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`the feed at ${target} answered ${response.status} ${response.statusText}`.trim());
    return { text: await response.text(), url: response.url || target };
  }
  try {
    return { text: await readFile(target, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file` : (error as Error).message);
  }
}

process.exitCode = await run(process.argv.slice(2), {
  read,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
