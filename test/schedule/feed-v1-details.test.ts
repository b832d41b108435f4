import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/define/schedule.js';
import '../../src/define/special-tracks.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import type { WsisSpecialTracks } from '../../src/special-tracks/special-tracks.js';
import { asFeed } from '../fixtures/as-feed.js';

/**
 * Feed v1 `sessions[].organizers` (the `partner` filter and the details' organizers), Markdown
 * `description`s and `sessions[].links[]`, as <wsis-schedule> and <wsis-special-tracks> show them.
 */
const at = (time: string) => `2021-03-22T${time}:00+01:00`;
const feed = () => ({
  version: 1,
  event: { id: 'hooks', name: 'Hooks Forum', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-03-22' },
  tiers: [{ id: 'gold', name: 'Gold', rank: 1 }],
  partners: [
    { id: 'gcoa', name: 'GCOA', tier: 'gold', url: 'https://gcoa.example.org/' },
    { id: 'itu', name: 'ITU', tier: 'gold', url: 'javascript:alert(1)' },
  ],
  tracks: [
    { id: 'ageing', name: 'ICTs and Older Persons', description: 'A track for **older persons**.\n\n- one\n- two <b>raw</b>' },
    { id: 'youth', name: 'Youth' },
  ],
  sessions: [
    {
      id: 'a',
      title: 'Ageing Online',
      start: at('09:00'),
      end: at('10:00'),
      tracks: ['ageing'],
      organizers: ['gcoa', 'itu'],
      description: 'First **bold** words.\n\nSee [the report](https://example.org/report) <img src=x onerror=alert(1)>.',
      links: [
        { title: 'Slides', url: 'https://example.org/slides.pdf' },
        { title: 'Bad', url: 'javascript:alert(1)' },
      ],
    },
    { id: 'b', title: 'Youth Voices', start: at('10:00'), end: at('11:00'), tracks: ['youth'], organizers: ['itu'] },
    { id: 'c', title: 'Open Floor', start: at('11:00'), end: at('12:00'), tracks: ['ageing'] },
  ],
});

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shownIds = (el: Element) =>
  $$(el, '.list [part~="session"]')
    .filter((r) => getComputedStyle(r).display !== 'none' && !r.closest('[hidden]') && !r.hidden)
    .map((r) => r.dataset.id);

async function schedule(attrs: Record<string, string> = {}): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(feed());
  await fixture(el);
  await waitUntil(() => $(el, '[part~="session"], [part~="empty"]'), 'sessions shown');
  await el.updateComplete;
  return el;
}

async function details(el: WsisSchedule, id: string): Promise<HTMLElement> {
  el.openSession(id);
  await waitUntil(() => $(el, '[part~="details"] .facts'), 'details open');
  await el.updateComplete;
  return $(el, '[part~="details"]')!;
}

describe('<wsis-schedule partner>', () => {
  afterEach(() => fixtureCleanup());

  it('shows only the sessions the partner organizes, with a removable "Organized by" chip', async () => {
    const el = await schedule({ partner: 'gcoa' });
    expect(shownIds(el)).to.deep.equal(['a']);
    const chip = $$(el, '[part~="chip"]').find((c) => text(c).startsWith('Organized by'))!;
    expect(text(chip)).to.equal('Organized by GCOA ×');
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter Organized by GCOA');
    chip.click();
    await el.updateComplete;
    expect(el.partner).to.equal(undefined);
    expect(shownIds(el)).to.deep.equal(['a', 'b', 'c']);
  });

  it('takes a comma list of partner ids', async () => {
    const el = await schedule({ partner: 'gcoa, itu' });
    expect(shownIds(el)).to.deep.equal(['a', 'b']);
    expect(text($(el, '[part~="chip"]'))).to.equal('Organized by GCOA or ITU ×');
  });

  it('says the chip in the element\'s language', async () => {
    const el = await schedule({ partner: 'gcoa', lang: 'fr' });
    await waitUntil(() => text($(el, '[part~="chip"]')).startsWith('Organisé'), 'French chip');
    expect(text($(el, '[part~="chip"]'))).to.equal('Organisé par GCOA ×');
  });

  it('shows the empty state for a partner that organizes nothing', async () => {
    const el = await schedule({ partner: 'nobody' });
    expect(shownIds(el)).to.deep.equal([]);
    expect($(el, '[part~="empty"]')).to.exist;
  });
});

describe('<wsis-schedule> details with feed v1 additions', () => {
  afterEach(() => fixtureCleanup());

  it('lists the organizers, linked to their http(s) url only', async () => {
    const el = await schedule();
    const box = await details(el, 'a');
    const dd = box.querySelector('.organizers')!;
    expect(text(dd)).to.equal('GCOA, ITU');
    const links = [...dd.querySelectorAll('a')];
    expect(links.map((a) => [text(a), a.getAttribute('href'), a.rel])).to.deep.equal([
      ['GCOA', 'https://gcoa.example.org/', 'noopener noreferrer'],
    ]);
  });

  it('renders the description\'s Markdown as elements, raw HTML as text', async () => {
    const el = await schedule();
    const box = await details(el, 'a');
    const description = box.querySelector('.description')!;
    expect([...description.querySelectorAll('p')].map(text)).to.deep.equal([
      'First bold words.',
      'See the report <img src=x onerror=alert(1)>.',
    ]);
    expect(text(description.querySelector('strong'))).to.equal('bold');
    const link = description.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/report');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(description.querySelector('img')).to.equal(null);
  });

  it('lists the session\'s links after the description under "Links", http(s) only', async () => {
    const el = await schedule();
    const box = await details(el, 'a');
    const heading = [...box.querySelectorAll('h1,h2,h3,h4,h5,h6')].find((h) => text(h) === 'Links')!;
    expect(heading).to.exist;
    const list = box.querySelector('.session-links')!;
    expect(box.querySelector('.description')!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect([...list.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href'), a.rel])).to.deep.equal([
      ['Slides', 'https://example.org/slides.pdf', 'noopener noreferrer'],
    ]);
  });

  it('says "Links" in the element\'s language', async () => {
    const el = await schedule({ lang: 'es' });
    await waitUntil(() => text($(el, 'h2')) !== 'Programme', 'Spanish loaded');
    const box = await details(el, 'a');
    expect([...box.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(text)).to.include('Enlaces');
  });

  it('shows no Links heading nor organizers for a session without them', async () => {
    const el = await schedule();
    const box = await details(el, 'c');
    expect(box.querySelector('.session-links')).to.equal(null);
    expect(box.querySelector('.organizers')).to.equal(null);
  });
});

describe('<wsis-special-tracks> with feed v1 additions', () => {
  afterEach(() => fixtureCleanup());

  async function tracks(attrs: Record<string, string> = {}): Promise<WsisSpecialTracks> {
    const el = document.createElement('wsis-special-tracks');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.setAttribute('now', '2021-03-22T08:00:00+01:00');
    el.feed = asFeed(feed());
    await fixture(el);
    await waitUntil(() => $(el, '[part~="track"], [part~="empty"]'), 'rendered');
    await el.updateComplete;
    return el;
  }

  it('renders a track description\'s Markdown (strong, list), raw HTML as text', async () => {
    const el = await tracks();
    const description = $(el, '[data-id="ageing"] [part~="track-description"]')!;
    expect(text(description.querySelector('strong'))).to.equal('older persons');
    expect([...description.querySelectorAll('li')].map(text)).to.deep.equal(['one', 'two <b>raw</b>']);
    expect(description.querySelector('b')).to.equal(null);
  });

  it('with partner, shows only the sessions the partner organizes and the tracks that have one', async () => {
    const el = await tracks({ partner: 'gcoa', sessions: '' });
    expect($$(el, '[part~="track"]').map((t) => t.dataset.id)).to.deep.equal(['ageing']);
    expect($$(el, '[part~="track"] [part~="session"]').map((s) => s.dataset.id)).to.deep.equal(['a']);
    expect(text($(el, '[part~="track-count"]'))).to.equal('1 session in the programme');
  });

  it('with a comma list of partners, shows the sessions of any of them', async () => {
    const el = await tracks({ partner: 'gcoa,itu', sessions: '' });
    expect($$(el, '[part~="track"]').map((t) => t.dataset.id)).to.deep.equal(['ageing', 'youth']);
    expect($$(el, '[part~="track"] [part~="session"]').map((s) => s.dataset.id)).to.deep.equal(['a', 'b']);
  });
});
