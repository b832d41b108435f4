// The stories run in three files (stories-*.test.ts, see run-stories.ts); this one checks that
// every story file is in exactly one of them, so that no new story file goes untested.
import { expect } from '@open-wc/testing';
import { files, groups } from './run-stories.js';

describe('the story test files', () => {
  it('run every story file once', () => {
    const grouped = Object.values(groups).flat();
    expect(files.length).to.be.greaterThan(0);
    expect(grouped).to.have.members(files.map(({ file }) => file));
  });
});
