// README quotes code that lives elsewhere; these tests keep the quotes true.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { frameHeightListener } from '../../stories/support/embed-snippet.ts';
import { readmeExamples } from '../consumer/readme-examples.mjs';

const readme = readFileSync('README.md', 'utf8');

test('README gives the Embed builder\'s frame-height listener, character for character', () => {
  assert.ok(readme.includes(`\n${frameHeightListener}\n`), 'README lacks the listener line of stories/support/embed-snippet.ts');
});

test('README has the bundler, React and Vue examples that the consumer smoke test builds', () => {
  assert.deepEqual(
    readmeExamples().map((example) => [example.file, example.tag]),
    [
      ['bundler.ts', 'wsis-partner-wall'],
      ['react.tsx', 'wsis-partner-wall'],
      ['vue.ts', 'wsis-prize-winners'],
    ],
  );
});
