import { FeedError } from './errors.js';

/**
 * A loader of a feed reader's code (a dynamic `import()`): fetched on first use, once; a failed
 * fetch is tried again on the next call. A failure is a `network` FeedError, and never an
 * unhandled rejection when nobody awaits it.
 */
export function readerCode<M>(load: () => Promise<M>): () => Promise<M> {
  let module: Promise<M> | undefined;
  return () => {
    module ??= load().catch(() => {
      module = undefined;
      throw new FeedError('network', 'The code that reads feeds could not be fetched: the network failed or the browser is offline.');
    });
    module.catch(() => {});
    return module;
  };
}
