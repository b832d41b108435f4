import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { backoffDelay, feedRegistrySize, loadFeed, subscribeFeed } from '../../src/feed/load.js';
import { FeedError } from '../../src/feed/errors.js';
import { textFor } from '../../src/feed/text.js';
import type { Feed } from '../../src/feed/types.js';
import { WsisElement } from '../../src/internal/wsis-element.js';
import { itOnlyIn, missing } from '../support/engine.js';
import { asFeed } from '../fixtures/as-feed.js';

// Loader tests against the real routes of test/server/feed.routes.mjs.

class FeedWidget extends WsisElement {
  protected override renderFeed(feed: Feed) {
    return litHtml`${this.heading(0, textFor(feed.event.name, 'en'))}`;
  }
}
customElements.define('test-feed-widget', FeedWidget);

let counter = 0;
/** A fresh key per test, so that counts and the shared registry never mix between tests. */
const newKey = (name: string) => `${name}-${Date.now().toString(36)}-${counter++}`;
// No extension: the test server gives any path with one a year-long cache-control.
const docUrl = (key: string) => `/test-api/feed/doc/${key}`;
const absolute = (key: string) => new URL(docUrl(key), document.baseURI).href;
const stats = async (key: string) =>
  (await (await fetch(`/test-api/feed/stats/${key}`)).json()) as {
    requests: number;
    conditional: number;
    notModified: number;
    aborted: number;
    completed: number;
  };
const setMode = (key: string, mode: Record<string, string | number>) =>
  fetch(`/test-api/feed/mode/${key}?${new URLSearchParams(Object.entries(mode).map(([k, v]) => [k, String(v)]))}`);

const heading = (el: Element) => el.shadowRoot!.querySelector('h2')?.textContent ?? '';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

async function widget(src: string, refresh?: number): Promise<FeedWidget> {
  const el = document.createElement('test-feed-widget') as FeedWidget;
  el.src = src;
  if (refresh) el.refresh = refresh;
  document.body.append(el);
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('test-feed-widget')) el.remove();
});

describe('feed loader: answers', () => {
  it('reads a 200 answer, resolves relative URLs against the feed URL, and fires wsis-load', async () => {
    const key = newKey('ok');
    const el = document.createElement('test-feed-widget') as FeedWidget;
    const loaded = oneEvent(el, 'wsis-load');
    el.src = docUrl(key);
    document.body.append(el);
    const { detail } = await loaded;
    await el.updateComplete;
    expect(heading(el)).to.equal(`Served feed ${key} rev 1`);
    expect(detail.warnings).to.deep.equal([]);
    expect(detail.feed.event.url).to.equal(new URL('/test-api/feed/doc/event.html', location.href).href);
    expect(detail.feed.sessions[0].url).to.equal(new URL('/test-api/feed/doc/sessions/s1.html', location.href).href);
    await expect(el).to.be.accessible();
  });

  it('reports a 404 as kind http with the URL and the status in words', async () => {
    const key = newKey('missing');
    await setMode(key, { status: 404 });
    const el = document.createElement('test-feed-widget') as FeedWidget;
    const failed = oneEvent(el, 'wsis-error');
    el.src = docUrl(key);
    document.body.append(el);
    const { detail } = await failed;
    expect(detail).to.deep.equal({
      kind: 'http',
      status: 404,
      message: `The feed at ${absolute(key)} answered 404 Not Found`,
    });
    await el.updateComplete;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent).to.contain('answered 404 Not Found');
  });

  it('reports a 500 as kind http', async () => {
    const key = newKey('broken');
    await setMode(key, { status: 500 });
    const el = await widget(docUrl(key));
    const { detail } = await oneEvent(el, 'wsis-error');
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(500);
    expect(detail.message).to.equal(`The feed at ${absolute(key)} answered 500 Internal Server Error`);
  });

  it('reports a body that is not JSON as kind parse', async () => {
    const key = newKey('invalid');
    await setMode(key, { body: 'invalid' });
    const el = await widget(docUrl(key));
    const { detail } = await oneEvent(el, 'wsis-error');
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.match(new RegExp(`^The feed at ${absolute(key).replace(/[.?]/g, '\\$&')} is not valid JSON`));
  });

  it('says so when the URL answers an HTML page instead of the feed', async () => {
    const key = newKey('html');
    await setMode(key, { body: 'html' });
    const el = await widget(docUrl(key));
    const { detail } = await oneEvent(el, 'wsis-error');
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.contain('It answered an HTML page');
  });

  it('refuses an unknown version with kind version, naming the version it reads', async () => {
    const key = newKey('v2');
    await setMode(key, { body: 'version2' });
    const el = await widget(docUrl(key));
    const { detail } = await oneEvent(el, 'wsis-error');
    expect(detail.kind).to.equal('version');
    expect(detail.message).to.contain('is 2; this widget reads feed version 1 only');
  });

  it('names Access-Control-Allow-Origin when a cross-origin request fails', async () => {
    // Another origin (port 9 refuses connections): fetch rejects with a TypeError, as it does for CORS.
    const el = await widget('http://127.0.0.1:9/feed.json');
    const { detail } = await oneEvent(el, 'wsis-error');
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.contain('http://127.0.0.1:9/feed.json');
    expect(detail.message).to.contain('Access-Control-Allow-Origin');
  });

  it('shows the loading state during a slow answer, then the feed', async () => {
    const key = newKey('slow');
    await setMode(key, { delay: 600 });
    const el = await widget(docUrl(key));
    await el.updateComplete;
    expect(part(el, 'loading')).to.exist;
    await expect(el).to.be.accessible();
    await oneEvent(el, 'wsis-load');
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(null);
    expect(heading(el)).to.contain(key);
  });

  it('reads again with the Retry button after a failure', async () => {
    const key = newKey('retry');
    await setMode(key, { status: 503 });
    const el = await widget(docUrl(key));
    await oneEvent(el, 'wsis-error');
    await el.updateComplete;
    await setMode(key, { status: 200 });
    const loaded = oneEvent(el, 'wsis-load');
    (part(el, 'retry') as HTMLButtonElement).click();
    await loaded;
    await el.updateComplete;
    expect(heading(el)).to.contain(key);
    expect((await stats(key)).requests).to.equal(2);
  });
});

describe('feed loader: one shared request', () => {
  it('makes one request for five elements naming the same URL', async () => {
    const key = newKey('five');
    await setMode(key, { delay: 200 });
    const els = await Promise.all([1, 2, 3, 4, 5].map(() => widget(docUrl(key))));
    await waitUntil(() => els.every((el) => heading(el).includes(key)), 'all five render');
    expect((await stats(key)).requests).to.equal(1);
  });

  it('makes one request for elements added after the document arrived, and relative or absolute spellings', async () => {
    const key = newKey('later');
    const first = await widget(docUrl(key));
    await oneEvent(first, 'wsis-load');
    const second = await widget(absolute(key));
    await waitUntil(() => heading(second).includes(key));
    expect((await stats(key)).requests).to.equal(1);
  });

  it('shares the request with a second copy of the library on the page', async () => {
    const key = newKey('copies');
    await setMode(key, { delay: 200 });
    // The same module under another URL is another instance: a second copy of the loader.
    const secondCopy = '../../src/feed/load.ts?second-copy';
    const other = (await import(/* @vite-ignore */ secondCopy)) as typeof import('../../src/feed/load.js');
    expect(other.subscribeFeed).not.to.equal(subscribeFeed);
    const el = await widget(docUrl(key));
    const result = await other.loadFeed(absolute(key));
    await waitUntil(() => heading(el).includes(key));
    expect(textFor(result.feed.event.name, 'en')).to.contain(key);
    expect((await stats(key)).requests).to.equal(1);
  });

  it('aborts the request when the last element that needs it leaves the page', async () => {
    const key = newKey('abort');
    await setMode(key, { delay: 5000 });
    const a = await widget(docUrl(key));
    const b = await widget(docUrl(key));
    await waitUntil(async () => (await stats(key)).requests === 1, 'the request reaches the server');
    a.remove();
    await aTimeout(150);
    expect((await stats(key)).aborted).to.equal(0);
    b.remove();
    await waitUntil(async () => (await stats(key)).aborted === 1, 'the server sees the request aborted');
    expect(feedRegistrySize()).to.equal(0);
  });

  it('keeps showing its document when moved within the page', async () => {
    const key = newKey('moved');
    const el = await widget(docUrl(key));
    await oneEvent(el, 'wsis-load');
    await el.updateComplete;
    const box = document.createElement('section');
    document.body.append(box);
    box.append(el);
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(null);
    expect(heading(el)).to.contain(key);
    box.remove();
  });

  it('shows the loading state, then the new feed, when src changes', async () => {
    const first = newKey('first');
    const second = newKey('second');
    await setMode(second, { delay: 300 });
    const el = await widget(docUrl(first));
    await oneEvent(el, 'wsis-load');
    el.src = docUrl(second);
    await el.updateComplete;
    expect(part(el, 'loading')).to.exist;
    await oneEvent(el, 'wsis-load');
    await el.updateComplete;
    expect(heading(el)).to.contain(second);
    await waitUntil(() => feedRegistrySize() === 1, 'the first feed is left');
  });

  it('shows the later src when the earlier one, still read for another element, answers after it', async () => {
    const slow = newKey('slow-shared');
    const fast = newKey('fast');
    await setMode(slow, { delay: 600 });
    const el = await widget(docUrl(slow));
    const other = await widget(docUrl(slow));
    await waitUntil(async () => (await stats(slow)).requests === 1);
    const loads: string[] = [];
    el.addEventListener('wsis-load', (event) => loads.push((event as CustomEvent<{ feed: Feed }>).detail.feed.event.id));
    el.src = docUrl(fast);
    await waitUntil(() => heading(el).includes(fast), 'the later src is shown');
    // The first request goes on for the other element; its answer is not this element's any more.
    await waitUntil(() => heading(other).includes(slow), 'the earlier src answers', { timeout: 5000 });
    await aTimeout(50);
    expect(heading(el)).to.contain(fast);
    expect(loads).to.have.length(1);
    expect(loads[0]).to.contain(fast);
    expect(el.feedState.status).to.equal('ready');
  });

  it('reads again when an element that left mid-request comes back', async () => {
    const key = newKey('back');
    await setMode(key, { delay: 400 });
    const el = await widget(docUrl(key));
    await waitUntil(async () => (await stats(key)).requests === 1);
    el.remove();
    await setMode(key, { delay: 0 });
    document.body.append(el);
    await waitUntil(() => heading(el).includes(key), 'renders after coming back');
  });
});

describe('feed loader: another origin', () => {
  // The page is on localhost; 127.0.0.1 is the same server under another origin.
  const otherOrigin = (key: string, cors: boolean) => {
    const url = new URL(`/test-api/feed/doc/${key}${cors ? '?cors=1' : ''}`, location.href);
    url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    return url.href;
  };

  it('reads a feed whose server sends Access-Control-Allow-Origin', async () => {
    const key = newKey('cors');
    const el = await widget(otherOrigin(key, true));
    await oneEvent(el, 'wsis-load');
    await el.updateComplete;
    expect(heading(el)).to.contain(key);
  });

  it('names Access-Control-Allow-Origin when the server does not send it', async () => {
    const key = newKey('nocors');
    const el = await widget(otherOrigin(key, false));
    const { detail } = await oneEvent(el, 'wsis-error');
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.contain('must allow this page to read it by sending the header Access-Control-Allow-Origin');
    expect((await stats(key)).requests).to.equal(1);
  });

  itOnlyIn(['chromium', 'firefox'], missing.httpCache, 're-reads without a preflight: the browser revalidates, and an unchanged feed is not read again', async () => {
    const key = newKey('cors-refresh');
    const el = await widget(otherOrigin(key, true), 0.25);
    const first = await oneEvent(el, 'wsis-load');
    let loads = 0;
    el.addEventListener('wsis-load', () => loads++);
    await waitUntil(async () => (await stats(key)).requests >= 3, 'two re-reads', { timeout: 4000 });
    // The browser's cache sent the validator (the page itself never sets If-None-Match cross-origin).
    expect((await stats(key)).notModified).to.be.at.least(1);
    expect(loads).to.equal(0);
    expect((el as unknown as { feedState: { feed: Feed } }).feedState.feed).to.equal(first.detail.feed);
    await setMode(key, { rev: 2 });
    await oneEvent(el, 'wsis-load');
    await el.updateComplete;
    expect(heading(el)).to.contain('rev 2');
  });
});

describe('feed loader: refresh', () => {
  it('re-reads with If-None-Match and keeps the same document on 304', async () => {
    const key = newKey('etag');
    const el = await widget(docUrl(key), 0.25);
    const first = await oneEvent(el, 'wsis-load');
    let loads = 0;
    el.addEventListener('wsis-load', () => loads++);
    await waitUntil(async () => (await stats(key)).notModified >= 2, 'two 304 answers', { timeout: 4000 });
    const count = await stats(key);
    expect(count.conditional).to.be.at.least(2);
    expect(loads).to.equal(0);
    expect((el as unknown as { feedState: { feed: Feed } }).feedState.feed).to.equal(first.detail.feed);
  });

  it('shows a changed document after a re-read', async () => {
    const key = newKey('change');
    const el = await widget(docUrl(key), 0.25);
    await oneEvent(el, 'wsis-load');
    await setMode(key, { rev: 2 });
    await oneEvent(el, 'wsis-load');
    await el.updateComplete;
    expect(heading(el)).to.equal(`Served feed ${key} rev 2`);
  });

  it('keeps the good document on screen when a re-read fails, with a quiet notice, and recovers', async () => {
    const key = newKey('stale');
    const el = await widget(docUrl(key), 0.25);
    await oneEvent(el, 'wsis-load');
    await setMode(key, { status: 500 });
    const { detail } = await oneEvent(el, 'wsis-error');
    expect(detail.status).to.equal(500);
    await el.updateComplete;
    expect(heading(el)).to.contain(key);
    expect(part(el, 'error')).to.equal(null);
    const notice = el.shadowRoot!.querySelector('.stale-notice');
    expect(notice?.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    await setMode(key, { status: 200, rev: 3 });
    await waitUntil(() => heading(el).includes('rev 3'), 'the new document', { timeout: 5000 });
    await waitUntil(() => !el.shadowRoot!.querySelector('.stale-notice'), 'the notice goes');
  });

  it('does not re-read while the page is hidden, and reads once it is shown again', async () => {
    const key = newKey('hidden');
    const el = await widget(docUrl(key), 0.2);
    await oneEvent(el, 'wsis-load');
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      const before = (await stats(key)).requests;
      await aTimeout(700);
      expect((await stats(key)).requests).to.be.at.most(before + 1);
      const paused = (await stats(key)).requests;
      await aTimeout(500);
      expect((await stats(key)).requests).to.equal(paused);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    const paused = (await stats(key)).requests;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(async () => (await stats(key)).requests > paused, 'a read once shown');
  });

  it('backs off exponentially with jitter after failures, up to a ceiling', () => {
    expect(backoffDelay(10_000, 0, 0.5)).to.equal(10_000);
    const low = [1, 2, 3, 4].map((n) => backoffDelay(10_000, n, 0));
    const high = [1, 2, 3, 4].map((n) => backoffDelay(10_000, n, 1));
    expect(high).to.deep.equal([10_000, 20_000, 40_000, 80_000]);
    expect(low).to.deep.equal([5_000, 10_000, 20_000, 40_000]);
    expect(backoffDelay(60_000, 30, 1)).to.equal(15 * 60 * 1000);
  });
});

describe('feed loader: API', () => {
  it('loadFeed gives the document and rejects with a FeedError', async () => {
    const key = newKey('api');
    const result = await loadFeed(absolute(key));
    expect(result.feed.sessions.map((s) => s.id)).to.deep.equal(['s1']);
    const bad = newKey('api-bad');
    await setMode(bad, { status: 410 });
    const error = await loadFeed(absolute(bad)).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).message).to.contain('answered 410 Gone');
  });

  it('an abandoned wait rejects without aborting the shared request', async () => {
    const key = newKey('signal');
    await setMode(key, { delay: 300 });
    const keep = subscribeFeed(absolute(key), 0, () => {});
    const controller = new AbortController();
    const waiting = keep.next(controller.signal);
    controller.abort();
    const error = await waiting.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
    const result = await keep.next();
    expect(result.feed.event.id).to.equal(key);
    keep.unsubscribe();
    expect((await stats(key)).aborted).to.equal(0);
  });
});

describe('feed controller with .feed', () => {
  it('reads an object handed over, resolving relative URLs against the page', async () => {
    const el = await fixture<FeedWidget>(html`<test-feed-widget></test-feed-widget>`);
    const loaded = oneEvent(el, 'wsis-load');
    el.feed = asFeed({
      version: 1,
      event: { id: 'x', name: 'Object feed', timezone: 'UTC', start: '2021-01-01', end: '2021-01-01', url: 'about.html' },
    });
    const { detail } = await loaded;
    expect(detail.feed.event.url).to.equal(new URL('about.html', document.baseURI).href);
  });

  it('keeps the last good object when a refused one follows', async () => {
    const el = await fixture<FeedWidget>(html`<test-feed-widget></test-feed-widget>`);
    el.feed = asFeed({ version: 1, event: { id: 'x', name: 'Good', timezone: 'UTC', start: '2021-01-01', end: '2021-01-02' } });
    await oneEvent(el, 'wsis-load');
    const failed = oneEvent(el, 'wsis-error');
    el.feed = asFeed({ version: 3 });
    expect((await failed).detail.kind).to.equal('version');
    await el.updateComplete;
    expect(heading(el)).to.equal('Good');
    expect(el.shadowRoot!.querySelector('.stale-notice')).to.exist;
  });
});
