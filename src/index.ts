// The all-in-one entry: importing it defines every element. Each src/define/* file registers one.
import './define/partner-wall.js';

export { defineElement } from './internal/define-element.js';
export { WsisElement } from './internal/wsis-element.js';
export { WsisPartnerWall } from './partner-wall/partner-wall.js';
export type * from './feed/types.js';
