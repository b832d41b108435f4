export interface WsisTrackSelectDetail {
  /** The id of the chosen track (feed `tracks[].id`). */
  id: string;
}

/**
 * Fired by `<wsis-special-tracks>` when a visitor asks to see a track in the programme:
 * `detail: {id}`. It bubbles, crosses shadow roots and is cancelable: calling
 * `preventDefault()` stops the element from filtering the linked `<wsis-schedule>` itself.
 */
export class WsisTrackSelectEvent extends CustomEvent<WsisTrackSelectDetail> {
  constructor(detail: WsisTrackSelectDetail) {
    super('wsis-track-select', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wsis-track-select': WsisTrackSelectEvent;
  }
}
