// `wsis-widgets validate` (src/cli/main.ts) run as a process: exit codes and what it prints.
//   node --import tsx --test test/feed/*.node.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { smallFeed } from './small-feed.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wsis-validate-'));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

/** Runs the command; resolves to {code, stdout, stderr}. */
function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const dropped = smallFeed();
delete dropped.sessions[1].start;
dropped.partners[0].tier = 'platinum';

let server;
let origin;
before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.json') {
      const doc = smallFeed();
      doc.sessions[0].url = 'sessions/s1.html';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
    } else res.writeHead(404).end('no');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test('exit 0 and a summary for a clean feed', async () => {
  const { code, stdout } = await cli('validate', file('clean.json', smallFeed()));
  assert.equal(code, 0);
  assert.match(stdout, /✓ .*clean\.json: a valid feed v1 \(2 sessions, 2 tracks/);
});

test('exit 0 for the demo feed', async () => {
  const { code } = await cli('validate', 'demo/feeds/wsis-forum-2021.json');
  assert.equal(code, 0);
});

test('exit 3 for drops, each printed with its path; --strict makes it exit 1', async () => {
  const path = file('dropped.json', dropped);
  const { code, stdout } = await cli('validate', path);
  assert.equal(code, 3);
  assert.match(stdout, /^sessions\[1\]\.start: missing; item dropped$/m);
  assert.match(stdout, /^partners\[0\]\.tier: unknown tier "platinum"; item dropped$/m);
  assert.match(stdout, /read with 2 drops/);
  const strict = await cli('validate', path, '--strict');
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /--strict: failing/);
});

test("exit 3 for a session's organizer or a prize's sponsor that names no partner, each printed with its path", async () => {
  const doc = smallFeed();
  doc.sessions[0].organizers = ['p2', 'gcoa'];
  doc.prizes[0].sponsors = ['ghost'];
  const { code, stdout } = await cli('validate', file('references.json', doc));
  assert.equal(code, 3);
  assert.match(stdout, /^sessions\[0\]\.organizers\[1\]: unknown partner "gcoa"; reference dropped$/m);
  assert.match(stdout, /^prizes\[0\]\.sponsors\[0\]: unknown partner "ghost"; reference dropped$/m);
  assert.match(stdout, /read with 2 drops/);
});

test('exit 1 for a refused document: not JSON, wrong version, no event, no such file', async () => {
  const notJson = await cli('validate', file('broken.json', '{"version": 1,'));
  assert.equal(notJson.code, 1);
  assert.match(notJson.stderr, /refused \(parse\): not valid JSON/);
  const v2 = await cli('validate', file('v2.json', { ...smallFeed(), version: 2 }));
  assert.equal(v2.code, 1);
  assert.match(v2.stderr, /refused \(version\): .*reads feed version 1 only/);
  const noEvent = await cli('validate', file('no-event.json', { version: 1 }));
  assert.equal(noEvent.code, 1);
  assert.match(noEvent.stderr, /refused \(schema\): .*event: missing/);
  const missing = await cli('validate', join(dir, 'nope.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no such file/);
});

test('exit 2 for bad usage', async () => {
  for (const args of [[], ['check', 'x.json'], ['validate'], ['validate', 'a.json', 'b.json'], ['validate', 'a.json', '--loose'], ['validate', 'a.json', '--base']]) {
    const { code, stderr } = await cli(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /Usage: wsis-widgets validate/);
  }
});

test('reads a URL, resolving relative URLs against it; a 404 is refused', async () => {
  const ok = await cli('validate', `${origin}/feed.json`);
  assert.equal(ok.code, 0, ok.stderr);
  const missing = await cli('validate', `${origin}/missing.json`);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /answered 404/);
});
