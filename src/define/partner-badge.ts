import { defineElement } from '../internal/define-element.js';
import { partnerBadgeView } from '../partner-badge/badge-view.js';
import { WsisPartnerBadge } from '../partner-badge/partner-badge.js';

export { WsisPartnerBadge };
export type { PartnerBadgeLayout } from '../partner-badge/partner-badge.js';

// This entry brings the view along (nothing loads later); the all-in-one bundle loads it lazily.
WsisPartnerBadge.view = partnerBadgeView;
defineElement('wsis-partner-badge', WsisPartnerBadge);

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-partner-badge': WsisPartnerBadge;
  }
}
