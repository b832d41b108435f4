/**
 * Every count message of every catalogue, for counts whose plural categories differ between
 * the six languages, checked against tables written from each language's grammar (not read
 * from the code): the noun that follows a count must be in the form the count asks for.
 */
import { expect } from '@open-wc/testing';
import scheduleAr from '../../src/schedule/messages/ar.js';
import scheduleEn from '../../src/schedule/messages/en.js';
import scheduleEs from '../../src/schedule/messages/es.js';
import scheduleFr from '../../src/schedule/messages/fr.js';
import scheduleRu from '../../src/schedule/messages/ru.js';
import scheduleZh from '../../src/schedule/messages/zh.js';
import tracksAr from '../../src/special-tracks/messages/ar.js';
import tracksEn from '../../src/special-tracks/messages/en.js';
import tracksEs from '../../src/special-tracks/messages/es.js';
import tracksFr from '../../src/special-tracks/messages/fr.js';
import tracksRu from '../../src/special-tracks/messages/ru.js';
import tracksZh from '../../src/special-tracks/messages/zh.js';

type Language = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
const counts = [0, 1, 2, 3, 5, 11, 21, 101, 103] as const;
type Count = (typeof counts)[number];

const schedule = { ar: scheduleAr, en: scheduleEn, es: scheduleEs, fr: scheduleFr, ru: scheduleRu, zh: scheduleZh };
const tracks = { ar: tracksAr, en: tracksEn, es: tracksEs, fr: tracksFr, ru: tracksRu, zh: tracksZh };

/** The phrase "N sessions" (nominative) as the grammar says it; `#` stands for the formatted number. */
const counted: Record<Language, Record<Count, string>> = {
  // English: singular for exactly 1 only ("0 sessions").
  en: { 0: '# sessions', 1: '# session', 2: '# sessions', 3: '# sessions', 5: '# sessions', 11: '# sessions', 21: '# sessions', 101: '# sessions', 103: '# sessions' },
  // French: 0 and 1 take the singular.
  fr: { 0: '# session', 1: '# session', 2: '# sessions', 3: '# sessions', 5: '# sessions', 11: '# sessions', 21: '# sessions', 101: '# sessions', 103: '# sessions' },
  // Spanish: singular for 1 only.
  es: { 0: '# sesiones', 1: '# sesión', 2: '# sesiones', 3: '# sesiones', 5: '# sesiones', 11: '# sesiones', 21: '# sesiones', 101: '# sesiones', 103: '# sesiones' },
  // Russian: …1 (not …11) nominative singular; …2–4 (not …12–14) genitive singular; else genitive plural.
  ru: { 0: '# сессий', 1: '# сессия', 2: '# сессии', 3: '# сессии', 5: '# сессий', 11: '# сессий', 21: '# сессия', 101: '# сессия', 103: '# сессии' },
  // Arabic: 0 "there are no sessions"; 1 and 2 said by the noun (singular + "one", dual); 3–10 and
  // 103–110 plural; 11–99 singular (accusative of specification); 100–102 singular (genitive).
  ar: { 0: 'لا توجد جلسات', 1: 'جلسة واحدة', 2: 'جلستان', 3: '# جلسات', 5: '# جلسات', 11: '# جلسة', 21: '# جلسة', 101: '# جلسة', 103: '# جلسات' },
  // Chinese: no plural; the measure word 场 for every count.
  zh: { 0: '# 场会议', 1: '# 场会议', 2: '# 场会议', 3: '# 场会议', 5: '# 场会议', 11: '# 场会议', 21: '# 场会议', 101: '# 场会议', 103: '# 场会议' },
};

/** "… of N sessions": the noun after the total (the total is never 0 there: 0 of 0 is said by `results`). */
const ofTotal: Record<Exclude<Language, 'fr' | 'zh'>, Record<Exclude<Count, 0>, string>> = {
  en: { 1: '# session', 2: '# sessions', 3: '# sessions', 5: '# sessions', 11: '# sessions', 21: '# sessions', 101: '# sessions', 103: '# sessions' },
  es: { 1: '# sesión', 2: '# sesiones', 3: '# sesiones', 5: '# sesiones', 11: '# sesiones', 21: '# sesiones', 101: '# sesiones', 103: '# sesiones' },
  // «из N» governs the genitive: singular after …1, plural otherwise (из 2 сессий).
  ru: { 1: 'из # сессии', 2: 'из # сессий', 3: 'из # сессий', 5: 'из # сессий', 11: 'из # сессий', 21: 'из # сессии', 101: 'из # сессии', 103: 'из # сессий' },
  // «من أصل» governs the genitive: dual جلستين.
  ar: { 1: 'جلسة واحدة', 2: 'جلستين', 3: '# جلسات', 5: '# جلسات', 11: '# جلسة', 21: '# جلسة', 101: '# جلسة', 103: '# جلسات' },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `phrase` stands in `text` as whole words (so "1 session" does not match "1 sessions"). */
function says(text: string, phrase: string, number: string): void {
  const wanted = phrase.replace('#', number);
  expect(text).to.match(new RegExp(`(^|\\s)${escape(wanted)}(\\s|$)`), `"${text}" should say "${wanted}"`);
}

describe('count messages, by plural category', () => {
  for (const language of Object.keys(counted) as Language[]) {
    const format = (n: number) => new Intl.NumberFormat(language).format(n);
    const category = (n: number) => new Intl.PluralRules(language).select(n);

    it(`says "N sessions" in the schedule in ${language}`, () => {
      for (const n of counts) says(schedule[language].results(format(n), category(n)), counted[language][n], format(n));
    });

    it(`says "N sessions in the programme" in the special tracks in ${language}`, () => {
      for (const n of counts) says(tracks[language].sessionCount(format(n), category(n)), counted[language][n], format(n));
    });

    it(`says "shown of total sessions" in the schedule in ${language}`, () => {
      const m = schedule[language];
      for (const n of counts) {
        if (language === 'fr') {
          // « 1 session sur 38 »: the noun agrees with the number shown.
          says(m.resultsOf(format(n), format(500), category(n), category(500)), `${counted.fr[n]} sur ${format(500)}`, format(n));
        } else if (language === 'zh') {
          expect(m.resultsOf(format(n), format(500), category(n), category(500))).to.contain(`显示 ${format(n)} 场`);
        } else if (n !== 0) {
          says(m.resultsOf(format(0), format(n), category(0), category(n)), ofTotal[language][n], format(n));
        }
      }
    });
  }
});
