// Logo routes for <wsis-partner-wall> tests: a tiny valid PNG (2×1 px), the same after a delay (to see
// that the logo's box is reserved while it loads), and a logo that is missing (a real 404).
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGPgjln9//9/AAq7BBBV6JS5AAAAAElFTkSuQmCC',
  'base64',
);

export default [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/partner-wall/')) return next();
    const name = ctx.path.slice('/test-api/partner-wall/'.length);
    if (name === 'logo.png' || name === 'slow-logo.png') {
      if (name === 'slow-logo.png') await new Promise((resolve) => setTimeout(resolve, 1500));
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'image/png';
      ctx.body = png;
      return;
    }
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'no such logo';
  },
];
