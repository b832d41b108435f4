import { defineElement } from '../internal/define-element.js';
import { WsisPrizeWinners } from '../prize-winners/prize-winners.js';

defineElement('wsis-prize-winners', WsisPrizeWinners);

export { WsisPrizeWinners };

declare global {
  interface HTMLElementTagNameMap {
    'wsis-prize-winners': WsisPrizeWinners;
  }
}
