import { defineElement } from '../internal/define-element.js';
import { partnerWallView } from '../partner-wall/partner-wall-view.js';
import { WsisPartnerWall } from '../partner-wall/partner-wall.js';

export { WsisPartnerWall };
export type { PartnerWallLayout } from '../partner-wall/partner-wall.js';

// This entry brings the view along (no extra request); the all-in-one bundle loads it lazily.
WsisPartnerWall.view = partnerWallView;
defineElement('wsis-partner-wall', WsisPartnerWall);

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';
export type { WsisPartnerSelectEvent } from '../events/partner-select.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-partner-wall': WsisPartnerWall;
  }
}
