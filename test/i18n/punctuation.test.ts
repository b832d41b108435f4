/**
 * Each language's own punctuation, in every string of every catalogue and where the elements
 * put catalogue strings together with feed text: French puts a narrow no-break space (U+202F)
 * before ":" ";" "?" "!" and inside « »; Chinese writes "：" "，" "（）" and “” quotes; Arabic
 * writes "،" "؛" "؟" and « » quotes; Russian, Spanish and French quote with « ».
 * (test/build/punctuation-source.node.test.mjs checks that code writes none of it itself.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Catalog, Messages } from '../../src/i18n/catalog.js';
import { commonMessages } from '../../src/i18n/common/index.js';
import type { UiLanguage } from '../../src/i18n/languages.js';
import { partnerBadgeMessages } from '../../src/partner-badge/messages/index.js';
import { partnerWallMessages } from '../../src/partner-wall/messages/index.js';
import { prizeWinnersMessages } from '../../src/prize-winners/messages/index.js';
import { scheduleMessages } from '../../src/schedule/messages/index.js';
import { planMessages } from '../../src/schedule/messages/plan/index.js';
import { specialTracksMessages } from '../../src/special-tracks/messages/index.js';
import { statsCounterMessages } from '../../src/stats-counter/messages/index.js';
import '../../src/define/partner-wall.js';
import '../../src/define/prize-winners.js';
import '../../src/define/special-tracks.js';

const catalogues: Record<string, Catalog<Messages>> = {
  common: commonMessages,
  partnerBadge: partnerBadgeMessages,
  partnerWall: partnerWallMessages,
  prizeWinners: prizeWinnersMessages,
  schedule: scheduleMessages,
  plan: planMessages,
  specialTracks: specialTracksMessages,
  statsCounter: statsCounterMessages,
};

/** Every string of a catalogue; a message that takes values is called with "X" for each (plural category "other"). */
function strings(messages: Messages): [string, string][] {
  return Object.entries(messages).map(([key, message]) => [
    key,
    typeof message === 'function' ? (message as (...args: string[]) => string)('X', 'other', 'X', 'other') : message,
  ]);
}

const nnbsp = '\u202F';
/** What each language must not write, with why. */
const wrong: Record<UiLanguage, [RegExp, string][]> = {
  en: [[/[«»「」"]/, 'English quotes with “ ”']],
  fr: [
    [new RegExp(`[^${nnbsp}][:;?!]`), 'a narrow no-break space before : ; ? !'],
    [new RegExp(`«[^${nnbsp}\u00A0]|[^${nnbsp}\u00A0]»`), 'a no-break space inside « »'],
    [/[“”"]/, 'French quotes with « »'],
  ],
  es: [[/[“”"]/, 'Spanish quotes with « »']],
  ru: [[/[“”"]/, 'Russian quotes with « »']],
  ar: [
    [/[,;?]/, 'Arabic writes ، ؛ ؟'],
    [/[“”"]/, 'Arabic quotes with « »'],
  ],
  zh: [
    [/[\u4e00-\u9fff][:;,!?()]|[:;,!?()][\u4e00-\u9fff]/, 'Chinese writes full-width ： ； ， ！ ？ （ ） beside Chinese text'],
    [/[«»"]/, 'Chinese quotes with “ ”'],
  ],
};

describe('every catalogue string in its language’s punctuation', () => {
  for (const language of ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const) {
    it(`${language}`, async () => {
      const problems: string[] = [];
      for (const [name, catalog] of Object.entries(catalogues)) {
        for (const [key, text] of strings(await catalog.load(language))) {
          for (const [pattern, rule] of wrong[language]) {
            if (pattern.test(text)) problems.push(`${name}.${key}: ${JSON.stringify(text)} (${rule})`);
          }
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

/** Text with runs of white space other than U+202F collapsed. */
const said = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim();

async function rendered<T extends HTMLElement>(template: ReturnType<typeof html>, ready: string): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName}: no ${ready}`, { timeout: 5000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const tracksFeed = () => ({
  version: 1,
  event: { id: 'f', name: 'Forum', timezone: 'Europe/Zurich', start: '2021-03-22', end: '2021-03-26' },
  tracks: [{ id: 'ai', name: 'AI', status: 'new' }],
  sessions: [{ id: 's', title: 'S', start: '2021-03-22T10:00:00+01:00', end: '2021-03-22T11:00:00+01:00', tracks: ['ai'] }],
});

describe('punctuation as the elements show it', () => {
  const statusOf = (el: Element) => said(el.shadowRoot!.querySelector('[part~="track-status"]'));
  const forTrack = (el: Element) => said(el.shadowRoot!.querySelector('[part~="track-select"] .visually-hidden'));

  it('special tracks: the status said after "Status:" and the track named after its button, per language', async () => {
    const expected = {
      en: ['Status: New', '(AI)'],
      fr: [`Statut${nnbsp}: Nouveau`, '(AI)'],
      zh: ['状态：新增', '（AI）'],
      ar: ['الحالة: جديد', '(AI)'],
    };
    for (const [lang, [status, track]] of Object.entries(expected)) {
      const el = await rendered(html`<wsis-special-tracks lang=${lang} .feed=${tracksFeed()}></wsis-special-tracks>`, '[part~="track"]');
      await waitUntil(() => statusOf(el) === status, `${lang}: "${statusOf(el)}"`);
      expect(forTrack(el), lang).to.equal(track);
    }
  });

  it('partner wall: the country said after "Country:", with the French narrow no-break space', async () => {
    const feed = {
      ...tracksFeed(),
      tiers: [{ id: 'gold', name: 'Gold', rank: 1 }],
      partners: [{ id: 'p', name: 'P', tier: 'gold', country: 'CH' }, { id: 'q', name: 'Q', tier: 'gold' }],
    };
    const expected = { en: 'Country: Switzerland', fr: `Pays${nnbsp}: Suisse`, zh: '国家/地区：瑞士' };
    for (const [lang, text] of Object.entries(expected)) {
      const el = await rendered(html`<wsis-partner-wall lang=${lang} .feed=${feed}></wsis-partner-wall>`, '[part~="country"]');
      await waitUntil(() => said(el.shadowRoot!.querySelector('[part~="country"]')) === text, `${lang}: "${said(el.shadowRoot!.querySelector('[part~="country"]'))}"`);
    }
  });

  it('prize winners: two prizes of one name told apart by their year, in the language’s brackets', async () => {
    const prize = (id: string, year: number) => ({ id, name: 'WSIS Prizes', year, awards: [{ id: `${id}-a`, recipient: 'R', rank: 'winner' }] });
    const feed = { ...tracksFeed(), prizes: [prize('p2021', 2021), prize('p2022', 2022)] };
    const expected = { en: 'WSIS Prizes (2021)', zh: 'WSIS Prizes（2021年）' };
    for (const [lang, text] of Object.entries(expected)) {
      const el = await rendered(html`<wsis-prize-winners lang=${lang} .feed=${feed}></wsis-prize-winners>`, '#filter-prize');
      const option = () => said(el.shadowRoot!.querySelector('#filter-prize option[value="p2021"]'));
      await waitUntil(() => option() === text, `${lang}: "${option()}"`);
    }
  });
});
