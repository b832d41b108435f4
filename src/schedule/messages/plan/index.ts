import { Catalog } from '../../../i18n/catalog.js';
import english from './en.js';

export const planMessages = new Catalog(english, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
export type { PlanMessages } from './en.js';
