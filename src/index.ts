// The all-in-one entry: importing it defines every element. Each src/define/* file registers one.
import './define/partner-wall.js';
import './define/prize-winners.js';
import './define/schedule.js';
import './define/special-tracks.js';
import './define/stats-counter.js';

export { defineElement } from './internal/define-element.js';
export { WsisElement } from './internal/wsis-element.js';
export { WsisPartnerWall } from './partner-wall/partner-wall.js';
export { WsisPrizeWinners } from './prize-winners/prize-winners.js';
export { WsisSchedule } from './schedule/schedule.js';
export { WsisSpecialTracks } from './special-tracks/special-tracks.js';
export { WsisStatsCounter } from './stats-counter/stats-counter.js';
export type * from './feed/types.js';
