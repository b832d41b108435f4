/**
 * Feed text in a right-to-left page keeps its own order: a Latin name that ends in punctuation
 * ("Huawei Technologies Co., Ltd.") or a title that ends in "?" shows its punctuation at its
 * visual end (the right), not at the left as an Arabic paragraph would put a neutral character.
 * Each case checks both the isolation (`dir="auto"` or `<bdi>` around the text) and the order the
 * browser actually drew, by the boxes of the text's last two characters.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/partner-badge.js';
import '../../src/define/partner-wall.js';
import '../../src/define/prize-winners.js';
import '../../src/define/special-tracks.js';
import '../../src/define/stats-counter.js';

const company = 'Huawei Technologies Co., Ltd.';
const question = 'Is AI ready?';

function feed() {
  return {
    version: 1,
    event: { id: 'forum', name: 'WSIS Forum 2021 (Geneva).', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-03-26' },
    tiers: [{ id: 'gold', name: 'Gold Partner, 2021.', rank: 1 }],
    partners: [
      { id: 'huawei', name: company, tier: 'gold', description: `${question} Yes.` },
      { id: 'other', name: 'Other Org', tier: 'gold' },
    ],
    prizes: [
      {
        id: 'prize',
        name: 'WSIS Prizes 2021!',
        year: 2021,
        url: 'https://example.org/prize',
        sponsors: ['huawei'],
        categories: [{ id: 'c1', name: 'Infrastructure, access.' }],
        awards: [
          { id: 'a1', recipient: company, rank: 'winner', category: 'c1', title: question, url: 'https://example.org/a1' },
          { id: 'a2', recipient: 'Team B', rank: 'champion', category: 'c1' },
        ],
      },
    ],
    tracks: [{ id: 'ai', name: question, description: 'What now?', status: 'new' }],
    sessions: [
      {
        id: 's1',
        title: 'Session one',
        start: '2021-03-22T10:00:00+01:00',
        end: '2021-03-22T11:00:00+01:00',
        tracks: ['ai'],
      },
    ],
    stats: [{ id: 'people', label: 'People online (peak)!', value: 120, unit: 'Mbit/s.', description: `${question}` }],
  };
}

/** The text node under `root` whose text is exactly `text` (trimmed). */
function textNode(root: ParentNode, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.trim() === text) return node as Text;
  }
  throw new Error(`no text node "${text}"`);
}

/** The box of the character at `index` of a text node (leading white space skipped). */
function charBox(node: Text, index: number): DOMRect {
  const start = node.data.indexOf(node.data.trim()) + index;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + 1);
  return range.getBoundingClientRect();
}

/**
 * Asserts that `text` under `root` is isolated (an ancestor inside the shadow root is a `<bdi>`
 * or has `dir="auto"`) and drawn left to right: its last character (the punctuation) to the
 * right of its first.
 */
function expectIsolated(root: ParentNode, text: string): void {
  const node = textNode(root, text);
  let isolated = false;
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.localName === 'bdi' || el.getAttribute('dir') === 'auto') isolated = true;
  }
  expect(isolated, `"${text}" is in no <bdi> or dir="auto"`).to.equal(true);
  // The last character against the one before it: on one line even where the name wraps.
  const length = node.data.trim().length;
  const before = charBox(node, length - 2);
  const last = charBox(node, length - 1);
  expect(last.width, `"${text}" is not drawn`).to.be.greaterThan(0);
  expect(last.top, `"${text}": its end is split over two lines`).to.be.closeTo(before.top, 2);
  expect(last.left, `"${text}": its last character is drawn left of the one before`).to.be.greaterThan(before.left);
}

async function shown<T extends HTMLElement>(template: ReturnType<typeof html>, ready: string): Promise<T> {
  const el = await fixture<T>(html`<div lang="ar" dir="rtl" style="inline-size: 900px">${template}</div>`);
  const widget = el.firstElementChild as T;
  await waitUntil(() => widget.shadowRoot?.querySelector(ready), `${widget.localName}: no ${ready}`, { timeout: 5000 });
  await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return widget;
}

describe('feed text in Arabic keeps its own direction', () => {
  it('partner wall: a partner without logo, its tier and its opened description', async () => {
    const el = await shown(html`<wsis-partner-wall .feed=${feed()}></wsis-partner-wall>`, '[part~="more"]');
    const root = el.shadowRoot!;
    expect(root.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expectIsolated(root, company);
    expectIsolated(root, 'Gold Partner, 2021.');
    root.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitUntil(() => !root.querySelector<HTMLElement>('[part~="description"]')!.hidden);
    expectIsolated(root, `${question} Yes.`);
  });

  it('partner card: name, tier, event, description, and the prize it sponsors inside the sentence', async () => {
    const el = await shown(html`<wsis-partner-wall partner="huawei" .feed=${feed()}></wsis-partner-wall>`, '[part~="card"]');
    const root = el.shadowRoot!;
    expectIsolated(root.querySelector('[part~="partner-name"]')!, company);
    expectIsolated(root, 'Gold Partner, 2021.');
    expectIsolated(root, 'WSIS Forum 2021 (Geneva).');
    expectIsolated(root, `${question} Yes.`);
    expectIsolated(root.querySelector('[part~="sponsorship"]')!, 'WSIS Prizes 2021!');
  });

  it('partner badge: tier and event', async () => {
    const el = await shown(html`<wsis-partner-badge partner="huawei" .feed=${feed()}></wsis-partner-badge>`, '[part~="tier"]');
    expectIsolated(el.shadowRoot!, 'Gold Partner, 2021.');
    expectIsolated(el.shadowRoot!, 'WSIS Forum 2021 (Geneva).');
  });

  it('prize winners: prize, category, award title, recipient, and the names inside link texts', async () => {
    const el = await shown(html`<wsis-prize-winners .feed=${feed()}></wsis-prize-winners>`, '[part~="award"]');
    const root = el.shadowRoot!;
    expectIsolated(root.querySelector('[part~="prize-name"]')!, 'WSIS Prizes 2021!');
    expectIsolated(root.querySelector('[part~="category-name"]')!, 'Infrastructure, access.');
    expectIsolated(root.querySelector('[part~="award-title"]')!, question);
    expectIsolated(root, company);
    expectIsolated(root.querySelector('[part~="award-link"]')!, question);
    expectIsolated(root.querySelector('[part~="prize-link"]')!, 'WSIS Prizes 2021!');
  });

  it('special tracks: the name, and the name read after "See in the programme"', async () => {
    const el = await shown(html`<wsis-special-tracks .feed=${feed()}></wsis-special-tracks>`, '[part~="track"]');
    const root = el.shadowRoot!;
    expectIsolated(root.querySelector('[part~="track-name"]')!, question);
    // The hidden name after the button's words: isolated too (one pixel box, so only the markup).
    const hidden = root.querySelector('[part~="track-select"] .visually-hidden')!;
    expect(hidden.querySelector('bdi')?.textContent).to.equal(question);
  });

  it('stats counter: label, unit and description', async () => {
    const el = await shown(
      html`<wsis-stats-counter motion="reduce" show-descriptions .feed=${feed()}></wsis-stats-counter>`,
      '[part~="stat"]',
    );
    const root = el.shadowRoot!;
    expectIsolated(root, 'People online (peak)!');
    expectIsolated(root, 'Mbit/s.');
    const description = root.querySelector('[part~="stat-description"]')!;
    expect(description.getAttribute('dir')).to.equal('auto');
  });
});
