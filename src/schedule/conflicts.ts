/** Sessions that overlap in time ("Overlaps with …" on starred sessions). Pure, no DOM. */
export interface Timed {
  id: string;
  start: number;
  end: number;
}

/**
 * For each item that overlaps at least one other, the ids it overlaps, in start order. Two
 * sessions overlap when one starts before the other ends (back to back is not an overlap).
 * Sorted sweep: O(n log n + overlaps).
 */
export function findConflicts(items: readonly Timed[]): Map<string, string[]> {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  const found = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = found.get(a);
    if (list) list.push(b);
    else found.set(a, [b]);
  };
  let active: Timed[] = [];
  for (const item of sorted) {
    active = active.filter((other) => other.end > item.start);
    for (const other of active) {
      if (other.id === item.id) continue;
      add(other.id, item.id);
      add(item.id, other.id);
    }
    active.push(item);
  }
  const order = new Map(sorted.map((item, index) => [item.id, index]));
  for (const list of found.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);
  return found;
}
