// Real HTTP behaviour for the fault and sharing tests. `key` separates tests from each other.
// No extension on routes that are read again: the test server marks paths with one as cacheable
// for a year, and the browser would answer re-reads from its cache.
//   /test-api/counted/<key>  the demo feed, counting requests   (/test-api/count/<key> → n)
//   /test-api/slow/<ms>      the demo feed after a delay
//   /test-api/flaky/<key>    the demo feed once, then 500 (refresh failures)
//   /test-api/hang/<key>     never answers; records when the client aborts (/test-api/aborted/<key>)
//   /test-api/invalid.json        not JSON;  /test-api/version-2.json  a newer version
//   /test-api/live/<key>     a live statistics document; /test-api/live/<key>-stream  the same as an event stream
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';

const demo = () => readFileSync(new URL('../../demo/feeds/wsis-forum-2021.json', import.meta.url), 'utf8');
const counts = new Map();
const liveDocument = () => ({ version: 1, generated: new Date().toISOString(), stats: [{ id: 'attendees', label: 'attendees', value: 50000 + Math.floor(Date.now() / 1000) % 1000, qualifier: 'over' }] });
const aborted = new Set();

export default [
  async (ctx, next) => {
    const path = ctx.path;
    let match;
    if ((match = /^\/test-api\/counted\/([\w-]+)$/.exec(path))) {
      counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
      ctx.type = 'application/json';
      ctx.body = demo();
    } else if ((match = /^\/test-api\/count\/([\w-]+)$/.exec(path))) {
      ctx.body = String(counts.get(match[1]) ?? 0);
    } else if ((match = /^\/test-api\/slow\/(\d+)$/.exec(path))) {
      await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
      ctx.type = 'application/json';
      ctx.body = demo();
    } else if ((match = /^\/test-api\/flaky\/([\w-]+)$/.exec(path))) {
      const n = (counts.get(`flaky-${match[1]}`) ?? 0) + 1;
      counts.set(`flaky-${match[1]}`, n);
      if (n === 1) {
        ctx.type = 'application/json';
        ctx.body = demo();
      } else {
        ctx.status = 500;
        ctx.body = 'down';
      }
    } else if ((match = /^\/test-api\/hang\/([\w-]+)$/.exec(path))) {
      const key = match[1];
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 15000);
        ctx.req.on('close', () => {
          clearTimeout(timer);
          aborted.add(key);
          resolve();
        });
      });
      ctx.status = 504;
    } else if ((match = /^\/test-api\/aborted\/([\w-]+)$/.exec(path))) {
      ctx.body = aborted.has(match[1]) ? 'yes' : 'no';
    } else if ((match = /^\/test-api\/live\/([\w-]+)-stream$/.exec(path))) {
      const stream = new PassThrough();
      ctx.req.on('close', () => stream.end());
      ctx.type = 'text/event-stream';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = stream;
      stream.write(`data: ${JSON.stringify(liveDocument())}\n\n`);
    } else if ((match = /^\/test-api\/live\/([\w-]+)$/.exec(path))) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(liveDocument());
    } else if (path === '/test-api/invalid.json') {
      ctx.type = 'application/json';
      ctx.body = '{"version": 1, "event": ';
    } else if (path === '/test-api/version-2.json') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ...JSON.parse(demo()), version: 2 });
    } else {
      return next();
    }
  },
];
