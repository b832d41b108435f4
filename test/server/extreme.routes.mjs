// Routes for the extreme-values suite (test/hostile/extreme*.test.ts). Every route counts its
// requests per `key`, so a test can bound how often an element asks:
//   GET /test-api/extreme/feed?key=K       a small valid feed (counted)
//   GET /test-api/extreme/live?key=K       a live statistics document (counted)
//   GET /test-api/extreme/stream?key=K&count=N[&rate=R]
//                                         text/event-stream: N messages (R a second, else at once), each with a new
//                                         figure id, then held open until the client leaves
//   GET /test-api/extreme/stall?key=K      answers 200 with the start of a feed, then never ends
//   GET /test-api/extreme/count?key=K      {"requests": n}
import { PassThrough } from 'node:stream';

/** @type {Map<string, number>} */
const counts = new Map();
const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);

const feed = {
  version: 1,
  event: { id: 'extreme-route', name: 'Extreme route forum', timezone: 'UTC', start: '2021-03-22', end: '2021-03-26' },
  tiers: [{ id: 'gold', name: 'Gold', rank: 1 }],
  partners: [{ id: 'p', name: 'Routed partner', tier: 'gold' }],
  stats: [{ id: 'attendees', label: 'attendees', value: 10 }],
};

/** Holds `stream` open until the client leaves, 60 s at most. */
function holdOpen(ctx, stream) {
  const timer = setTimeout(() => stream.end(), 60000);
  ctx.req.on('close', () => {
    clearTimeout(timer);
    stream.end();
  });
}

export default [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/extreme/')) return next();
    const route = ctx.path.slice('/test-api/extreme/'.length);
    const key = ctx.query.key ?? '';
    if (route === 'count') {
      ctx.body = { requests: counts.get(key) ?? 0 };
      return;
    }
    count(key);
    ctx.set('Cache-Control', 'no-store');
    if (route === 'feed') {
      ctx.body = feed;
    } else if (route === 'live') {
      ctx.body = { version: 1, stats: [{ id: 'attendees', value: 20 }] };
    } else if (route === 'stream') {
      const stream = new PassThrough();
      ctx.set('Content-Type', 'text/event-stream');
      ctx.body = stream;
      const total = Number(ctx.query.count) || 0;
      const message = (i) => `data: ${JSON.stringify({ version: 1, stats: [{ id: `new-${i}`, label: `invented ${i}`, value: i }] })}\n\n`;
      // `rate`: messages per second, sent in tenths of a second; without it, all at once.
      const perTick = Number(ctx.query.rate) > 0 ? Math.max(1, Math.round(Number(ctx.query.rate) / 10)) : total;
      let sent = 0;
      const tick = () => {
        let text = '';
        for (const end = Math.min(total, sent + perTick); sent < end; sent++) text += message(sent);
        if (text) stream.write(text);
        if (sent < total) setTimeout(tick, 100);
      };
      tick();
      holdOpen(ctx, stream);
    } else if (route === 'stall') {
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      stream.write('{"version": 1, "event": ');
      holdOpen(ctx, stream);
    } else {
      ctx.status = 404;
    }
  },
];
