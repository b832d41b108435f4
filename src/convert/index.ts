// `wsis-widgets/convert`: the converters behind `wsis-widgets convert`, for build pipelines.
import { convertCsv } from './csv.js';
import { convertFrab } from './frab.js';
import { convertIndico } from './indico.js';
import { convertSessionize } from './sessionize.js';
import type { ConvertOptions, ConvertResult } from './types.js';

export { convertCsv, parseSpeakers, CSV_COLUMNS } from './csv.js';
export { convertFrab } from './frab.js';
export { convertIndico } from './indico.js';
export { convertSessionize, SESSIONIZE_DEFAULTS } from './sessionize.js';
export { ConvertError, type ConvertMap, type ConvertOptions, type ConvertResult, type FeedDocument } from './types.js';

/** The sources `convert` reads. */
export const SOURCES = ['frab', 'sessionize', 'indico', 'csv'] as const;
export type Source = (typeof SOURCES)[number];

/**
 * Converts a source document: parsed JSON for frab, sessionize and indico, the file's text for csv.
 * Throws a ConvertError when the source cannot be converted at all.
 */
export function convert(from: Source, input: unknown, options: ConvertOptions = {}): ConvertResult {
  switch (from) {
    case 'frab':
      return convertFrab(input, options);
    case 'sessionize':
      return convertSessionize(input, options);
    case 'indico':
      return convertIndico(input, options);
    case 'csv':
      return convertCsv(String(input), options);
  }
}
