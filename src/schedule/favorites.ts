/**
 * The visitor's starred sessions ("My schedule"), kept in localStorage per event id. Ids are
 * never pruned: a session that leaves the feed keeps its star and shows it again if it comes
 * back. Storage that is missing or throws (private mode, sandboxed frames) leaves the stars for
 * the page's life only.
 */
export const favoritesKey = (eventId: string) => `wsis-widgets:favorites:${eventId}`;

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? [...new Set(value.filter((id): id is string => typeof id === 'string'))] : [];
  } catch {
    return [];
  }
}

export class FavoritesStore {
  private readonly ids: Set<string>;

  constructor(readonly eventId: string) {
    this.ids = new Set(read(favoritesKey(eventId)));
  }

  /** Reads the stored stars again (another tab changed them). */
  reload(): void {
    this.ids.clear();
    for (const id of read(favoritesKey(this.eventId))) this.ids.add(id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Every starred id, oldest first. */
  get list(): string[] {
    return [...this.ids];
  }

  /** Stars or unstars a session; returns whether it is starred now. */
  toggle(id: string, starred = !this.ids.has(id)): boolean {
    if (starred) this.ids.add(id);
    else this.ids.delete(id);
    try {
      localStorage.setItem(favoritesKey(this.eventId), JSON.stringify(this.list));
    } catch {
      // Storage refused: the stars last for this page only.
    }
    return starred;
  }
}
