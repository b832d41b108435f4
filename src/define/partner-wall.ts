import { defineElement } from '../internal/define-element.js';
import { WsisPartnerWall } from '../partner-wall/partner-wall.js';

export { WsisPartnerWall };
export type { PartnerWallLayout } from '../partner-wall/partner-wall.js';

defineElement('wsis-partner-wall', WsisPartnerWall);

declare global {
  interface HTMLElementTagNameMap {
    'wsis-partner-wall': WsisPartnerWall;
  }
}
