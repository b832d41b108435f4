import { expect } from '@open-wc/testing';
import { palette } from '../../src/styles/tokens.js';

/** WCAG 2.2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('colour tokens meet WCAG 2.2 AA', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).to.equal(21);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });

  for (const [theme, colours] of Object.entries(palette)) {
    describe(`${theme} theme`, () => {
      for (const background of ['surface', 'surface-alt'] as const) {
        for (const text of ['text', 'muted', 'accent', 'danger', 'success'] as const) {
          it(`${text} text on ${background}: at least 4.5:1`, () => {
            expect(contrast(colours[text], colours[background])).to.be.at.least(4.5);
          });
        }
        for (const control of ['border-strong', 'focus'] as const) {
          it(`${control} (a control's edge, the focus ring) against ${background}: at least 3:1`, () => {
            expect(contrast(colours[control], colours[background])).to.be.at.least(3);
          });
        }
      }
      it('on-accent text on the accent (buttons): at least 4.5:1', () => {
        expect(contrast(colours['on-accent'], colours.accent)).to.be.at.least(4.5);
      });
    });
  }
});
