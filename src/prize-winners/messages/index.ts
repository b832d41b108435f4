import { Catalog } from '../../i18n/catalog.js';
import english from './en.js';

/** The UI strings of <wsis-prize-winners>; English bundled, the rest loaded on first use. */
export const prizeWinnersMessages = new Catalog(english, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
