// Real HTTP routes for the feed loader's tests. Every test uses its own key, so counts do not mix.
//
//   GET /test-api/feed/doc/<key>          the feed (or what the key's mode says), counted
//   GET /test-api/feed/mode/<key>?status=500&body=invalid|html|feed&delay=ms&rev=n
//                                         sets how the next answers of <key> behave
//   GET /test-api/feed/stats/<key>        {requests, conditional, notModified, aborted, completed}
//   GET /test-api/feed/doc/<key>?cors=1   the same, with Access-Control-Allow-Origin: *
//
// Answers carry `ETag: "<key>-<rev>"` and `Last-Modified`; a request whose If-None-Match names
// the current ETag gets 304 (when the mode's status is 200).

const modes = new Map();
const stats = new Map();

const statsOf = (key) => {
  if (!stats.has(key)) stats.set(key, { requests: 0, conditional: 0, notModified: 0, aborted: 0, completed: 0 });
  return stats.get(key);
};
const modeOf = (key) => {
  if (!modes.has(key)) modes.set(key, { status: 200, body: 'feed', delay: 0, rev: 1 });
  return modes.get(key);
};

function feed(key, rev) {
  return {
    version: 1,
    event: {
      id: key,
      name: { en: `Served feed ${key} rev ${rev}`, fr: `Flux servi ${key} rév. ${rev}` },
      timezone: 'Europe/Zurich',
      start: '2021-03-22',
      end: '2021-03-26',
      url: 'event.html',
    },
    tracks: [{ id: 't1', name: 'Track one' }],
    sessions: [
      {
        id: 's1',
        title: 'Opening',
        start: '2021-03-22T09:00:00+01:00',
        end: '2021-03-22T10:00:00+01:00',
        tracks: ['t1'],
        url: 'sessions/s1.html',
      },
    ],
  };
}

export default [
  async (ctx, next) => {
    const match = /^\/test-api\/feed\/(doc|mode|stats)\/([\w-]+?)$/.exec(ctx.path);
    if (!match) return next();
    const [, route, key] = match;
    ctx.set('cache-control', 'no-store');

    if (route === 'stats') {
      ctx.body = statsOf(key);
      return;
    }
    if (route === 'mode') {
      const mode = modeOf(key);
      const q = ctx.query;
      if (q.status) mode.status = Number(q.status);
      if (q.body) mode.body = String(q.body);
      if (q.delay) mode.delay = Number(q.delay);
      if (q.rev) mode.rev = Number(q.rev);
      ctx.body = mode;
      return;
    }

    // ?cors=1: readable from another origin (the tests use 127.0.0.1 against a page on localhost).
    if (ctx.query.cors) ctx.set('access-control-allow-origin', '*');
    const count = statsOf(key);
    const mode = { ...modeOf(key) };
    count.requests++;
    const conditional = ctx.get('if-none-match');
    if (conditional) count.conditional++;
    let closed = false;
    ctx.res.on('close', () => {
      closed = true;
      if (!ctx.res.writableFinished) count.aborted++;
    });
    if (mode.delay) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, mode.delay);
        ctx.res.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (closed) {
        ctx.status = 503; // (nobody reads it: the client left)
        return;
      }
    }
    const etag = `"${key}-${mode.rev}"`;
    ctx.set('etag', etag);
    ctx.set('last-modified', new Date(Date.UTC(2021, 2, 1) + mode.rev * 1000).toUTCString());
    ctx.set('cache-control', 'no-cache');
    ctx.res.on('finish', () => count.completed++);
    if (mode.status !== 200) {
      ctx.status = mode.status;
      ctx.body = `status ${mode.status}`;
      return;
    }
    if (conditional === etag) {
      count.notModified++;
      ctx.status = 304;
      return;
    }
    if (mode.body === 'invalid') {
      ctx.type = 'application/json';
      ctx.body = '{"version": 1, "event": ';
    } else if (mode.body === 'html') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>This page moved.';
    } else if (mode.body === 'version2') {
      ctx.body = { ...feed(key, mode.rev), version: 2 };
    } else {
      ctx.body = feed(key, mode.rev);
    }
  },
];
