import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { gridFeed } from './grid-feed.js';
import { engine, itOnlyIn, missing } from '../support/engine.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A feed whose texts end in neutral characters: wrongly ordered in a right-to-left page unless isolated. */
function bidiFeed() {
  const feed = gridFeed();
  feed.sessions[0] = { ...feed.sessions[0], title: 'Huawei Technologies, Ltd.', location: 'Room C2.' };
  return feed;
}

async function mount(attrs: Record<string, string>, feed: unknown = gridFeed()): Promise<WsisSchedule> {
  const el = document.createElement('wsis-schedule');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = asFeed(feed);
  await fixture(el);
  await waitUntil(() => $(el, '[part~="my-schedule"] [aria-pressed]'), 'rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Whether the last character of an element's text is drawn after (to the right of) its first. */
function endsOnTheRight(element: Element): boolean {
  const textNode = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const range = document.createRange();
  const content = textNode.textContent!;
  range.setStart(textNode, 0);
  range.setEnd(textNode, 1);
  const first = range.getBoundingClientRect();
  range.setStart(textNode, content.length - 1);
  range.setEnd(textNode, content.length);
  const last = range.getBoundingClientRect();
  return last.left > first.left;
}

describe('<wsis-schedule> accessibility past axe', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    fixtureCleanup();
    localStorage.clear();
    if (engine === 'chromium') await emulateMedia({ forcedColors: 'none' });
  });

  itOnlyIn(['chromium'], missing.cssMedia, '"My schedule" looks different pressed and unpressed, in forced colours too, and not by colour only', async () => {
    const el = await mount({});
    const toggle = $$(el, '[part~="my-schedule"] button').find((b) => b.hasAttribute('aria-pressed'))!;
    const look = () => {
      const style = getComputedStyle(toggle);
      return { background: style.backgroundColor, weight: style.fontWeight, glyph: text(toggle.querySelector('[aria-hidden]')) };
    };
    const off = look();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const on = look();
    expect(on.background).to.not.equal(off.background);
    expect(on.weight).to.not.equal(off.weight);
    expect([off.glyph, on.glyph]).to.deep.equal(['☆', '★']);
    await emulateMedia({ forcedColors: 'active' });
    const forcedOn = look();
    toggle.click();
    await el.updateComplete;
    const forcedOff = look();
    expect(forcedOn.background).to.not.equal(forcedOff.background);
  });

  it('isolates feed text in Arabic: "Huawei Technologies, Ltd." keeps its full stop at the end', async () => {
    const el = await mount({ lang: 'ar', location: 'Room C2.' }, bidiFeed());
    const row = $(el, '.list [data-id="long"]')!;
    const title = row.querySelector('.title')!;
    expect(title.getAttribute('dir')).to.equal('auto');
    expect(endsOnTheRight(title)).to.be.true;
    const place = row.querySelector('.place bdi')!;
    expect(text(place)).to.equal('Room C2.');
    expect(endsOnTheRight(place)).to.be.true;
    expect(row.querySelector('.speakers')!.getAttribute('dir')).to.equal('auto');
    const chipValue = $(el, '.chips .chip bdi')!;
    expect(text(chipValue)).to.equal('Room C2.');
    expect(endsOnTheRight(chipValue)).to.be.true;
  });

  it('reads separators between the parts of a session\'s meta line', async () => {
    for (const [lang, separator] of [
      ['en', ', '],
      ['zh', '，'],
      ['ar', '، '],
    ]) {
      const el = await mount({ lang });
      const meta = $(el, '.list [data-id="long"] .meta')!;
      const parts = [...meta.children].map((c) => (c.classList.contains('visually-hidden') ? `[${c.textContent}]` : 'part'));
      // Workshop, Youth, In person · Room A, English.
      expect(parts, lang).to.deep.equal(['part', `[${separator}]`, 'part', `[${separator}]`, 'part', `[${separator}]`, 'part']);
      fixtureCleanup();
    }
  });

  it('punctuates labels as each language does: French narrow no-break space, Chinese full-width colon, local quotes', async () => {
    const cases: [string, string][] = [
      ['en', 'Search: “Room”'],
      ['fr', 'Rechercher\u202F: «\u202FRoom\u202F»'],
      ['zh', '搜索：“Room”'],
      ['ru', 'Поиск: «Room»'],
    ];
    for (const [lang, expected] of cases) {
      const el = await mount({ lang, query: 'Room' });
      const chipText = () => ($(el, '.chips .chip')?.textContent ?? '').replace(/[ \n\t]+/g, ' ').replace(' ×', '').trim();
      // The catalogue of a language other than English loads on demand.
      await waitUntil(() => lang === 'en' || !chipText().startsWith('Search'), `the ${lang} catalogue`, { timeout: 5000 });
      expect(chipText(), lang).to.equal(expected);
      fixtureCleanup();
    }
  });

  itOnlyIn(['chromium'], missing.a11yTree, 'has a session row in the accessibility tree (title button, star toggle) in en and ar', async () => {
    type Node = { role?: string; name?: string; pressed?: boolean | string; haspopup?: string; children?: Node[] };
    const flat = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(flat)];
    const star = { en: 'Add “Huawei Technologies, Ltd.” to my schedule', ar: 'Huawei Technologies, Ltd.' };
    for (const lang of ['en', 'ar'] as const) {
      await mount({ lang }, bidiFeed());
      const nodes = flat((await a11ySnapshot({})) as unknown as Node);
      const open = nodes.find((n) => n.role === 'button' && n.name === 'Huawei Technologies, Ltd.');
      expect(open, `${lang}: the row's title button`).to.exist;
      expect(open!.haspopup, lang).to.equal('dialog');
      const starNode = nodes.find((n) => n.role === 'button' && n.name !== open!.name && n.name?.includes(star[lang]));
      expect(starNode, `${lang}: the row's star`).to.exist;
      expect(starNode!.pressed, lang).to.equal(false);
      expect(nodes.some((n) => n.role === 'StaticText' && n.name === 'Room A'), `${lang}: the place`).to.be.true;
      fixtureCleanup();
    }
  });
});
