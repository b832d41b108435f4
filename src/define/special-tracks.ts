import { defineElement } from '../internal/define-element.js';
import { specialTracksView } from '../special-tracks/special-tracks-view.js';
import { WsisSpecialTracks } from '../special-tracks/special-tracks.js';

// This entry gives the view at once (the all-in-one bundle loads it on first use).
WsisSpecialTracks.view = specialTracksView;
defineElement('wsis-special-tracks', WsisSpecialTracks);

export { WsisSpecialTracks };

declare global {
  interface HTMLElementTagNameMap {
    'wsis-special-tracks': WsisSpecialTracks;
  }
}
