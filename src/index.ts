// The all-in-one entry: importing it defines every element at once. Every define call is here,
// not in src/define/* (importing another entry would move its define call into a shared chunk,
// which a bundler's production build drops). Each element's view
// (templates, styles, strings) is downloaded when the first such element connects, in parallel
// with its feed, so a page pays only for the elements it shows. The per-element entries
// (src/define/*) attach the view directly instead.
import { defineElement } from './internal/define-element.js';
import type { ViewSource } from './internal/element-view.js';
import { BundledPartnerBadge } from './partner-badge/bundled-badge.js';
import type { WsisPartnerBadge } from './partner-badge/partner-badge.js';
import { WsisPartnerWall } from './partner-wall/partner-wall.js';
import { WsisPrizeWinners } from './prize-winners/prize-winners.js';
import { WsisSpecialTracks } from './special-tracks/special-tracks.js';
import { WsisSchedule } from './schedule/schedule.js';
import { WsisStatsCounter } from './stats-counter/stats-counter.js';

function defineLazily<V>(tag: string, element: CustomElementConstructor & { view?: ViewSource<V> }, load: () => Promise<V>) {
  // A per-element entry loaded first has already attached the view itself.
  element.view ??= load;
  defineElement(tag, element);
}

defineLazily('wsis-schedule', WsisSchedule, () =>
  import('./schedule/schedule-view.js').then((m) => m.scheduleView),
);
defineLazily('wsis-partner-wall', WsisPartnerWall, () =>
  import('./partner-wall/partner-wall-view.js').then((m) => m.partnerWallView),
);
defineLazily('wsis-prize-winners', WsisPrizeWinners, () =>
  import('./prize-winners/prize-winners-view.js').then((m) => m.prizeWinnersView),
);
defineLazily('wsis-special-tracks', WsisSpecialTracks, () =>
  import('./special-tracks/special-tracks-view.js').then((m) => m.specialTracksView),
);
// The badge's class here is a thin one on WsisBase (bundled-badge.ts; LitElement is in this bundle
// anyway), reading through the page's shared feed loader; `partner-badge.js` defines the light one
// (partner-badge.ts), with the same content and view. Whichever entry a page loads first wins.
defineLazily('wsis-partner-badge', BundledPartnerBadge, () =>
  import('./partner-badge/badge-view.js').then((m) => m.partnerBadgeView),
);
defineLazily('wsis-stats-counter', WsisStatsCounter, () =>
  import('./stats-counter/stats-counter-view.js').then((m) => m.statsCounterView),
);

export { defineElement } from './internal/define-element.js';
export { WsisElement } from './internal/wsis-element.js';
/** `<wsis-partner-badge>`'s class in this bundle (the light one is `wsis-widgets/partner-badge.js`'s). */
export { BundledPartnerBadge as WsisPartnerBadge } from './partner-badge/bundled-badge.js';
export { WsisPartnerWall } from './partner-wall/partner-wall.js';
export { WsisPrizeWinners } from './prize-winners/prize-winners.js';
export { WsisSchedule } from './schedule/schedule.js';
export { WsisSpecialTracks } from './special-tracks/special-tracks.js';
export { WsisStatsCounter } from './stats-counter/stats-counter.js';
export type * from './feed/types.js';
export type { WsisErrorEvent, WsisLoadEvent } from './events/feed-events.js';
export type { WsisFavoritesChangeEvent } from './events/favorites-change.js';
export type { WsisSessionSelectEvent } from './events/session-select.js';
export type { WsisLiveErrorEvent, WsisStatsUpdateEvent } from './events/stats-events.js';
export type { WsisTrackSelectEvent } from './events/track-select.js';
export type { WsisPartnerSelectEvent } from './events/partner-select.js';

// Importing this entry defines all six tags (a per-element entry declares only its own).
declare global {
  interface HTMLElementTagNameMap {
    'wsis-schedule': WsisSchedule;
    'wsis-partner-wall': WsisPartnerWall;
    'wsis-prize-winners': WsisPrizeWinners;
    'wsis-special-tracks': WsisSpecialTracks;
    'wsis-stats-counter': WsisStatsCounter;
    // The light class's type, as partner-badge.js declares it (one declaration for both entries;
    // the bundle's class has the same public properties).
    'wsis-partner-badge': WsisPartnerBadge;
  }
}
