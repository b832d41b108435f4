// `wsis-widgets validate` (src/cli/main.ts) run as a process: exit codes and what it prints.
//   node --import tsx --test test/feed/*.node.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    } else if (req.url === '/cors.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(smallFeed()));
    } else if (req.url === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html>\x1b]0;owned\x07\x1b[2J<title>Sign in</title>');
    } else if (req.url === '/slow.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"version": 1,'); // and never more
    } else if (req.url === '/endless.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    } else res.writeHead(404).end('no');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

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

test('a URL answer without Access-Control-Allow-Origin gets a hint; with it, none', async () => {
  const without = await cli('validate', `${origin}/feed.json`);
  assert.equal(without.code, 0);
  assert.match(without.stdout, /^hint: \(answer\): no Access-Control-Allow-Origin header/m);
  const withCors = await cli('validate', `${origin}/cors.json`);
  assert.equal(withCors.code, 0);
  assert.doesNotMatch(withCors.stdout, /Access-Control-Allow-Origin/);
});

test('a non-JSON answer is refused without echoing its bytes', async () => {
  const { code, stdout, stderr } = await cli('validate', `${origin}/page.html`);
  assert.equal(code, 1);
  assert.match(stderr, /refused \(parse\): not valid JSON: it looks like an HTML or XML page/);
  // eslint-disable-next-line no-control-regex -- the test looks for control characters
  assert.doesNotMatch(stdout + stderr, /DOCTYPE|Sign in|owned|\x1b/);
});

test('a URL read gives up after --timeout and past --max-size', async () => {
  const slow = await cli('validate', `${origin}/slow.json`, '--timeout', '1');
  assert.equal(slow.code, 1);
  assert.match(slow.stderr, /did not finish within 1 s \(--timeout\)/);
  const endless = await cli('validate', `${origin}/endless.json`, '--max-size', '1');
  assert.equal(endless.code, 1);
  assert.match(endless.stderr, /grew past the limit of 1048576 bytes \(--max-size\)/);
  const bad = await cli('validate', `${origin}/feed.json`, '--timeout', '0');
  assert.equal(bad.code, 2);
});

test('--version prints the package version', async () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { code, stdout } = await cli('--version');
  assert.equal(code, 0);
  assert.equal(stdout.trim(), version);
});

test('--json prints one JSON report for CI, with every fault and the groups', async () => {
  const doc = smallFeed();
  for (let i = 0; i < 6; i++) doc.sessions.push({ ...doc.sessions[0], id: `x${i}`, type: `unknown-${i}` });
  const { code, stdout } = await cli('validate', file('many.json', doc), '--json');
  assert.equal(code, 3);
  const report = JSON.parse(stdout);
  assert.equal(report.status, 'dropped');
  assert.equal(report.exitCode, 3);
  assert.equal(report.faults.length, 6);
  assert.deepEqual(report.faultGroups, [{ path: 'sessions[*].type', message: 'unknown session type "…"; reference dropped', count: 6 }]);
  const usage = await cli('validate', '--json');
  assert.equal(usage.code, 2);
  assert.equal(JSON.parse(usage.stdout).status, 'usage');
});

test('repeats of one fault print as one line with their count', async () => {
  const doc = smallFeed();
  for (let i = 0; i < 6; i++) doc.sessions.push({ ...doc.sessions[0], id: `x${i}`, type: `unknown-${i}` });
  const { code, stdout } = await cli('validate', file('many-text.json', doc));
  assert.equal(code, 3);
  assert.match(stdout, /^6 × sessions\[\*\]\.type: unknown session type "…"; reference dropped \(sessions\[2\]\.type, sessions\[3\]\.type, sessions\[4\]\.type, …\)$/m);
});

test('hints: a language Intl does not know, a URL without a scheme, offsets not the event zone’s', async () => {
  const doc = smallFeed();
  doc.sessions[0].languages = ['English'];
  doc.sessions[0].url = 'www.itu.int/wsis';
  doc.sessions[1].start = doc.sessions[1].start.replace(/(Z|[+-]\d\d:\d\d)$/, '+05:00');
  const { code, stdout } = await cli('validate', file('hints.json', doc));
  assert.equal(code, 0, 'hints change nothing the widgets show');
  assert.match(stdout, /^hint: sessions\[0\]\.languages\[0\]: "English" is not a BCP 47 tag/m);
  assert.match(stdout, /^hint: sessions\[0\]\.url: "www\.itu\.int\/wsis" looks like a host without a scheme/m);
  assert.match(stdout, /^hint: sessions\[1\]\.start: offset \+05:00 is not /m);
});

test('feed keys and values print escaped: no terminal control reaches the output', async () => {
  const doc = smallFeed();
  doc.sessions[0].title = { '\x1b]0;pwned\x07\x1b[2J\n✓ forged: a valid feed v1': 1 };
  doc.sessions[1].tracks = ['\x1b[31mred\u202e\n✓ fake'];
  const { code, stdout, stderr } = await cli('validate', file('escapes.json', doc));
  assert.equal(code, 3);
  // eslint-disable-next-line no-control-regex -- the test looks for control characters
  assert.doesNotMatch(stdout + stderr, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
  assert.match(stdout, /unknown track "\\u001b\[31mred\\u202e\\n✓ fake"/);
  assert.match(stdout, /^sessions\[0\]\.title\.\\u001b\]0;pwned\\u0007\\u001b\[2J\\u000a✓ forged: a valid feed v1: not a string; item dropped$/m);
  assert.equal(stdout.split('\n').filter((line) => line.startsWith('✓')).length, 0);
});

test('convert: the feed on stdout, the report on stderr; --out writes a file; exit codes as validate', async () => {
  const fixture = join(root, 'test/fixtures/import/frab-edge-cases.json');
  const ok = await cli('convert', fixture, '--from', 'frab');
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).event.id, 'edge24');
  assert.match(ok.stderr, /✓ .*frab-edge-cases\.json: a valid feed v1 \(5 sessions/);
  const out = join(dir, 'converted.json');
  const written = await cli('convert', fixture, '--from', 'frab', '--out', out, '--event-name', 'Renamed');
  assert.equal(written.code, 0);
  assert.equal(written.stdout, '');
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).event.name, 'Renamed');
  const unknown = await cli('convert', fixture, '--from', 'eventbrite');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown source "eventbrite"/);
  const noTz = await cli('convert', join(root, 'test/fixtures/import/pretalx-rc3.json'), '--from', 'frab');
  assert.equal(noTz.code, 1);
  assert.match(noTz.stderr, /give --tz/);
  const csv = await cli('convert', join(root, 'docs/programme-template.csv'), '--from', 'csv', '--tz', 'Europe/Zurich', '--event-id', 'e', '--event-name', 'E');
  assert.equal(csv.code, 0, csv.stderr);
  const mapFile = file('map.json', { track: 'Track' });
  const mapped = await cli('convert', join(root, 'test/fixtures/import/sessionize-edge-cases.json'), '--from', 'sessionize', '--tz', 'Europe/Zurich', '--event-id', 'e', '--event-name', 'E', '--map', mapFile);
  assert.equal(mapped.code, 0, mapped.stderr);
  assert.match(mapped.stderr, /note: 1 session not accepted; left out/);
});
