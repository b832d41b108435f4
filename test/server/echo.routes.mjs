// A route that answers with whatever status the test asks for: /test-api/status/404
export default [
  async (ctx, next) => {
    const match = /^\/test-api\/status\/(\d{3})$/.exec(ctx.path);
    if (!match) return next();
    ctx.status = Number(match[1]);
    ctx.body = `status ${match[1]}`;
  },
];
