import { DEFAULT_SEED } from '../core/random.js';
import type { RequestView, Target } from '../core/request-view.js';
import { demoSections } from '../fixtures/demo-data.js';
import { resolveFixtures } from '../fixtures/resolve-fixtures.js';
import type { OpenApiDocument } from '../spec/load-spec.js';
import { operationsOf, type VendorInfo } from '../spec/operations.js';
import { RequestValidator } from '../spec/request-validator.js';
import { SpecRouter } from '../spec/router.js';
import { jsonAnswer, toResponse, type Answer } from './answer.js';
import type { AdapterEnv } from './env.js';
import { Exchange } from './exchange.js';
import { MockRuntime, type MockOptions } from './runtime.js';
import { authenticateStage } from './stages/authenticate.js';
import { bodyStage } from './stages/body.js';
import { corsStage } from './stages/cors.js';
import { bindHandlers, dispatchStage } from './stages/dispatch.js';
import { faultStage } from './stages/faults.js';
import { journalStage } from './stages/journal.js';
import { limitsStage } from './stages/limits.js';
import { mountStage } from './stages/mounts.js';
import { observeStage } from './stages/observe.js';
import { reportStage } from './stages/report.js';
import { rootHosts, rootStage } from './stages/roots.js';
import { routeStage } from './stages/route.js';
import { chain, type Stage } from './stages/stage.js';
import { validateStage } from './stages/validate.js';
import type { VendorModule } from './vendor-module.js';

export interface MockApp {
  /** The Fetch-style core: msw and in-process calls hand requests here, admin's included. */
  fetch: (request: Request, env?: AdapterEnv) => Promise<Response>;
  /**
   * The same core for a vendor's request, as a light view of it: the Node server calls this
   * and writes the answer to the socket itself (docs/performance.md). `fetch` calls it too.
   */
  handle: (request: RequestView, target: Target, env?: AdapterEnv) => Promise<Answer>;
  /** The clock, state, journal, faults, limits and shared services: yours to drive in tests. */
  runtime: MockRuntime;
  /** @deprecated The same object as `runtime`, under its first name. */
  services: MockRuntime;
  spec: OpenApiDocument;
  vendors: VendorInfo[];
  /** Resolves once every operation's request validators are compiled (asking starts it, `on-demand`). */
  ready: Promise<void>;
  /**
   * The answer, in the shape of the vendor named (or whose mount the path is under), to a
   * request an adapter refused before the core could see it (a header too large, an
   * unknown method).
   */
  refusal(path: string, status: number, message: string, vendor?: string): Answer;
  /** The vendor a Host serves from its root (`<vendor>.localhost`, its real host name), if any. */
  rootOf(host: string | null | undefined): VendorInfo | undefined;
  /** Calls the mock's /__admin API in process (msw mode has no server to curl). */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

/** A vendor as the spec declares it, with the module that serves it (paired at the top, src/create-app.ts). */
export interface VendorPair {
  info: VendorInfo;
  module: VendorModule;
}

/**
 * The mock's own controls, mounted beside the vendors by whoever assembles the app: the
 * core knows only which paths are theirs and where to send them.
 */
export interface AdminMount {
  owns(pathname: string): boolean;
  fetch(request: Request, env: AdapterEnv): Promise<Response>;
}

/**
 * Builds the one app. Every request but admin's is journaled, and each vendor mount runs
 * the same straight line of stages: report → CORS → observe → route (spec) → body
 * (capped) → validate (spec) → authenticate → faults → limits → dispatch.
 */
export async function createCore(
  spec: OpenApiDocument,
  vendors: VendorPair[],
  options: MockOptions,
  mountAdmin: (runtime: MockRuntime, modules: readonly VendorModule[], mounts: string[]) => AdminMount,
): Promise<MockApp> {
  const operations = operationsOf(spec);
  const router = new SpecRouter(operations);
  const validator = new RequestValidator(operations);
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
  const runtime = new MockRuntime(
    options,
    spec,
    // A copy per seeding: a reset must not see what requests did to the records it seeded.
    (seeding) => new Map(modules.map((m) => [m.name, m.seed(structuredClone(sections.get(m.name)), seeding)])),
    catalogue,
  );

  // The proxy's parts, with the Ajv they compile at once, load only for the proxy: the
  // browser's first load leaves Ajv out (spec/load-ajv.ts).
  const proxy = options.upstreams && {
    forwardStage: (await import('./stages/forward.js')).forwardStage,
    check: new (await import('../spec/response-validator.js')).ResponseValidator(spec),
  };
  const stages = (info: VendorInfo, vendor: VendorModule): Record<string, Stage> => {
    const upstream = options.upstreams?.[vendor.name];
    // Through the proxy the real service answers: no CORS, auth, faults or limits of the mock's.
    if (upstream && proxy)
      return {
        report: reportStage(vendor, runtime),
        route: routeStage(router, vendor, info, !upstream.strict),
        body: bodyStage(vendor, info.maxBodyBytes),
        validate: validateStage(validator, vendor, info.sessionFields, !upstream.strict),
        forward: proxy.forwardStage(vendor, info, runtime, upstream, proxy.check),
      };
    const served = operations.filter((o) => o.vendor === vendor.name && o.method !== 'OPTIONS').map((o) => o.id);
    return {
      report: reportStage(vendor, runtime),
      cors: corsStage(vendor),
      observe: observeStage(vendor, runtime),
      route: routeStage(router, vendor, info),
      body: bodyStage(vendor),
      validate: validateStage(validator, vendor, info.sessionFields),
      auth: authenticateStage(vendor, runtime),
      fault: faultStage(vendor, runtime),
      limit: limitsStage(vendor, runtime),
      dispatch: dispatchStage(vendor, runtime, bindHandlers(vendor, served)),
    };
  };
  const rootOf = rootHosts(vendors.map((v) => v.info));
  const run = chain({
    journal: journalStage(runtime),
    roots: rootStage(
      vendors.map((v) => v.info),
      rootOf,
    ),
    mount: mountStage(
      vendors.map(({ info, module }) => ({
        prefix: `${info.mount}/`,
        vendor: module,
        run: chain(stages(info, module)),
      })),
    ),
  });
  const handle = (request: RequestView, target: Target, env: AdapterEnv = {}): Promise<Answer> => {
    const x = new Exchange(request, target, env);
    const running = run(x);
    return running ? running.then(() => x.answer) : Promise.resolve(x.answer);
  };

  const adminMount = mountAdmin(
    runtime,
    modules,
    vendors.map((v) => v.info.mount),
  );

  // Validators compile right away but a few per tick, so a server listening meanwhile can
  // answer its first request in time (an operation needed earlier compiles on demand).
  let compiled = options.validators === 'on-demand' ? undefined : validator.compileAll();
  const fetch = async (request: Request, env: AdapterEnv = {}) => {
    const url = new URL(request.url);
    // A vendor's host name serves only that vendor: admin stays on the mock's own names.
    if (adminMount.owns(url.pathname) && !rootOf(request.headers.get('host') ?? url.host)) {
      const response = await adminMount.fetch(request, env);
      return request.method === 'HEAD' ? new Response(null, response) : response;
    }
    return toResponse(await handle(request, url, env), request.method);
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
  const refusal = (path: string, status: number, message: string, at?: string) => {
    const vendor = vendors.find((v) => (at ? v.info.name === at : path.startsWith(v.info.mount + '/')));
    return vendor ? vendor.module.error(status, message) : jsonAnswer(status, { error: message });
  };
  const vendorInfos = vendors.map((v) => v.info);
  return {
    fetch,
    handle,
    runtime,
    services: runtime,
    spec,
    vendors: vendorInfos,
    get ready() {
      return (compiled ??= validator.compileAll());
    },
    admin,
    refusal,
    rootOf,
  };
}
