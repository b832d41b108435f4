// One GET of a feed document within the time limits, and the parse of its text: shared by the
// page's feed registry (load.ts) and the badge's own lighter reader (partner-badge/badge-feed.ts).
import { displayUrl } from '../internal/safe-url.js';
import { FeedError, toFeedError } from './errors.js';
import { FEED_ANSWER_TIMEOUT_MS, FEED_BODY_TIMEOUT_MS, Timeout, within } from './timeout.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Whether `url` is on the page's own origin (always so outside a browser). */
export function sameOrigin(url: string): boolean {
  return typeof location === 'undefined' || new URL(url).origin === location.origin;
}

/** The answer to a feed request and its whole text. */
export interface FeedAnswer {
  response: Response;
  text: string;
}

/**
 * GETs the feed at an absolute URL: 15 s for the server to answer, 60 s for the whole body (past
 * either, a `network` FeedError). Same origin, the browser's cache is used as usual and `headers`
 * (validators) are sent; cross-origin, the cache revalidates (`no-cache`) and `headers` are left
 * out, since they would cost a CORS preflight that many servers refuse. Returns undefined for a
 * 304 when `held` (a document is held, so the validators were sent); any other failure, a
 * FeedError (`network` or `http` with its status). An abort of `signal` rejects with its reason.
 */
export async function fetchFeedText(
  url: string,
  signal: AbortSignal,
  headers: Record<string, string> = {},
  held = false,
): Promise<FeedAnswer | undefined> {
  const shown = displayUrl(url);
  const own = sameOrigin(url);
  const late = (what: string, seconds: number) =>
    new FeedError('network', `The feed at ${shown} ${what} within ${seconds} seconds.`);
  const started = Date.now();
  let response: Response;
  try {
    response = await within(FEED_ANSWER_TIMEOUT_MS, signal, (timed) =>
      fetch(url, {
        signal: timed,
        headers: own ? { accept: 'application/json', ...headers } : { accept: 'application/json' },
        cache: own ? 'default' : 'no-cache',
        credentials: 'same-origin',
      }),
    );
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (cause instanceof Timeout) throw late('did not answer', FEED_ANSWER_TIMEOUT_MS / 1000);
    throw new FeedError(
      'network',
      own
        ? `The feed at ${shown} could not be reached: the network failed or the browser is offline.`
        : `The feed at ${shown} could not be read. It is on another site, so its server must allow this page ` +
            `to read it by sending the header Access-Control-Allow-Origin (for example "Access-Control-Allow-Origin: *"); ` +
            `or the network failed.`,
    );
  }
  if (response.status === 304 && held) return undefined;
  if (!response.ok) {
    // (A 304 without a document held cannot happen: validators are only sent with one.)
    const reason = response.statusText || REASONS[response.status] || '';
    throw new FeedError('http', `The feed at ${shown} answered ${response.status} ${reason}`.trim(), response.status);
  }
  try {
    // The body shares the request's signal: the abort after the remaining time cancels it too.
    const text = await within(Math.max(0, started + FEED_BODY_TIMEOUT_MS - Date.now()), signal, async (timed) => {
      timed.addEventListener('abort', () => void response.body?.cancel().catch(() => {}), { once: true });
      return response.text();
    });
    return { response, text };
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (cause instanceof Timeout) throw late('was not complete', FEED_BODY_TIMEOUT_MS / 1000);
    throw new FeedError('network', `The feed at ${shown} was cut off before its end.`);
  }
}

/** The JSON value of an answer's text, or a `parse` FeedError that says why (an HTML page?). */
export function parseFeedText({ response, text }: FeedAnswer, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const type = response.headers.get('content-type') ?? '';
    throw new FeedError(
      'parse',
      `The feed at ${displayUrl(url)} is not valid JSON (${error instanceof Error ? error.message : String(error)})` +
        (/html/i.test(type) ? '. It answered an HTML page: is the URL the feed itself?' : '.'),
    );
  }
}

/**
 * Reads a parsed document with `read` (the full reader, or the badge's), against the URL it came
 * from; a refusal becomes a FeedError that names the feed.
 */
export function readRefused<R>(
  json: unknown,
  url: string,
  response: Response,
  read: (value: unknown, options: { baseUrl?: string }) => R,
): R {
  try {
    return read(json, { baseUrl: response.url || url });
  } catch (error) {
    const failure = toFeedError(error, url);
    throw new FeedError(failure.kind, `The feed at ${displayUrl(url)} was refused. ${failure.message}`, failure.status);
  }
}
