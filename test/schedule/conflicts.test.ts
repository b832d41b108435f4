import { expect } from '@open-wc/testing';
import { findConflicts } from '../../src/schedule/conflicts.js';

const h = (hour: number, minute = 0) => Date.UTC(2021, 2, 22, hour, minute);

describe('findConflicts', () => {
  it('flags sessions that overlap, each with the others it overlaps in start order', () => {
    const found = findConflicts([
      { id: 'c', start: h(9, 45), end: h(10, 30) },
      { id: 'a', start: h(9), end: h(10) },
      { id: 'b', start: h(9, 30), end: h(11) },
      { id: 'd', start: h(12), end: h(13) },
    ]);
    expect(Object.fromEntries(found)).to.deep.equal({ a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] });
  });

  it('does not flag sessions back to back, nor a session with itself', () => {
    const found = findConflicts([
      { id: 'a', start: h(9), end: h(10) },
      { id: 'b', start: h(10), end: h(11) },
    ]);
    expect(found.size).to.equal(0);
  });

  it('flags a session inside a longer one, and nothing for an empty list', () => {
    expect(findConflicts([])).to.have.property('size', 0);
    const found = findConflicts([
      { id: 'day', start: h(8), end: h(18) },
      { id: 'lunch', start: h(12), end: h(13) },
      { id: 'tea', start: h(16), end: h(16, 30) },
    ]);
    expect(found.get('day')).to.deep.equal(['lunch', 'tea']);
    expect(found.get('tea')).to.deep.equal(['day']);
    expect(found.has('lunch')).to.equal(true);
  });
});
