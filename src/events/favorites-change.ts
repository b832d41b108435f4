export interface WsisFavoritesChangeDetail {
  /** Every starred session id of the event, in the order they were starred (including sessions not in the current feed). */
  ids: string[];
}

/** Fired by <wsis-schedule> when the visitor stars or unstars a session. */
export class WsisFavoritesChangeEvent extends CustomEvent<WsisFavoritesChangeDetail> {
  constructor(detail: WsisFavoritesChangeDetail) {
    super('wsis-favorites-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wsis-favorites-change': WsisFavoritesChangeEvent;
  }
}
