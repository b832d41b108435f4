import { expect, waitUntil } from '@open-wc/testing';
import type { WsisSpecialTracks } from '../../src/special-tracks/special-tracks.js';
import { tracksFeed } from './tracks-feed.js';
import { asFeed } from '../fixtures/as-feed.js';

describe('<wsis-special-tracks> under a strict Content-Security-Policy', () => {
  it('shows the track colours and sessions without any policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
      <script type="module" src="/src/define/special-tracks.ts"></script>
      </head><body>
      <wsis-special-tracks sessions now="2021-03-21T00:00:00Z" timezone="Pacific/Auckland"></wsis-special-tracks>
      </body></html>`;
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective}: ${event.sample}`),
    );
    await waitUntil(() => frame.contentWindow!.customElements.get('wsis-special-tracks'), 'not defined', {
      timeout: 5000,
    });
    const el = doc.querySelector('wsis-special-tracks') as WsisSpecialTracks;
    el.feed = asFeed(tracksFeed());
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="session"]'), 'no sessions rendered');
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part~="track"][data-id="ageing"]')!;
    const win = frame.contentWindow!;
    expect(win.getComputedStyle(card, '::before').backgroundColor).to.equal('rgb(154, 74, 0)');
    // The session rows' track dots take their colour from the adopted sheet.
    const dot = el.shadowRoot!.querySelector('[part~="session"] .track[data-track="ageing"]')!;
    expect(win.getComputedStyle(dot, '::before').backgroundColor).to.equal('rgb(154, 74, 0)');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
