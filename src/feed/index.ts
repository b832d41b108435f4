// The feed reader alone, for teams that build their own UI.
export { readFeed, type ReadOptions, type ReadResult } from './read.js';
export { loadFeed } from './load.js';
export { FeedError } from './errors.js';
export { textFor } from './text.js';
export type * from './types.js';
