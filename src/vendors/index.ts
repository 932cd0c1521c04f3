import type { VendorModule } from '../app/vendor-module.js';
import { asyntai } from './asyntai/index.js';
import { chungtair } from './chungtair/index.js';
import { companin } from './companin/index.js';

/**
 * The one list of vendors. Adding a vendor is its folder under src/vendors/, its tag and
 * paths in openapi.yaml, and one entry here (CONTRIBUTING.md).
 */
export const VENDOR_MODULES = [asyntai, chungtair, companin] as const;

type Module = (typeof VENDOR_MODULES)[number];
export type VendorName = Module['name'];

/** The demo credentials, by vendor, that docs and tests name. */
export const DEMO = Object.fromEntries(VENDOR_MODULES.map((m) => [m.name, m.demo])) as {
  [M in Module as M['name']]: M['demo'];
};

/** A fixtures file, typed by each vendor's section. */
export type Fixtures = { mode?: 'extend' | 'replace'; pages?: Record<string, string> } & {
  [M in Module as M['name']]?: M extends VendorModule<any, any, infer F> ? F : never;
};
