import { defineElement } from '../internal/define-element.js';
import { WsisSpecialTracks } from '../special-tracks/special-tracks.js';

defineElement('wsis-special-tracks', WsisSpecialTracks);

export { WsisSpecialTracks };

declare global {
  interface HTMLElementTagNameMap {
    'wsis-special-tracks': WsisSpecialTracks;
  }
}
