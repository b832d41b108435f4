// The feed reader alone, for teams that build their own UI.
export { readFeed, readLiveStats, SUPPORTED_VERSIONS, type ReadOptions, type ReadResult } from './read.js';
export { loadFeed, subscribeFeed, type FeedSubscription, type FeedUpdate } from './load.js';
export { FeedError } from './errors.js';
export { textFor } from './text.js';
export type * from './types.js';
