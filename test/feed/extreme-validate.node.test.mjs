// `wsis-widgets validate` on the extreme-values corpus: it reports exactly what the elements drop
// (a date the elements cannot show is a drop here too, never "valid" and then an error on the page).
//   node --import tsx --test test/feed/*.node.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extremeFeeds } from '../fixtures/extreme/extreme-feeds.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wsis-extreme-'));

function validate(path) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', path], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

for (const [i, extreme] of extremeFeeds().entries()) {
  test(`validate: ${extreme.name}`, async () => {
    const path = join(dir, `extreme-${i}.json`);
    writeFileSync(path, JSON.stringify(extreme.feed));
    const { code, stdout, stderr } = await validate(path);
    assert.equal(stderr, '');
    const reported = stdout
      .split('\n')
      .map((line) => /^([\w[\].]+): /.exec(line)?.[1])
      .filter(Boolean);
    assert.deepEqual(reported.sort(), [...extreme.dropped].sort());
    assert.equal(code, extreme.dropped.length ? 3 : 0, stdout);
    if (extreme.name.startsWith('sessions outside the date range')) {
      assert.match(stdout, /sessions\[2\]\.start: a date-time outside the supported range \(0001-01-02 to 9999-12-30 UTC\); item dropped/);
    }
  });
}
