import { createAdminApp } from './admin/admin-app.js';
import { isAdminPath } from './admin/mount.js';
import { createCore, type MockApp, type VendorPair } from './app/core.js';
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
    // Built on its first call, so a start that no admin call follows builds none of its routes.
    // In the same tick as the call: a client that half-closes after its request is answered
    // before node:http sees the close (an import() here first left it without an answer).
    let admin: ReturnType<typeof createAdminApp> | undefined;
    return {
      owns: isAdminPath,
      fetch: (request, env) =>
        Promise.resolve((admin ??= createAdminApp(runtime, modules, mounts)).fetch(request, env)),
    };
  });
}
