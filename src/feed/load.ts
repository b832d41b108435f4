import { FeedError } from './errors.js';
import { readFeed, type ReadResult } from './read.js';

/**
 * Fetches and reads the feed at an absolute URL.
 * TODO(feed issue): one shared request per URL per page, conditional re-reads, backoff.
 */
export async function loadFeed(url: string, signal?: AbortSignal): Promise<ReadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new FeedError('network', `The feed at ${url} could not be reached.`);
  }
  if (!response.ok) {
    throw new FeedError(
      'http',
      `The feed at ${url} answered ${response.status} ${response.statusText}`.trim(),
      response.status,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new FeedError('parse', `The feed at ${url} is not valid JSON.`);
  }
  return readFeed(json, { baseUrl: url });
}
