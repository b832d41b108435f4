import { expect } from '@open-wc/testing';
import { commaList, paragraphsOf } from '../../src/internal/text-lists.js';

describe('text lists', () => {
  it('reads a comma-separated attribute, trimming items and skipping blanks', () => {
    expect(commaList(' youth, cybersecurity,, older-persons ')).to.deep.equal(['youth', 'cybersecurity', 'older-persons']);
    expect(commaList('')).to.deep.equal([]);
    expect(commaList(undefined)).to.deep.equal([]);
    expect(commaList(2021)).to.deep.equal(['2021']);
    expect(commaList(['winner', 'champion'])).to.deep.equal(['winner', 'champion']);
  });

  it('splits a description into paragraphs at blank lines only', () => {
    expect(paragraphsOf('First line\nsame paragraph\n\n  Second  \n \n\nThird')).to.deep.equal([
      'First line\nsame paragraph',
      'Second',
      'Third',
    ]);
    expect(paragraphsOf('  ')).to.deep.equal([]);
  });
});
