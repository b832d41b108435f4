import type { FeedWarning } from '../feed/types.js';

/** Repeats of one fault at or above this count print as one line with the count. */
export const GROUP_AT = 4;
/** Places listed on a grouped line. */
const SHOWN = 3;

export interface FaultGroup {
  /** `sessions[*].type`: the path with item positions replaced by `*`. */
  path: string;
  /** The message with quoted values replaced by `"…"`. */
  message: string;
  count: number;
  /** The full warnings of the group, in document order. */
  items: FeedWarning[];
}

const shape = (w: FeedWarning) => ({
  path: w.path.replace(/\[\d+\]/g, '[*]'),
  message: w.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"'),
});

/** Groups warnings that differ only in positions and quoted values, in order of first appearance. */
export function groupFaults(warnings: readonly FeedWarning[]): FaultGroup[] {
  const groups = new Map<string, FaultGroup>();
  for (const warning of warnings) {
    const { path, message } = shape(warning);
    const key = `${path}\u0000${message}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { path, message, count: 0, items: [] }));
    group.count++;
    group.items.push(warning);
  }
  return [...groups.values()];
}

/** Text lines: a small group line by line, a large one as one line with its count and first places. */
export function faultLines(warnings: readonly FeedWarning[], prefix = ''): string[] {
  const lines: string[] = [];
  for (const group of groupFaults(warnings)) {
    if (group.count < GROUP_AT) {
      for (const w of group.items) lines.push(`${prefix}${w.path}: ${w.message}`);
      continue;
    }
    const first = group.items.slice(0, SHOWN).map((w) => w.path);
    lines.push(`${prefix}${group.count} × ${group.path}: ${group.message} (${first.join(', ')}, …)`);
  }
  return lines;
}
