import { defineElement } from '../internal/define-element.js';
import { badgeBaseSheet } from '../partner-badge/badge-base.styles.js';
import { BadgeFeed } from '../partner-badge/badge-feed.js';
import { partnerBadgeView } from '../partner-badge/badge-view.js';
import { WsisPartnerBadge } from '../partner-badge/partner-badge.js';
import { installServerRegistry } from '../partner-badge/server-registry.js';

export { WsisPartnerBadge };
export type { PartnerBadgeLayout } from '../partner-badge/partner-badge.js';

// This entry brings the view along; the all-in-one bundle loads it lazily. Its feed reader is the
// badge's own (event, tiers, partners; fetched while the feed is on its way), not the page's
// shared loader, and its sheet holds only the tokens and base rules the badge uses: that keeps
// this entry the lightest (the first entry to attach a reader or sheets wins).
WsisPartnerBadge.view = partnerBadgeView;
WsisPartnerBadge.feedSource ??= (host) => new BadgeFeed(host);
WsisPartnerBadge.baseSheets ??= () => [badgeBaseSheet()];
installServerRegistry();
if ('customElements' in globalThis) defineElement('wsis-partner-badge', WsisPartnerBadge);

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-partner-badge': WsisPartnerBadge;
  }
}
