import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { part, trapPage, widgetTags } from './inspect.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

function create(tag: string, src: string, attributes: Record<string, string> = {}): Widget {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('src', src);
  el.setAttribute('duration', '0');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const get = async (path: string) => (await fetch(path)).text();
let serial = 0;
const uniqueKey = (name: string) => `${name}-${Date.now()}-${serial++}`;

describe('faults: every element shows a clear state and no error escapes', () => {
  const failures: [string, string, string][] = [
    ['network error', 'http://127.0.0.1:9/feed.json', 'network'],
    ['404', '/test-api/status/404', 'http'],
    ['500', '/test-api/status/500', 'http'],
    ['invalid JSON', '/test-api/invalid.json', 'parse'],
    ['version 2', '/test-api/version-2.json', 'version'],
  ];

  for (const tag of widgetTags) {
    for (const [name, src, kind] of failures) {
      it(`<${tag}> on a ${name} shows an alert with a retry button and fires wsis-error (${kind})`, async () => {
        const traps = trapPage();
        const el = create(tag, src);
        try {
          const failed = oneEvent(el, 'wsis-error');
          document.body.append(el);
          const event = await failed;
          expect(event.detail.kind).to.equal(kind);
          await el.updateComplete;
          const alert = part(el, 'error')!;
          expect(alert.getAttribute('role')).to.equal('alert');
          expect(alert.querySelector('button')).to.exist;
          expect(traps.errors).to.deep.equal([]);
        } finally {
          traps.release();
          el.remove();
        }
      });
    }

    it(`<${tag}> shows its loading state during a slow answer, then the data`, async () => {
      const el = create(tag, '/test-api/slow/600', { now: '2021-03-22T10:30:00+01:00' });
      document.body.append(el);
      await el.updateComplete;
      expect(part(el, 'loading'), 'loading while waiting').to.exist;
      await waitUntil(() => !part(el, 'loading'), 'never left loading', { timeout: 4000 });
      expect(part(el, 'error')).to.equal(null);
      el.remove();
    });

    it(`<${tag}> removed mid-request aborts the request without an error`, async () => {
      const traps = trapPage();
      const key = uniqueKey(tag);
      const el = create(tag, `/test-api/hang/${key}`);
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve, 150));
      el.remove();
      try {
        await waitUntil(async () => (await get(`/test-api/aborted/${key}`)) === 'yes', 'request not aborted', {
          timeout: 3000,
          interval: 100,
        });
        expect(traps.errors).to.deep.equal([]);
      } finally {
        traps.release();
      }
    });
  }

  it('keeps the good document with a quiet note when a refresh fails', async () => {
    const key = uniqueKey('refresh');
    const el = create('wsis-partner-wall', `/test-api/flaky/${key}`, { refresh: '1' });
    const loaded = oneEvent(el, 'wsis-load');
    document.body.append(el);
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('.stale-notice'), 'no notice after the failed refresh', {
      timeout: 6000,
    });
    expect(el.shadowRoot!.querySelectorAll('[part~="partner"]').length).to.equal(12);
    expect(part(el, 'error')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.stale-notice')?.textContent).to.contain('Could not update');
    el.remove();
  });

  it('shares one request between five elements on the same feed, and two feeds get two', async () => {
    const same = uniqueKey('same');
    const other = uniqueKey('other');
    const elements = widgetTags.map((tag) => create(tag, `/test-api/counted/${same}`));
    elements.push(create('wsis-partner-wall', `/test-api/counted/${other}`));
    const loads = elements.map((el) => oneEvent(el, 'wsis-load'));
    document.body.append(...elements);
    await Promise.all(loads);
    expect(await get(`/test-api/count/${same}`)).to.equal('1');
    expect(await get(`/test-api/count/${other}`)).to.equal('1');
    elements.forEach((el) => el.remove());
  });
});
