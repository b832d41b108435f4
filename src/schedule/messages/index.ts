import { Catalog } from '../../i18n/catalog.js';
import english from './en.js';

export const scheduleMessages = new Catalog(english, {
  ar: () => import('./ar.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
  zh: () => import('./zh.js'),
});
export type { ScheduleMessages } from './en.js';

/** The text before and after the value in `labelValue(label, …)`: the value can then be isolated (`<bdi>`). */
export function labelParts(labelValue: (label: string, value: string) => string, label: string): [string, string] {
  const [before = '', after = ''] = labelValue(label, '\u0000').split('\u0000');
  return [before, after];
}
