// Live statistics routes for <wsis-stats-counter> tests. Each test uses its own `key`, so tests
// running side by side never share state.
//
//   GET /test-api/stats/set?key=K&doc=<json>   the live document K now answers (200, ETag)
//   GET /test-api/stats/set?key=K&status=500   K now fails with that status (until set again)
//   GET /test-api/stats/live?key=K             the live JSON: ETag + Cache-Control: no-cache, 304 on
//                                              a matching If-None-Match
//   GET /test-api/stats/stream?key=K           text/event-stream: the current document at once,
//                                              then every new one set for K
//   GET /test-api/stats/log?key=K              {requests: [{at, ifNoneMatch, status}], open, opened}
//   GET /test-api/stats/close-streams?key=K    ends K's open streams from the server side
//   GET /demo/live/stats.json                  the demo page's live document (the demo feed's figures)
//   GET /demo/live/stats-stream                the same as an event stream (the stories)
//   GET /demo/live/never                       never answers (the stories' loading state)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';

/** @type {Map<string, {doc?: string, status: number, requests: object[], streams: Set<PassThrough>, opened: number}>} */
const states = new Map();

function stateOf(key) {
  let state = states.get(key);
  if (!state) {
    state = { doc: undefined, status: 200, requests: [], streams: new Set(), opened: 0 };
    states.set(key, state);
  }
  return state;
}

const etagOf = (body) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;

/** The demo page's live document under the test server (`npm start` serves a growing one). */
function demoLiveDocument() {
  const feed = JSON.parse(readFileSync(new URL('../../demo/feeds/wsis-forum-2021.json', import.meta.url), 'utf8'));
  const stats = (feed.stats ?? []).map(({ id, value, qualifier }) => ({ id, value, qualifier }));
  return JSON.stringify({ version: 1, generated: new Date().toISOString(), stats });
}

export default [
  async (ctx, next) => {
    if (ctx.path === '/demo/live/stats.json') {
      ctx.set('Cache-Control', 'no-cache');
      ctx.type = 'application/json';
      ctx.body = demoLiveDocument();
      return;
    }
    if (ctx.path === '/demo/live/stats-stream') {
      const stream = new PassThrough();
      ctx.req.on('close', () => stream.end());
      ctx.status = 200;
      ctx.set('Content-Type', 'text/event-stream');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = stream;
      stream.write(`data: ${demoLiveDocument()}\n\n`);
      return;
    }
    if (ctx.path === '/demo/live/never') {
      // The stories' loading state: held until the client leaves or 20 s pass.
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 20000);
        ctx.req.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      ctx.status = 504;
      return;
    }
    if (!ctx.path.startsWith('/test-api/stats/')) return next();
    const key = String(ctx.query.key ?? '');
    const state = stateOf(key);
    const route = ctx.path.slice('/test-api/stats/'.length);

    if (route === 'set') {
      if (ctx.query.status) state.status = Number(ctx.query.status);
      if (typeof ctx.query.doc === 'string') {
        state.doc = ctx.query.doc;
        state.status = 200;
        for (const stream of state.streams) stream.write(`data: ${state.doc}\n\n`);
      }
      ctx.body = { ok: true };
      return;
    }

    if (route === 'log') {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { requests: state.requests, open: state.streams.size, opened: state.opened };
      return;
    }

    if (route === 'live') {
      const ifNoneMatch = ctx.get('If-None-Match') || undefined;
      const entry = { at: Date.now(), ifNoneMatch, status: state.status };
      state.requests.push(entry);
      if (state.status !== 200 || state.doc === undefined) {
        ctx.set('Cache-Control', 'no-store');
        ctx.status = state.status === 200 ? 404 : state.status;
        ctx.body = 'no live figures';
        entry.status = ctx.status;
        return;
      }
      const etag = etagOf(state.doc);
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', 'no-cache');
      if (ifNoneMatch === etag) {
        ctx.status = 304;
        entry.status = 304;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = state.doc;
      return;
    }

    if (route === 'stream') {
      state.requests.push({ at: Date.now(), status: state.status });
      if (state.status !== 200) {
        ctx.status = state.status;
        ctx.body = 'stream refused';
        return;
      }
      const stream = new PassThrough();
      state.streams.add(stream);
      state.opened += 1;
      const close = () => {
        state.streams.delete(stream);
        stream.end();
      };
      ctx.req.on('close', close);
      ctx.req.socket.setTimeout(0);
      ctx.status = 200;
      ctx.set('Content-Type', 'text/event-stream');
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Connection', 'keep-alive');
      ctx.body = stream;
      stream.write(': connected\n\n');
      if (state.doc !== undefined) stream.write(`data: ${state.doc}\n\n`);
      return;
    }

    if (route === 'close-streams') {
      // Ends every open stream of K from the server side (a dropped connection).
      for (const stream of state.streams) stream.end();
      state.streams.clear();
      ctx.body = { ok: true };
      return;
    }

    return next();
  },
];
