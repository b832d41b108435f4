// Award images for the prize-winners tests: a real PNG, and a real 404 for the fallback.
// /test-api/prize-image/ok.png → 200 image/png (a 1×1 pixel); /test-api/prize-image/missing.png → 404.
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export default [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/prize-image/')) return next();
    if (ctx.path === '/test-api/prize-image/ok.png') {
      ctx.status = 200;
      ctx.type = 'image/png';
      ctx.body = pixel;
      return;
    }
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'no such image';
  },
];
