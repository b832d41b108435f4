import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WsisErrorEvent, WsisLoadEvent } from '../events/feed-events.js';
import { FeedError } from './errors.js';
import { loadFeed } from './load.js';
import { readFeed, type ReadResult } from './read.js';
import type { Feed, FeedWarning } from './types.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  refresh?: number;
}

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Gives an element the feed named by its `src` (or handed over as `.feed`) with its state, and
 * fires `wsis-load` / `wsis-error`. A document that was good stays after a later failure.
 */
export class FeedController implements ReactiveController {
  /** The last document read well; kept when a later read fails. */
  data?: ReadResult;
  private readonly task: Task<[string | undefined, unknown], ReadResult>;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.src, host.feed] as [string | undefined, unknown],
      task: async ([src, feed], { signal }) => {
        if (feed !== undefined && feed !== null) return readFeed(feed, { baseUrl: document.baseURI });
        // Neither yet: a page that sets `.feed` from its own script later; show the loading state.
        if (!src) return initialState;
        return loadFeed(new URL(src, document.baseURI).href, signal);
      },
      onComplete: (result) => {
        this.data = result;
        host.dispatchEvent(new WsisLoadEvent({ feed: result.feed, warnings: result.warnings }));
      },
      onError: (error) => {
        const failure = toFeedError(error);
        host.dispatchEvent(
          new WsisErrorEvent({ kind: failure.kind, message: failure.message, status: failure.status }),
        );
      },
    });
  }

  hostConnected(): void {}

  get status(): FeedStatus {
    if (this.data) return 'ready';
    switch (this.task.status) {
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.INITIAL:
        return 'idle';
      default:
        return 'loading';
    }
  }

  get feed(): Feed | undefined {
    return this.data?.feed;
  }

  get warnings(): FeedWarning[] {
    return this.data?.warnings ?? [];
  }

  /** Why the last read failed, if it did. */
  get error(): FeedError | undefined {
    return this.task.status === TaskStatus.ERROR ? toFeedError(this.task.error) : undefined;
  }

  /** Reads the document again (the error state's Retry button). */
  retry(): void {
    void this.task.run();
  }
}

function toFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('parse', error instanceof Error ? error.message : String(error));
}
