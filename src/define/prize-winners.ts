import { defineElement } from '../internal/define-element.js';
import { prizeWinnersView } from '../prize-winners/prize-winners-view.js';
import { WsisPrizeWinners } from '../prize-winners/prize-winners.js';

// This entry carries the view itself (no extra request); the all-in-one bundle loads it when the
// first <wsis-prize-winners> connects.
WsisPrizeWinners.view = prizeWinnersView;
defineElement('wsis-prize-winners', WsisPrizeWinners);

export { WsisPrizeWinners };

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-prize-winners': WsisPrizeWinners;
  }
}
