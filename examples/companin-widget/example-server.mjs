// Serves the Companin example: a host page and the widget page. Reached as
// http://localhost:PORT and http://127.0.0.1:PORT they are two origins, as a shop and
// the vendor's widget host are, so the widget's calls go cross-origin with preflights.
// The widget page carries the widget's own CSP: its dev server's `connect-src 'self'
// <NEXT_PUBLIC_API_BASE_URL>` (proxy.ts), the `api` it is given, or with `csp=production`
// a production build's `connect-src 'self' https: wss:` (shared/client-facts.md A.1).
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

/** The widget's connect-src, as its dev server or a production build sets it. */
function widgetCsp(params) {
  if (params.get('csp') === 'production') return "connect-src 'self' https: wss:";
  // A CSP source is one token: an API value with spaces or quotes would be another directive.
  const api = (params.get('api') ?? '').replace(/[\s;,'"]/g, '');
  return `connect-src 'self' ${api}`;
}

export async function startCompaninExample({ port = 4030 } = {}) {
  const files = Object.fromEntries(FILES.map((f) => [`/${f}`, [f.split('.').pop(), readFileSync(join(here, f))]]));
  files['/'] = files['/index.html'];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = files[url.pathname];
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const headers = { 'content-type': TYPES[file[0]], 'cache-control': 'no-store' };
    if (url.pathname === '/widget.html') headers['content-security-policy'] = widgetCsp(url.searchParams);
    res.writeHead(200, headers).end(file[1]);
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
  // An origin, as the widget's NEXT_PUBLIC_API_BASE_URL is: its CSP then allows every path.
  const api = process.argv[2] ?? 'http://companin.localhost:4010';
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
