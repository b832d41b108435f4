import type { Stat, StatQualifier, Text } from '../feed/types.js';

/** A figure of a live statistics document: only `id` and `value` are needed to update a figure. */
export type LiveStat = Pick<Stat, 'id' | 'value'> & Partial<Omit<Stat, 'id' | 'value'>>;

export interface LiveDocument {
  generated?: string;
  stats: LiveStat[];
}

const qualifiers: readonly StatQualifier[] = ['exact', 'over', 'about'];

/**
 * The most live figures a counter holds (distinct ids), and reads from one document: beyond
 * that, figures with new ids are ignored (those already held still update). A counter shows
 * headline figures, a handful; 100 is far above any real one, and bounds the memory, the work per
 * message and the tiles drawn for a stream that keeps inventing ids.
 */
export const MAX_LIVE_FIGURES = 100;

function isText(value: unknown): value is Text {
  if (typeof value === 'string') return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string')
  );
}

/**
 * Reads a live statistics document (`{"version": 1, "generated"?, "stats": Stat[]}`). Returns
 * undefined when the whole document is refused (not an object, wrong version, no `stats` list);
 * a figure without a usable `id` or `value` is skipped, a bad optional field is dropped.
 */
export function readLiveDocument(value: unknown): LiveDocument | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const doc = value as Record<string, unknown>;
  if (doc.version !== 1 || !Array.isArray(doc.stats)) return undefined;
  const stats: LiveStat[] = [];
  const ids = new Set<string>();
  for (const item of doc.stats as unknown[]) {
    if (stats.length >= MAX_LIVE_FIGURES) break;
    if (typeof item !== 'object' || item === null) continue;
    const raw = item as Record<string, unknown>;
    if (typeof raw.id !== 'string' || raw.id === '' || ids.has(raw.id)) continue;
    if (typeof raw.value !== 'number' || !Number.isFinite(raw.value) || raw.value < 0) continue;
    // `+ 0` reads -0 as 0 (Intl would print "-0").
    const stat: LiveStat = { id: raw.id, value: raw.value + 0 };
    if (isText(raw.label)) stat.label = raw.label;
    if (isText(raw.unit)) stat.unit = raw.unit;
    if (isText(raw.description)) stat.description = raw.description;
    if (qualifiers.includes(raw.qualifier as StatQualifier)) stat.qualifier = raw.qualifier as StatQualifier;
    ids.add(raw.id);
    stats.push(stat);
  }
  const generated =
    typeof doc.generated === 'string' && !Number.isNaN(Date.parse(doc.generated)) ? doc.generated : undefined;
  return { generated, stats };
}

/**
 * The figures to show: the feed's, in feed order, each overlaid with the live fields it
 * received (fields a live figure leaves out keep the feed's); then live figures whose id the
 * feed lacks, in the order they first arrived, if they carry a label. Feed figures absent from
 * the live document are kept as they are.
 */
export function mergeStats(feedStats: readonly Stat[], live: ReadonlyMap<string, LiveStat>): Stat[] {
  const merged: Stat[] = feedStats.map((stat) => {
    const update = live.get(stat.id);
    return update ? { ...stat, ...update } : stat;
  });
  const known = new Set(feedStats.map((stat) => stat.id));
  for (const update of live.values()) {
    if (!known.has(update.id) && update.label !== undefined) merged.push(update as Stat);
  }
  return merged;
}
