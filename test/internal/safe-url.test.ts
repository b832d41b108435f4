import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/safe-url.js';

describe('safeUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeUrl('https://www.itu.int/wsis/')).to.equal('https://www.itu.int/wsis/');
    expect(safeUrl('http://example.org/a?b=1')).to.equal('http://example.org/a?b=1');
  });

  it('refuses script-bearing and relative URLs', () => {
    for (const value of ['javascript:alert(1)', ' JavaScript:alert(1)', 'vbscript:msgbox', 'data:text/html,<b>x</b>', '/relative', '', 42, null]) {
      expect(safeUrl(value), String(value)).to.equal(undefined);
    }
  });

  it('admits data:image only where images are expected', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeUrl(png)).to.equal(undefined);
    expect(safeUrl(png, true)).to.equal(png);
    expect(safeUrl('data:image/svg+xml,<svg/>', true)).to.equal('data:image/svg+xml,<svg/>');
  });
});
