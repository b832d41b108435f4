import { expect, waitUntil } from '@open-wc/testing';
import { leftLoading, part, widgetTags } from './inspect.js';

type PageWindow = Window & { __violations: string[]; __errors: string[] };

async function openPage(path: string, width = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => widgetTags.every((tag) => {
      const el = doc.querySelector(tag);
      return el !== null && leftLoading(el);
    }),
    `the five elements did not render in ${path}`,
    { timeout: 8000 },
  );
  return frame;
}

function rootBox(frame: HTMLIFrameElement, tag: string) {
  const el = frame.contentDocument!.querySelector(tag)!;
  const root = el.shadowRoot!.querySelector('.root')!;
  const style = getComputedStyle(root);
  return {
    height: el.getBoundingClientRect().height,
    width: el.getBoundingClientRect().width,
    fontSize: style.fontSize,
    color: style.color,
    display: getComputedStyle(el).display,
  };
}

describe('hostile host pages', () => {
  it('renders all five elements under a strict Content-Security-Policy with no violation', async () => {
    const frame = await openPage('/test/pages/csp.html');
    const win = frame.contentWindow as PageWindow;
    for (const tag of widgetTags) {
      const el = frame.contentDocument!.querySelector(tag)!;
      expect(part(el, 'error'), `${tag} error`).to.equal(null);
      expect(el.shadowRoot!.textContent!.trim(), tag).not.to.equal('');
    }
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });

  it('keeps layout, size and colours under aggressive global CSS', async () => {
    const plain = await openPage('/test/pages/plain.html');
    const hostile = await openPage('/test/pages/hostile-css.html');
    for (const tag of widgetTags) {
      const normal = rootBox(plain, tag);
      const attacked = rootBox(hostile, tag);
      expect(attacked.display, `${tag} display`).to.equal('block');
      expect(attacked.fontSize, `${tag} font size`).to.equal(normal.fontSize);
      expect(attacked.color, `${tag} text colour`).to.equal(normal.color);
      expect(attacked.color, `${tag} text colour`).not.to.equal('rgb(255, 0, 0)');
      expect(Math.abs(attacked.height - normal.height), `${tag} height ${attacked.height} vs ${normal.height}`).to.be.below(normal.height * 0.15 + 4);
    }
    expect((hostile.contentWindow as PageWindow).__errors).to.deep.equal([]);
    plain.remove();
    hostile.remove();
  });
});
