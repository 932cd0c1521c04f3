import { createServer } from 'node:net';

/** A port nothing listens on now, for a process the test starts that takes its port as a flag. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
