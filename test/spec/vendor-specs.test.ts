import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendorSpecs } from '../../scripts/vendor-specs.mjs';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import type { paths as AsyntaiPaths } from '../../src/generated/asyntai.js';
import { VENDOR_MODULES } from '../../src/vendors/index.js';
import { loopbackFetch } from '../support/loopback-fetch.js';
import { DEMO } from '../support/mock.js';

/**
 * openapi/<vendor>.yaml and .json: each vendor's API at its real paths, the real origin as
 * its first server and the mock's forms after it, as `npm run generate` writes them. A
 * client generated from one reaches the vendor or the mock by its base URL alone.
 */
const SPEC_PATH = new URL('../../openapi.yaml', import.meta.url);
const specs = vendorSpecs(SPEC_PATH);
const file = (name: string) => new URL(`../../openapi/${name}`, import.meta.url);

describe('openapi/<vendor>.yaml and .json', () => {
  it('exist for every vendor in the list, and are what npm run generate writes today', () => {
    expect(specs.map((s) => s.name)).toEqual(VENDOR_MODULES.map((m) => m.name));
    for (const { name, spec } of specs) {
      expect(parse(readFileSync(file(`${name}.yaml`), 'utf8')), `${name}.yaml is stale`).toEqual(spec);
      expect(JSON.parse(readFileSync(file(`${name}.json`), 'utf8')), `${name}.json is stale`).toEqual(spec);
    }
  });

  it("list the real origin first, then the mock's host-name and mount forms", () => {
    for (const { name, spec } of specs) {
      const origin = spec.tags[0]['x-vendor'].origin;
      expect(spec.servers.map((s: { url: string }) => s.url)).toEqual([
        origin,
        `http://${name}.localhost:{port}`,
        `http://127.0.0.1:{port}/${name}`,
      ]);
      expect(Object.keys(spec.paths).every((p) => !p.startsWith(`/${name}/`))).toBe(true);
    }
  });

  it('are in the package and linted', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.files).toContain('openapi');
    expect(pkg.scripts.lint).toContain('redocly lint openapi.yaml openapi/*.yaml');
  });
});

describe('a client generated from a vendor spec', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
  });
  afterAll(() => server.close());

  it("reaches the mock at each of the spec's mock servers, by base URL only", async () => {
    const { servers } = specs.find((s) => s.name === 'asyntai')!.spec;
    const port = new URL(server.url).port;
    for (const { url } of servers.slice(1)) {
      const asyntai = createClient<AsyntaiPaths>({
        baseUrl: url.replace('{port}', port),
        headers: { Authorization: `Bearer ${DEMO.asyntai.starter}` },
        fetch: loopbackFetch(),
      });
      const { data, error } = await asyntai.GET('/api/v1/account/');
      expect(error, url).toBeUndefined();
      expect(data?.account.plan).toBe('starter');
    }
  });
});
