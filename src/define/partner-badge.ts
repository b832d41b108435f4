import { defineElement } from '../internal/define-element.js';
import { partnerBadgeRenderer } from '../partner-badge/badge-view.js';
import { WsisPartnerBadge } from '../partner-badge/partner-badge.js';

export { WsisPartnerBadge };
export type { PartnerBadgeLayout } from '../partner-badge/partner-badge.js';

// This entry brings the rendering code along (nothing loads later); the all-in-one bundle loads it lazily.
WsisPartnerBadge.renderer = partnerBadgeRenderer;
defineElement('wsis-partner-badge', WsisPartnerBadge);

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-partner-badge': WsisPartnerBadge;
  }
}
