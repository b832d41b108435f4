// Live figures for the demo page (`npm start`): a Vite plugin that serves
//   /demo/live/stats.json    a live statistics document (feed-v1 "Live statistics document") whose
//                            figures grow every few seconds, with ETag / 304 and Cache-Control
//   /demo/live/stats-stream  the same documents as a text/event-stream, one message per step
//   /demo/live/never         a request that is never answered (a loading state for stories)
// The figures start from the demo feed's stats and grow at a rate per id; ids the demo does not
// know stay as they are.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

interface FeedStat {
  id: string;
  value: number;
  qualifier?: string;
}

/**
 * How fast each demo figure grows, per minute. Only the cumulative attendance moves: the other
 * figures are facts of the 2021 Forum (185 countries, 250+ sessions…) that a simulation must not
 * change.
 */
const perMinute: Record<string, number> = {
  attendees: 420,
};

/** Seconds between two versions of the document (the ETag changes at most this often). */
const STEP_S = 5;

function feedStats(): FeedStat[] {
  const feed = JSON.parse(readFileSync(new URL('./feeds/wsis-forum-2021.json', import.meta.url), 'utf8')) as {
    stats?: FeedStat[];
  };
  return (feed.stats ?? []).map(({ id, value, qualifier }) => ({ id, value, qualifier }));
}

/** The live document at `now`: each figure grown from its feed value since `since`. */
export function liveDocument(stats: FeedStat[], since: number, now: number) {
  const step = Math.floor((now - since) / 1000 / STEP_S);
  const minutes = (step * STEP_S) / 60;
  return {
    version: 1,
    generated: new Date(since + step * STEP_S * 1000).toISOString(),
    stats: stats
      .filter((stat) => perMinute[stat.id] !== undefined)
      .map((stat) => ({
        id: stat.id,
        value: Math.floor(stat.value + perMinute[stat.id] * minutes),
        ...(stat.qualifier ? { qualifier: stat.qualifier } : {}),
      })),
  };
}

export function liveStats(): Plugin {
  const since = Date.now();
  let stats: FeedStat[] | undefined;
  const current = () => JSON.stringify(liveDocument((stats ??= feedStats()), since, Date.now()));

  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/demo/live/stats.json') {
      const body = current();
      const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
      // What docs/stats-counter.md asks of a publisher: a short max-age, a longer
      // stale-while-revalidate, and a validator for conditional requests.
      res.setHeader('Cache-Control', `public, max-age=${STEP_S}, stale-while-revalidate=${STEP_S * 6}`);
      res.setHeader('ETag', etag);
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(body);
      return;
    }
    if (path === '/demo/live/stats-stream') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
        'Access-Control-Allow-Origin': '*',
      });
      let last = '';
      const send = () => {
        const body = current();
        if (body === last) return;
        last = body;
        res.write(`data: ${body}\n\n`);
      };
      res.write(`retry: 3000\n\n`);
      send();
      const timer = setInterval(send, 1000);
      req.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/demo/live/never') {
      // Never answers (until the page leaves): the stories' loading state.
      req.on('close', () => res.end());
      return;
    }
    next();
  };

  return {
    name: 'wsis-live-stats',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
  };
}
