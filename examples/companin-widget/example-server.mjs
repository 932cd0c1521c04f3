// Serves the Companin example: a host page and the widget page. Reached as
// http://localhost:PORT and http://127.0.0.1:PORT they are two origins, as a shop and
// the vendor's widget host are, so the widget's calls go cross-origin with preflights.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};
const FILES = ['index.html', 'widget.html', 'widget.js', 'widget.css'];

export async function startCompaninExample({ port = 4030 } = {}) {
  const files = Object.fromEntries(FILES.map((f) => [`/${f}`, [f.split('.').pop(), readFileSync(join(here, f))]]));
  files['/'] = files['/index.html'];
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[file[0]], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address();
  return {
    hostUrl: `http://localhost:${bound}`,
    widgetUrl: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const api = process.argv[2] ?? 'http://127.0.0.1:4010/companin';
  const example = await startCompaninExample();
  const q = new URLSearchParams({
    widget: `${example.widgetUrl}/widget.html`,
    api,
    clientId: 'cmp_test_client',
    agentId: '550e8400-e29b-41d4-a716-446655440000',
    configId: '6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  });
  console.log(`open ${example.hostUrl}/?${q}`);
}
