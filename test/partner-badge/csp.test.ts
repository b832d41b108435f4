import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WsisPartnerBadge } from '../../src/partner-badge/partner-badge.js';

describe('<wsis-partner-badge> under a strict Content-Security-Policy', () => {
  it('renders and takes keyboard focus without any policy violation or inline style', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:">
      <script type="module" src="/src/define/partner-badge.ts"></script>
      </head><body>
      <a href="#before">before</a>
      <wsis-partner-badge src="/demo/feeds/wsis-forum-2021.json" partner="gcoa" layout="vertical"></wsis-partner-badge>
      </body></html>`;
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
    const el = doc.querySelector('wsis-partner-badge') as WsisPartnerBadge;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="badge"]'), 'no badge rendered', { timeout: 5000 });
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    // Styles came from the adopted sheets: the tier is bold, the badge a vertical flex box.
    const win = frame.contentWindow!;
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part~="tier"]')!).fontWeight).to.equal('700');
    expect(win.getComputedStyle(link).flexDirection).to.equal('column');
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    // Keyboard: Tab from the link before reaches the badge's link, which shows a focus ring.
    frame.focus();
    doc.querySelector<HTMLAnchorElement>('a[href="#before"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(win.getComputedStyle(link).outlineStyle).to.not.equal('none');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
