import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import '../../src/define/partner-badge.js';
import '../../src/define/partner-wall.js';
import type { WsisPartnerBadge } from '../../src/partner-badge/partner-badge.js';

// The badge's own feed reader (partner-badge.js: badge-feed.ts and feed/read-partners.ts), seen
// from the page: the states, events and requests a visitor's browser makes.

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`) ?? undefined;
const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const demoSrc = '/demo/feeds/wsis-forum-2021.json';

let keys = 0;
/** A fresh key of the feed test routes (test/server/feed.routes.mjs): its own counts and mode. */
const newKey = () => `badge-${Date.now().toString(36)}-${keys++}`;
const setMode = (key: string, query: string) => fetch(`/test-api/feed/mode/${key}?${query}`);
const requests = async (key: string) => ((await (await fetch(`/test-api/feed/stats/${key}`)).json()) as { requests: number }).requests;

describe('<wsis-partner-badge> reads its own feed', () => {
  it('a document of another version: the error state (role=alert, Retry) and wsis-error of kind version', async () => {
    const key = newKey();
    await setMode(key, 'body=version2');
    const el = document.createElement('wsis-partner-badge') as WsisPartnerBadge;
    el.partner = 'p';
    el.src = `/test-api/feed/doc/${key}`;
    const failed = oneEvent(el, 'wsis-error');
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail.kind).to.equal('version');
      expect(detail.message).to.match(/"version" is 2; this widget reads feed version 1 only/);
      await waitUntil(() => part(el, 'error'), 'no error state');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'retry'))).to.equal('Try again');
      expect(part(el, 'badge')).to.equal(undefined);
    } finally {
      el.remove();
    }
  });

  it('Retry after a failed request reads the feed again and leaves the error state', async () => {
    const key = newKey();
    await setMode(key, 'status=500');
    const el = await fixture<WsisPartnerBadge>(html`<wsis-partner-badge src=${`/test-api/feed/doc/${key}`} partner="p"></wsis-partner-badge>`);
    await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 5000 });
    expect(text(part(el, 'error'))).to.contain('answered 500');
    await setMode(key, 'status=200');
    const loaded = oneEvent(el, 'wsis-load');
    part(el, 'retry')!.click();
    const { detail } = await loaded;
    expect(detail.feed.event.id).to.equal(key);
    // That feed has no partner "p": the document was read, and the badge says so.
    await waitUntil(() => part(el, 'empty'), 'no empty state');
    expect(part(el, 'error')).to.equal(undefined);
    expect(await requests(key)).to.equal(2);
  });

  it('a partner dropped by the reader (unknown tier) is reported in wsis-load and shows as not in the feed', async () => {
    const demo = (await (await fetch(demoSrc)).json()) as { partners: unknown[] };
    const el = await fixture<WsisPartnerBadge>(html`<wsis-partner-badge partner="ghost"></wsis-partner-badge>`);
    const loaded = oneEvent(el, 'wsis-load');
    el.feed = asFeed({ ...demo, partners: [...demo.partners, { id: 'ghost', name: 'Ghost', tier: 'diamond' }] });
    const { detail } = await loaded;
    expect(detail.warnings).to.deep.equal([
      { path: `partners[${demo.partners.length}].tier`, message: 'unknown tier "diamond"; item dropped' },
    ]);
    // The badge reads only what it shows: the other lists are left empty.
    expect(detail.feed.sessions).to.deep.equal([]);
    await waitUntil(() => part(el, 'empty'), 'no empty state');
    expect(text(part(el, 'empty'))).to.equal('This partner is not in the feed.');
  });

  it('badges naming the same feed share one request', async () => {
    const key = newKey();
    const src = `/test-api/feed/doc/${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <wsis-partner-badge src=${src} partner="a"></wsis-partner-badge>
      <wsis-partner-badge src=${src} partner="b" layout="vertical"></wsis-partner-badge>
    </div>`);
    const badges = [...wrapper.querySelectorAll('wsis-partner-badge')];
    await waitUntil(() => badges.every((b) => part(b, 'empty')), 'not both read', { timeout: 5000 });
    expect(await requests(key)).to.equal(1);
  });

  it('works next to another element that reads the same feed through the shared loader', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <wsis-partner-wall src=${demoSrc} partner="uae"></wsis-partner-wall>
      <wsis-partner-badge src=${demoSrc} partner="uae"></wsis-partner-badge>
    </div>`);
    const badge = wrapper.querySelector('wsis-partner-badge')!;
    const wall = wrapper.querySelector('wsis-partner-wall')!;
    await waitUntil(() => part(badge, 'tier') && part(wall, 'card'), 'not both rendered', { timeout: 5000 });
    expect(text(part(badge, 'tier'))).to.equal('Platinum Partner');
    expect(text(part(wall, 'card-tier'))).to.contain('Platinum Partner');
  });

  it('refresh: reads again, shows a changed document, and keeps it (with a notice) when a re-read fails', async () => {
    const key = newKey();
    const el = document.createElement('wsis-partner-badge') as WsisPartnerBadge;
    el.src = `/test-api/feed/doc/${key}`;
    el.partner = 'p';
    el.refresh = 1;
    const names: string[] = [];
    el.addEventListener('wsis-load', (event) => names.push((event.detail.feed.event.name as { en: string }).en));
    document.body.append(el);
    try {
      await waitUntil(() => names.length === 1, 'never read', { timeout: 5000 });
      await setMode(key, 'rev=2');
      await waitUntil(() => names.length === 2, 'not read again', { timeout: 5000 });
      expect(names).to.deep.equal([`Served feed ${key} rev 1`, `Served feed ${key} rev 2`]);
      await setMode(key, 'status=503');
      const failed = await oneEvent(el, 'wsis-error');
      expect(failed.detail.status).to.equal(503);
      await waitUntil(() => el.shadowRoot!.querySelector('.stale-notice'), 'no stale notice');
      expect(part(el, 'empty')).to.not.equal(undefined);
      expect(part(el, 'error')).to.equal(undefined);
    } finally {
      el.remove();
    }
  });
});
