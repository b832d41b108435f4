import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define-element.js';

// A constructor can back only one tag, so each test makes its own pair of "copies".
const copies = () => [class extends HTMLElement {}, class extends HTMLElement {}] as const;

function captureWarnings(run: () => void): unknown[][] {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => void calls.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('defineElement', () => {
  it('defines a tag that is not yet defined', () => {
    const [FirstCopy] = copies();
    defineElement('test-define-fresh', FirstCopy);
    expect(customElements.get('test-define-fresh')).to.equal(FirstCopy);
  });

  it('is a silent no-op when the same class is defined twice', () => {
    const [FirstCopy] = copies();
    defineElement('test-define-same', FirstCopy);
    const warnings = captureWarnings(() => defineElement('test-define-same', FirstCopy));
    expect(customElements.get('test-define-same')).to.equal(FirstCopy);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first copy and warns once when another copy defines the tag', () => {
    const [FirstCopy, SecondCopy] = copies();
    defineElement('test-define-other', FirstCopy);
    const warnings = captureWarnings(() => {
      defineElement('test-define-other', SecondCopy);
      defineElement('test-define-other', SecondCopy);
    });
    expect(customElements.get('test-define-other')).to.equal(FirstCopy);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<test-define-other>');
  });
});
