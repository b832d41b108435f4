// Pages for the hostile-host tests: a strict Content-Security-Policy on /test/pages/csp.html, and
// a 20 MB feed generated once on demand.
import { synthesizeFeed } from '../../scripts/feed-synth.mjs';

const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

let hugeFeed;

export default [
  async (ctx, next) => {
    if (ctx.path === '/test-api/huge-feed.json') {
      // 24,000 sessions: about 20 MB of JSON.
      hugeFeed ??= JSON.stringify(synthesizeFeed({ sessions: 24000, seed: 7, days: 120 }));
      ctx.type = 'application/json';
      ctx.body = hugeFeed;
      return;
    }
    await next();
    if (ctx.path === '/test/pages/csp.html') ctx.set('Content-Security-Policy', strictPolicy);
  },
];
