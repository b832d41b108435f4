import { defineElement } from '../internal/define-element.js';
import { partnerWallRenderer } from '../partner-wall/partner-wall-renderer.js';
import { WsisPartnerWall } from '../partner-wall/partner-wall.js';

export { WsisPartnerWall };
export type { PartnerWallLayout } from '../partner-wall/partner-wall.js';

// This entry brings the rendering code along (no extra request); the all-in-one bundle loads it lazily.
WsisPartnerWall.renderer = partnerWallRenderer;
defineElement('wsis-partner-wall', WsisPartnerWall);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-partner-wall': WsisPartnerWall;
  }
}
