import { isAdminPath } from './admin/mount.js';
import { createCore, type MockApp, type VendorPair } from './app/core.js';
import type { AdapterEnv } from './app/env.js';
import type { MockOptions } from './app/runtime.js';
import type { OpenApiDocument } from './spec/load-spec.js';
import { vendorsOf } from './spec/operations.js';
import { VENDOR_MODULES } from './vendors/index.js';

export type { MockApp } from './app/core.js';

/**
 * Where the app is assembled: the one vendor list, the spec and admin meet the core here,
 * above `src/app/`, which imports none of them (after msw's and Hono's assembly at the
 * edge). The adapters and the CLI start from this.
 */

/** Each vendor in the spec with its module; a vendor in one and not the other stops the build. */
export function pairVendors(spec: OpenApiDocument): VendorPair[] {
  const infos = vendorsOf(spec);
  for (const m of VENDOR_MODULES)
    if (!infos.some((i) => i.name === m.name)) throw new Error(`vendor ${m.name} has no tag with x-vendor in the spec`);
  return infos.map((info) => {
    const module = VENDOR_MODULES.find((m) => m.name === info.name);
    if (!module) throw new Error(`the spec's vendor ${info.name} has no module in src/vendors/index.ts`);
    return { info, module };
  });
}

/** The mock: every vendor in the spec on the core's stages, with admin beside them. */
export async function createMockApp(options: MockOptions & { spec?: OpenApiDocument } = {}): Promise<MockApp> {
  // The file loader is Node-only; a browser build passes the dereferenced spec in.
  const spec = options.spec ?? (await (await import('./spec/load-spec.js')).loadSpec());
  return createCore(spec, pairVendors(spec), options, (runtime, modules, mounts) => {
    // Built on its first call: a start that no admin call follows neither builds its routes
    // nor (the Node builds) loads them.
    let admin: Promise<{ fetch: (request: Request, env: AdapterEnv) => Response | Promise<Response> }> | undefined;
    const load = () =>
      (admin ??= import('./admin/admin-app.js').then((m) => m.createAdminApp(runtime, modules, mounts)));
    return { owns: isAdminPath, fetch: async (request, env) => (await load()).fetch(request, env) };
  });
}
