import { Hono } from 'hono';
import { adminRoutes } from '../admin/routes.js';
import type { OpenApiDocument } from '../spec/load-spec.js';
import { operationsOf, vendorsOf, type VendorName } from '../spec/operations.js';
import { RequestValidator } from '../spec/request-validator.js';
import { SpecRouter } from '../spec/router.js';
import { asyntai } from '../vendors/asyntai/index.js';
import { chungtair } from '../vendors/chungtair/index.js';
import { companin } from '../vendors/companin/index.js';
import type { AppEnv } from './env.js';
import { authenticateStage } from './middleware/authenticate.js';
import { corsStage } from './middleware/cors.js';
import { dispatchStage } from './middleware/dispatch.js';
import { journalStage } from './middleware/journal.js';
import { limitsStage } from './middleware/limits.js';
import { observeStage } from './middleware/observe.js';
import { routeStage } from './middleware/route.js';
import { validateStage } from './middleware/validate.js';
import { MockServices, type MockOptions } from './services.js';
import type { VendorModule } from './vendor-module.js';

export const VENDOR_MODULES: Record<VendorName, VendorModule<any>> = { asyntai, chungtair, companin };

export interface MockApp {
  /** The Fetch-style core: every adapter hands requests here. */
  fetch: (request: Request, env?: { clientIp?: string }) => Promise<Response>;
  services: MockServices;
  spec: OpenApiDocument;
  vendors: ReturnType<typeof vendorsOf>;
  /** Resolves once every operation's request validators are compiled. */
  ready: Promise<void>;
}

/**
 * Builds the one app. Each vendor mount runs the same straight line of stages:
 * CORS → observe → route (spec) → validate (spec) → authenticate → limits → dispatch.
 */
export async function createMockApp(options: MockOptions & { spec?: OpenApiDocument } = {}): Promise<MockApp> {
  // The file loader is Node-only; a browser build passes the dereferenced spec in.
  const spec = options.spec ?? (await (await import('../spec/load-spec.js')).loadSpec());
  const operations = operationsOf(spec);
  const router = new SpecRouter(operations);
  const validator = new RequestValidator(operations);
  const services = new MockServices(options);
  const vendors = vendorsOf(spec);

  const app = new Hono<AppEnv>();
  app.use('*', journalStage(services));
  app.route('/__admin', adminRoutes(services));
  for (const v of vendors) {
    const vendor = VENDOR_MODULES[v.name];
    app.all(
      `${v.mount}/*`,
      corsStage(vendor),
      observeStage(vendor, services),
      routeStage(router, vendor, v),
      validateStage(validator, vendor),
      authenticateStage(vendor, services),
      limitsStage(vendor, services),
      dispatchStage(vendor, services),
    );
  }
  app.notFound((c) => c.json({ error: `Nothing here. Vendor APIs live under ${vendors.map((v) => v.mount).join(', ')}; the mock's controls under /__admin.` }, 404));
  app.onError((error, c) => {
    // Reaching this is a mock bug; answer in the vendor's shape so clients still parse it.
    console.error(error);
    const vendor = vendors.find((v) => new URL(c.req.url).pathname.startsWith(v.mount + '/'));
    return vendor ? VENDOR_MODULES[vendor.name].error(500, 'Internal error in supportbot-mock') : c.json({ error: 'internal error' }, 500);
  });

  // Validators compile right away but a few per tick, so a server listening meanwhile can
  // answer its first request in time (an operation needed earlier compiles on demand).
  const ready = validator.compileAll();
  const fetch = async (request: Request, env?: { clientIp?: string }) => {
    const response = await app.fetch(request, env ?? {});
    return request.method === 'HEAD' ? new Response(null, { status: response.status, headers: response.headers }) : response;
  };
  return { fetch, services, spec, vendors, ready };
}
