import { Catalog } from '../../i18n/catalog.js';
import english from './en.js';

/** The UI strings of `<wsis-special-tracks>`; other languages load on first use. */
export const specialTracksMessages = new Catalog(english, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
