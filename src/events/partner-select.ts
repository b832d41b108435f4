export interface WsisPartnerSelectDetail {
  /** The id of the partner whose sessions the visitor asked to see (feed `partners[].id`). */
  id: string;
}

/**
 * Fired by `<wsis-partner-wall>` when a visitor asks to see a partner's sessions in the
 * programme: `detail: {id}`. It bubbles, crosses shadow roots and is cancelable: calling
 * `preventDefault()` stops the element from filtering the linked `<wsis-schedule>` itself.
 */
export class WsisPartnerSelectEvent extends CustomEvent<WsisPartnerSelectDetail> {
  constructor(detail: WsisPartnerSelectDetail) {
    super('wsis-partner-select', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wsis-partner-select': WsisPartnerSelectEvent;
  }
}
