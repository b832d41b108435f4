import { defineElement } from '../internal/define-element.js';
import { specialTracksView } from '../special-tracks/special-tracks-view.js';
import { WsisSpecialTracks } from '../special-tracks/special-tracks.js';

// This entry gives the view at once (the all-in-one bundle loads it on first use).
WsisSpecialTracks.view = specialTracksView;
defineElement('wsis-special-tracks', WsisSpecialTracks);

export { WsisSpecialTracks };

// The events this element fires, typed (their declaration files add them to the event maps).
export type { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';
export type { WsisTrackSelectEvent } from '../events/track-select.js';

declare global {
  interface HTMLElementTagNameMap {
    'wsis-special-tracks': WsisSpecialTracks;
  }
}
