// The demo data for the default seed, made at build time by the code that makes it at run
// time (demoSections, with the vendors createMockApp pairs, in its order). The bundles
// inline it as __SUPPORTBOT_DEMO__, so a default start never loads faker: 150 KB gzipped in
// the browser, ~40 ms of the CLI's start-up (docs/performance.md).
import { readFileSync } from 'node:fs';
import { pairVendors } from '../dist/create-app.js';
import { DEFAULT_SEED } from '../dist/core/random.js';
import { demoSections } from '../dist/fixtures/demo-data.js';

export async function demoDefine() {
  const { spec } = JSON.parse(readFileSync('dist/openapi.snapshot.json', 'utf8'));
  const vendors = pairVendors(spec).map((v) => v.module);
  const sections = Object.fromEntries(await demoSections(vendors, DEFAULT_SEED));
  return JSON.stringify({ seed: DEFAULT_SEED, vendors: vendors.map((v) => v.name), sections });
}
