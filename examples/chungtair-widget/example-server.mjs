// Serves the widget example: its static files, msw's worker script, and /msw-setup.js
// (msw + supportbot-mock's browser build, bundled once on start) for ?msw=1.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export async function startExampleServer({ port = 4020, host = '127.0.0.1' } = {}) {
  const bundle = await build({
    entryPoints: [join(here, 'msw-entry.js')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    alias: { 'supportbot-mock/msw/browser': join(root, 'dist/browser/msw.js') },
    logLevel: 'warning',
  });
  const files = {
    '/': ['.html', readFileSync(join(here, 'index.html'))],
    '/index.html': ['.html', readFileSync(join(here, 'index.html'))],
    '/widget.js': ['.js', readFileSync(join(here, 'widget.js'))],
    '/widget.css': ['.css', readFileSync(join(here, 'widget.css'))],
    '/msw-setup.js': ['.js', bundle.outputFiles[0].contents],
    '/mockServiceWorker.js': ['.js', readFileSync(join(root, 'node_modules/msw/lib/mockServiceWorker.js'))],
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[file[0]], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const url = `http://${host}:${server.address().port}`;
  return {
    url,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startExampleServer({ port: Number(process.env.PORT ?? 4020) });
  const mock = 'http://127.0.0.1:4010/chungtair';
  const paused = 'fedcba9876543210fedcba9876543210';
  console.log(`Chungtair widget example on ${url}/
  against the local mock (run npm start too):  ${url}/?api=${mock}
  a paused bot:                                 ${url}/?api=${mock}&token=${paused}
  with no server at all (msw in the page):      ${url}/?msw=1`);
}
