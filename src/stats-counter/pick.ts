import type { Stat } from '../feed/types.js';
import { commaList } from '../internal/text-lists.js';

/**
 * The figures named in `stats` (comma-separated ids, in that order, each once, unknown ids left
 * out); all of them, in their order, when `stats` names none.
 */
export function pickStats(all: Stat[], stats: string | undefined): Stat[] {
  const ids = commaList(stats);
  if (!ids.length) return all;
  const byId = new Map(all.map((stat) => [stat.id, stat]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
