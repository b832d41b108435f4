import { defineElement } from '../internal/define-element.js';
import { specialTracksRenderer } from '../special-tracks/special-tracks-renderer.js';
import { WsisSpecialTracks } from '../special-tracks/special-tracks.js';

// This entry gives the rendering code at once (the all-in-one bundle loads it on first use).
WsisSpecialTracks.renderer = specialTracksRenderer;
defineElement('wsis-special-tracks', WsisSpecialTracks);

export { WsisSpecialTracks };

declare global {
  interface HTMLElementTagNameMap {
    'wsis-special-tracks': WsisSpecialTracks;
  }
}
