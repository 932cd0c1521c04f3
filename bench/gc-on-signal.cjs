// Preloaded into the server by bench/memory.mjs (with --expose-gc): on SIGUSR2, a full
// collection, then the process's memory as one line on stderr, so what the bench reads is
// what the process keeps, not garbage the collector has not reached yet. Never part of the
// product.
process.on('SIGUSR2', () => {
  globalThis.gc();
  globalThis.gc();
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  process.stderr.write(`sbm-bench-memory ${JSON.stringify({ rss, heapUsed, heapTotal })}\n`);
});
