import { defineElement } from '../internal/define-element.js';
import { prizeWinnersRenderer } from '../prize-winners/prize-winners-renderer.js';
import { WsisPrizeWinners } from '../prize-winners/prize-winners.js';

// This entry carries the rendering code itself (no extra request); the all-in-one bundle loads it
// when the first <wsis-prize-winners> connects.
WsisPrizeWinners.renderer = prizeWinnersRenderer;
defineElement('wsis-prize-winners', WsisPrizeWinners);

export { WsisPrizeWinners };

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-prize-winners': WsisPrizeWinners;
  }
}
