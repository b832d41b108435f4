/// <reference types="node" />
// The `wsis-widgets` command (package.json `bin`, built into dist/cli.js by scripts/build-cli.mjs).
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { Fetched, Limits } from './io.js';
import { run } from './run.js';

/** The origin the command claims when reading a URL, so servers answer with their CORS headers. */
const PROBE_ORIGIN = 'https://wsis-widgets-validate.invalid';

/** Reads a URL within the limits: the body is counted as it streams and cut off past maxBytes. */
async function fetchLimited(target: string, { timeoutMs, maxBytes }: Limits): Promise<Fetched> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(target, { headers: { accept: 'application/json', origin: PROBE_ORIGIN }, signal });
  } catch (error) {
    if (signal.aborted) throw new Error(`no answer within ${timeoutMs / 1000} s (--timeout)`);
    throw new Error(`could not connect: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`);
  }
  if (!response.ok) throw new Error(`the feed at ${target} answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`the answer is ${declared} bytes, over the limit of ${maxBytes} (--max-size)`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      size += part.value.byteLength;
      if (size > maxBytes) {
        await reader?.cancel().catch(() => undefined);
        throw new Error(`the answer grew past the limit of ${maxBytes} bytes (--max-size)`);
      }
      chunks.push(part.value);
    }
  } catch (error) {
    if (signal.aborted) throw new Error(`the answer did not finish within ${timeoutMs / 1000} s (--timeout)`);
    throw error;
  }
  return {
    text: new TextDecoder().decode(Buffer.concat(chunks)),
    url: response.url || target,
    allowOrigin: response.headers.get('access-control-allow-origin'),
  };
}

async function read(target: string, limits: Limits): Promise<Fetched> {
  if (/^https?:\/\//i.test(target)) return fetchLimited(target, limits);
  try {
    return { text: await readFile(target, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file` : code === 'EISDIR' ? 'a directory, not a file' : (error as Error).message);
  }
}

/** The package version: package.json is one level above dist/cli.js, two above src/cli/main.ts. */
function version(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'wsis-widgets' && pkg.version) return pkg.version;
    } catch {
      // not there: try the next
    }
  }
  return 'unknown';
}

process.exitCode = await run(process.argv.slice(2), {
  read,
  write: (path, text) => writeFile(path, text),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  version: version(),
});
