// The all-in-one entry: importing it defines every element. Each src/define/* file registers one.
export { defineElement } from './internal/define-element.js';
export { WsisElement } from './internal/wsis-element.js';
export type * from './feed/types.js';
