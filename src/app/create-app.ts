import { Hono } from 'hono';
import { adminRoutes } from '../admin/routes.js';
import { DEFAULT_SEED } from '../core/random.js';
import { demoSections } from '../fixtures/demo-data.js';
import { resolveFixtures } from '../fixtures/resolve-fixtures.js';
import type { OpenApiDocument } from '../spec/load-spec.js';
import { operationsOf, vendorsOf, type VendorInfo } from '../spec/operations.js';
import { RequestValidator } from '../spec/request-validator.js';
import { SpecRouter } from '../spec/router.js';
import { VENDOR_MODULES } from '../vendors/index.js';
import { adminGuard } from '../admin/guard.js';
import type { AdapterEnv, AppEnv } from './env.js';
import { authenticateStage } from './middleware/authenticate.js';
import { bodyStage } from './middleware/body.js';
import { corsStage } from './middleware/cors.js';
import { bindHandlers, dispatchStage } from './middleware/dispatch.js';
import { isDropped } from './drop.js';
import { faultStage } from './middleware/faults.js';
import { journalStage } from './middleware/journal.js';
import { reportStage } from './middleware/report.js';
import { limitsStage } from './middleware/limits.js';
import { observeStage } from './middleware/observe.js';
import { routeStage } from './middleware/route.js';
import { validateStage } from './middleware/validate.js';
import { MockRuntime, type MockOptions } from './runtime.js';
import type { VendorModule } from './vendor-module.js';

export interface MockApp {
  /** The Fetch-style core: every adapter hands requests here. */
  fetch: (request: Request, env?: AdapterEnv) => Promise<Response>;
  services: MockRuntime;
  spec: OpenApiDocument;
  vendors: VendorInfo[];
  /** Resolves once every operation's request validators are compiled. */
  ready: Promise<void>;
  /**
   * The answer, in the shape of the vendor whose mount the path is under, to a request an
   * adapter refused before the core could see it (a header too large, an unknown method).
   */
  refusal(path: string, status: number, message: string): Response;
  /** Calls the mock's /__admin API in process (msw mode has no server to curl). */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

/** Each vendor in the spec with its module; a vendor in one and not the other stops the build. */
export function pairVendors(spec: OpenApiDocument): { info: VendorInfo; module: VendorModule }[] {
  const infos = vendorsOf(spec);
  const modules: readonly VendorModule[] = VENDOR_MODULES;
  for (const m of modules)
    if (!infos.some((i) => i.name === m.name)) throw new Error(`vendor ${m.name} has no tag with x-vendor in the spec`);
  return infos.map((info) => {
    const module = modules.find((m) => m.name === info.name);
    if (!module) throw new Error(`the spec's vendor ${info.name} has no module in src/vendors/index.ts`);
    return { info, module };
  });
}

/**
 * Builds the one app. Each vendor mount runs the same straight line of stages:
 * report → CORS → observe → route (spec) → body (capped) → validate (spec) → authenticate → faults → limits →
 * dispatch.
 */
export async function createMockApp(options: MockOptions & { spec?: OpenApiDocument } = {}): Promise<MockApp> {
  // The file loader is Node-only; a browser build passes the dereferenced spec in.
  const spec = options.spec ?? (await (await import('../spec/load-spec.js')).loadSpec());
  const operations = operationsOf(spec);
  const router = new SpecRouter(operations);
  const validator = new RequestValidator(operations);
  const vendors = pairVendors(spec);
  const modules = vendors.map((v) => v.module);
  const catalogue = new Map(
    modules.map((m) => [
      m.name,
      {
        operations: operations.filter((o) => o.vendor === m.name && o.method !== 'OPTIONS').map((o) => o.id),
        errorPaths: m.report?.errorPaths ?? [],
      },
    ]),
  );
  const demo =
    options.fixtures?.mode === 'replace' ? new Map() : await demoSections(modules, options.seed ?? DEFAULT_SEED);
  const sections = resolveFixtures(modules, demo, options.fixtures);
  await Promise.all(modules.map((m) => m.prepare?.(sections.get(m.name))));
  const services = new MockRuntime(
    options,
    spec,
    // A copy per seeding: a reset must not see what requests did to the records it seeded.
    (runtime) => new Map(modules.map((m) => [m.name, m.seed(structuredClone(sections.get(m.name)), runtime)])),
    catalogue,
  );

  const app = new Hono<AppEnv>();
  app.use('*', journalStage(services));
  app.use('/__admin/*', adminGuard);
  app.route('/__admin', adminRoutes(services, modules));
  for (const { info, module: vendor } of vendors) {
    const served = operations.filter((o) => o.vendor === vendor.name && o.method !== 'OPTIONS').map((o) => o.id);
    const handlers = bindHandlers(vendor, served);
    app.all(
      `${info.mount}/*`,
      reportStage(vendor, services),
      corsStage(vendor),
      observeStage(vendor, services),
      routeStage(router, vendor, info),
      bodyStage(vendor),
      validateStage(validator, vendor),
      authenticateStage(vendor, services),
      faultStage(vendor, services),
      limitsStage(vendor, services),
      dispatchStage(vendor, services, handlers),
    );
  }
  const mounts = vendors.map((v) => v.info.mount);
  app.notFound((c) =>
    c.json(
      { error: `Nothing here. Vendor APIs live under ${mounts.join(', ')}; the mock's controls under /__admin.` },
      404,
    ),
  );
  app.onError((error, c) => {
    // Reaching this is a mock bug; answer in the vendor's shape so clients still parse it.
    console.error(error);
    const vendor = vendors.find((v) => new URL(c.req.url).pathname.startsWith(v.info.mount + '/'));
    return vendor
      ? vendor.module.error(500, 'Internal error in supportbot-mock')
      : c.json({ error: 'internal error' }, 500);
  });

  // Validators compile right away but a few per tick, so a server listening meanwhile can
  // answer its first request in time (an operation needed earlier compiles on demand).
  const ready = validator.compileAll();
  const fetch = async (request: Request, env?: AdapterEnv) => {
    const response = await app.fetch(request, env ?? {});
    // A dropped connection, in process: the network error fetch would give (adapters/node-server.ts).
    if (isDropped(response) && !env?.keepDropMarker) return Response.error();
    return request.method === 'HEAD'
      ? new Response(null, { status: response.status, headers: response.headers })
      : response;
  };
  const admin = async (method: string, path: string, body?: unknown) => {
    const init = {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    const res = await fetch(new Request(`http://supportbot-mock.local/__admin${path}`, init));
    return { status: res.status, body: await res.json() };
  };
  const refusal = (path: string, status: number, message: string) => {
    const vendor = vendors.find((v) => path.startsWith(v.info.mount + '/'));
    return vendor ? vendor.module.error(status, message) : Response.json({ error: message }, { status });
  };
  return { fetch, services, spec, vendors: vendors.map((v) => v.info), ready, admin, refusal };
}
