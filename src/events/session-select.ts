export interface WsisSessionSelectDetail {
  /** The id of the session opened. */
  id: string;
}

/** Fired by <wsis-schedule> when a session is opened (a click, Enter/Space, or a deep link). */
export class WsisSessionSelectEvent extends CustomEvent<WsisSessionSelectDetail> {
  constructor(detail: WsisSessionSelectDetail) {
    super('wsis-session-select', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wsis-session-select': WsisSessionSelectEvent;
  }
}
