import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { localCa, type LocalCa } from '../../src/adapters/tls/local-ca.js';
import { certificateNames, serverCertificate } from '../../src/adapters/tls/server-cert.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { loopbackFetch } from '../support/loopback-fetch.js';
import { DEMO, bearer, companinKeys, streamedCompaninReply } from '../support/mock.js';

/**
 * The vendors where their clients look for them, through the Node server: at their real
 * paths from `/` by host name (`<vendor>.localhost`) and on a port of their own, over
 * HTTPS under the local CA, and through the intercepting proxy (HTTPS_PROXY) at their real
 * origins. Every answer is checked against the spec.
 */
let app: MockApp;
let server: RunningServer;
let ca: LocalCa;
const caFolder = mkdtempSync(join(tmpdir(), 'supportbot-ca-'));

beforeAll(async () => {
  ca = await localCa(join(caFolder, 'ca'));
  app = await createMockApp({ clock: 'frozen' });
  server = await startNodeServer(app, {
    port: 0,
    vendorPorts: { companin: 0 },
    httpsPort: 0,
    tls: () => serverCertificate(certificateNames(app.vendors), ca),
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(caFolder, { recursive: true, force: true });
});

const port = () => new URL(server.url).port;
const client = (vendor: string, base: string, options: Parameters<typeof loopbackFetch>[0] = {}) =>
  new AssertingSpecClient(`/${vendor}`, base, loopbackFetch(options));
const lastEntry = async () => (await app.admin('GET', '/journal?limit=1')).body.entries[0];

describe('a vendor at its host name, from /', () => {
  it('serves each vendor at http://<vendor>.localhost:PORT with its real paths, and journals the form', async () => {
    const asyntai = client('asyntai', `http://asyntai.localhost:${port()}`);
    const chat = await asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.starter),
      json: { message: 'What are your business hours?' },
    });
    expect(chat.status).toBe(200);
    expect(await lastEntry()).toMatchObject({ form: 'host', path: '/asyntai/api/v1/chat/', vendor: 'asyntai' });

    const chungtair = client('chungtair', `http://chungtair.localhost:${port()}`);
    const config = await chungtair.call('get', '/chungtair/api/widget/config', {
      query: { token: DEMO.chungtair.enabled },
    });
    expect(config.body.success).toBe(true);

    const companin = client('companin', `http://companin.localhost:${port()}`);
    expect((await companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys })).status).toBe(200);
  });

  it('redirects a missing slash relative to the form the client used', async () => {
    const res = await loopbackFetch()(
      new Request(`http://asyntai.localhost:${port()}/api/v1/chat`, { method: 'POST' }),
    );
    expect(res.status).toBe(301);
    expect(
      new URL(res.headers.get('location')!, res.url || `http://asyntai.localhost:${port()}/api/v1/chat`).href,
    ).toBe(`http://asyntai.localhost:${port()}/api/v1/chat/`);
  });

  it('keeps admin on the mock own names: at a vendor host name /__admin is the vendor 404', async () => {
    const res = await loopbackFetch()(new Request(`http://companin.localhost:${port()}/__admin/journal`));
    expect(res.status).toBe(404);
    expect((await res.json()).detail).toBeDefined();
    expect((await fetch(`${server.url}/__admin/journal?limit=1`)).status).toBe(200);
  });

  it('still serves the path mounts on the main host', async () => {
    const mounted = new AssertingSpecClient('/chungtair', `${server.url}/chungtair`);
    const res = await mounted.call('get', '/chungtair/api/widget/config', { query: { token: DEMO.chungtair.enabled } });
    expect(res.status).toBe(200);
    expect((await lastEntry()).form).toBe('mount');
  });
});

describe('a vendor on a port of its own (--vendor-port)', () => {
  it('serves only that vendor, from its root, and no admin', async () => {
    const own = server.vendorUrls.companin!;
    const companin = client('companin', own);
    expect((await companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys })).status).toBe(200);
    expect((await lastEntry()).form).toBe('port');
    // The client report counts each client's requests by the form they came in.
    const report = (await app.admin('GET', '/report')).body;
    const clients = report.vendors.find((v: { vendor: string }) => v.vendor === 'companin').clients;
    expect(clients.some((c: { forms: Record<string, number> }) => c.forms.port >= 1 && c.forms.host >= 1)).toBe(true);
    const elsewhere = await fetch(`${own}/api/v1/chat/`, { method: 'POST' });
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toMatchObject({
      status: 'error',
      detail: expect.stringContaining('No such endpoint'),
    });
    expect((await fetch(`${own}/__admin/journal`)).status).toBe(404);
    expect((await fetch(`${own}/companin/api/v1/assistants/`, { headers: companinKeys })).status).toBe(404);
  });
});

describe('HTTPS (--https-port) under the local CA', () => {
  it('serves every host name form with a certificate for loopback, *.localhost and the real host names', async () => {
    const https = new URL(server.httpsUrl!);
    const asyntai = client('asyntai', `https://asyntai.localhost:${https.port}`, { ca: ca.certPem });
    const chat = await asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.starter),
      json: { message: 'hello' },
    });
    expect(chat.status).toBe(200);

    const { cert } = await serverCertificate(certificateNames(app.vendors), ca);
    const x509 = new X509Certificate(cert);
    for (const name of ['localhost', '*.localhost', 'companin.localhost', 'asyntai.com', 'aibot.chungtair.com'])
      expect(x509.subjectAltName).toContain(`DNS:${name}`);
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509.checkIssued(new X509Certificate(ca.certPem))).toBe(true);
  });

  it('streams a Companin reply over TLS, event by event', async () => {
    const https = new URL(server.httpsUrl!);
    const companin = client('companin', `https://companin.localhost:${https.port}`, { ca: ca.certPem });
    const events = await streamedCompaninReply(companin);
    expect(events.length).toBeGreaterThan(1);
  });

  it('is refused by a client that does not trust the CA', async () => {
    const https = new URL(server.httpsUrl!);
    await expect(
      loopbackFetch()(new Request(`https://asyntai.localhost:${https.port}/api/v1/account/`)),
    ).rejects.toThrow(/certificate/);
  });
});

/** A plain-HTTP proxy request or a CONNECT, raw: what a client with HTTP(S)_PROXY sends. */
function viaProxy(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: port(), method, path, headers });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode!, body: '' });
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the intercepting proxy on the main port', () => {
  it('answers a plain-HTTP proxy request for a vendor origin, and refuses any other host with 403', async () => {
    const ok = await viaProxy('GET', `http://aibot.chungtair.com/api/widget/config?token=${DEMO.chungtair.enabled}`, {
      host: 'aibot.chungtair.com',
    });
    expect(ok.status).toBe(200);
    expect((await lastEntry()).form).toBe('host');
    const other = await viaProxy('GET', 'http://example.com/', { host: 'example.com' });
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body).error).toMatch(/not a proxy for example\.com/);
  });

  it('opens a tunnel only to a vendor host', async () => {
    expect((await viaProxy('CONNECT', 'asyntai.com:443', { host: 'asyntai.com:443' })).status).toBe(200);
    expect((await viaProxy('CONNECT', 'example.com:443', { host: 'example.com:443' })).status).toBe(403);
    expect((await viaProxy('CONNECT', '127.0.0.1:22', { host: '127.0.0.1:22' })).status).toBe(403);
  });

  it("serves Python requests at all three vendors' real URLs through HTTPS_PROXY, verifying the CA", async () => {
    const caFile = join(caFolder, 'ca', 'ca-cert.pem');
    const script = `
import json, requests
proxies = {"http": "${server.url}", "https": "${server.url}"}
def call(method, url, **kw):
    r = requests.request(method, url, proxies=proxies, verify="${caFile}", timeout=10, **kw)
    return [r.status_code, r.json()]
out = [
    call("POST", "https://asyntai.com/api/v1/chat/", headers={"Authorization": "Bearer ${DEMO.asyntai.starter}"},
         json={"message": "What are your business hours?"}),
    call("GET", "https://aibot.chungtair.com/api/widget/config", params={"token": "${DEMO.chungtair.enabled}"}),
    call("GET", "https://app.companin.tech/api/v1/assistants/",
         headers={"X-API-Key": "${DEMO.companin.clientId}", "X-API-Secret": "${DEMO.companin.clientSecret}"}),
]
try:
    requests.get("https://example.com/", proxies=proxies, verify="${caFile}", timeout=10)
    out.append("reached")
except requests.exceptions.ProxyError as e:
    out.append("refused")
print(json.dumps(out))
`;
    const { stdout } = await promisify(execFile)('python3', ['-c', script], {
      env: { ...process.env, NO_PROXY: '', no_proxy: '' },
    });
    const [chat, config, assistants, other] = JSON.parse(stdout);
    expect(chat[0]).toBe(200);
    expect(chat[1].response).toMatch(/business hours|Monday/i);
    expect(config).toEqual([200, expect.objectContaining({ success: true })]);
    expect(assistants[0]).toBe(200);
    expect(other).toBe('refused');
    const forms = (await app.admin('GET', '/journal?limit=3')).body.entries.map((e: { form: string }) => e.form);
    expect(forms).toEqual(['host', 'host', 'host']);
  });
});

describe('the local CA', () => {
  it('is made once, its key 0600 in a 0700 folder, and read again unchanged', async () => {
    const dir = join(caFolder, 'ca');
    expect((await localCa(dir)).certPem).toBe(ca.certPem);
    const { statSync } = await import('node:fs');
    expect(statSync(join(dir, 'ca-key.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('refuses a damaged folder with a clear error instead of making a new CA', async () => {
    const { writeFileSync, mkdirSync, chmodSync } = await import('node:fs');
    const half = join(caFolder, 'half');
    mkdirSync(half);
    writeFileSync(join(half, 'ca-cert.pem'), readFileSync(join(caFolder, 'ca', 'ca-cert.pem')));
    await expect(localCa(half)).rejects.toThrow(/has no .*ca-key\.pem: remove .* to have a new CA made/);
    const broken = join(caFolder, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'ca-cert.pem'), 'not a certificate');
    writeFileSync(join(broken, 'ca-key.pem'), ca.keyPem, { mode: 0o600 });
    await expect(localCa(broken)).rejects.toThrow(/is damaged/);
    chmodSync(join(broken, 'ca-key.pem'), 0o644);
    await expect(localCa(broken)).rejects.toThrow(/may be read by other users \(mode 644\)/);
  });
});
