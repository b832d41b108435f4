import { Catalog } from '../../i18n/catalog.js';
import english from './en.js';

/** The UI strings of <wsis-partner-badge> in the six UN languages; English is bundled. */
export const partnerBadgeMessages = new Catalog(english, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
