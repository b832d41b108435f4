import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { asFeed } from '../fixtures/as-feed.js';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/define/schedule.js';
import type { WsisSchedule } from '../../src/schedule/schedule.js';
import { gridFeed } from './grid-feed.js';
import { itOnlyIn, missing } from '../support/engine.js';

type AxNode = { role?: string; name?: string; level?: number; description?: string; children?: AxNode[] };
const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;

async function mountGrid(lang: string, feed: unknown = gridFeed()): Promise<WsisSchedule> {
  const box = document.createElement('div');
  box.style.width = '1000px';
  const el = document.createElement('wsis-schedule');
  el.setAttribute('view', 'grid');
  el.setAttribute('lang', lang);
  el.feed = asFeed(feed);
  box.append(el);
  await fixture(box);
  await waitUntil(() => $(el, '.grid .block'), 'the grid', { timeout: 5000 });
  await waitUntil(() => lang === 'en' || !$(el, '#grid-help')?.textContent?.startsWith('Arrow'), 'the catalogue', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<wsis-schedule view="grid"> in the accessibility tree', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  for (const lang of ['en', 'ar']) {
    itOnlyIn(['chromium'], missing.a11yTree, `exposes column headings, blocks named by title, time and location, and instructions (${lang})`, async () => {
      const el = await mountGrid(lang);
      const nodes = flat((await a11ySnapshot({})) as unknown as AxNode);
      const headings = nodes.filter((n) => n.role === 'heading' && n.level === 3).map((n) => n.name);
      expect(headings).to.deep.equal(['Room A', 'Room B']);
      const grid = el.shadowRoot!.querySelector('.grid')!;
      const help = el.shadowRoot!.getElementById(grid.getAttribute('aria-describedby')!)!;
      expect(help.textContent, 'the keyboard instructions').to.match(lang === 'en' ? /^Arrow keys move between sessions/ : /مفاتيح الأسهم/);
      const block = nodes.find((n) => n.role === 'button' && n.name?.includes('Ninety Minutes'));
      // Time, title, track, location.
      expect(block?.name).to.match(/^\S+.* Ninety Minutes .* Room A$/u);
      const b2 = nodes.find((n) => n.role === 'button' && n.name?.includes('Room B Second'));
      expect(b2?.name).to.match(/ Room B$/);
    });
  }

  itOnlyIn(['chromium'], missing.a11yTree, 'puts the blocks of columns off screen in the accessibility tree too, once the grid has shown', async () => {
    const el = await mountGrid('en', gridFeed({ halls: 12 }));
    // Columns: Hall 00 … Hall 11, Room A, Room B (by name); Room B is far off screen. Columns
    // skipped at first paint are rendered in idle moments just after.
    await waitUntil(() => !el.shadowRoot!.querySelector('.grid .column:not(.laid)'), 'every column rendered', { timeout: 5000 });
    const nodes = flat((await a11ySnapshot({})) as unknown as AxNode);
    const headings = nodes.filter((n) => n.role === 'heading' && n.level === 3).map((n) => n.name);
    expect(headings).to.have.length(14);
    expect(headings.at(-1)).to.equal('Room B');
    expect(nodes.find((n) => n.role === 'button' && n.name?.includes('Room B First'))?.name).to.match(/ Room B$/);
  });

  it('puts the first tab stop on the earliest session, not the first column\'s first block', async () => {
    // Room A (first column) starts at 10:30 only; Room B has the earliest session at 09:00.
    const el = await mountGrid('en', gridFeed({ without: ['long', 'side'] }));
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.grid .block .open')].filter((b) => b.tabIndex === 0);
    expect(stops.map((b) => b.closest<HTMLElement>('.block')!.dataset.id)).to.deep.equal(['b1']);
    stops[0].focus();
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement?.closest<HTMLElement>('.block')?.dataset.id).to.equal('after');
  });
});
