import { createServer, type Server } from 'node:http';

/** An "Asyntai" that gets things wrong: a wrong type, a missing field, an undocumented status, HTML. */
export function wrongAsyntai(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (path === '/api/v1/account/') return json(200, { success: true, account: 'nope' });
    if (path === '/api/v1/websites/') return json(200, { success: true });
    if (path === '/api/v1/sessions/') return json(418, { success: false, error: 'teapot' });
    // Accepts anything, even a chat with no message.
    if (path === '/api/v1/chat/') return json(200, { success: true, response: 'Sure.', session_id: 's1' });
    if (path === '/api/v1/webhooks/')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>');
    json(404, { success: false, error: 'Not found' });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, server });
    }),
  );
}
