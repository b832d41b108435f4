import { Catalog } from '../catalog.js';
import english from './en.js';

export const errorMessages = new Catalog(english, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
export type { ErrorMessages } from './en.js';
