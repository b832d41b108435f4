// A feed that does not answer for a long while, for loading states. The request is held until
// the client leaves or 20 s pass, so a forgotten request cannot pin a connection forever.
export default [
  async (ctx, next) => {
    if (ctx.path !== '/test-api/slow-never') return next();
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 20000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ctx.status = 504;
  },
];
