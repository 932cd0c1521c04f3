import type { OpenApiDocument } from './load-spec.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The body cap where neither the operation nor its vendor declares one. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface ParameterSpec {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
  /** The parameter's own example (OpenAPI's Parameter Object), beside any in its schema. */
  example?: unknown;
}

export interface Operation {
  id: string;
  /** The vendor's tag, which is also the operationId's prefix. */
  vendor: string;
  method: string; // upper case
  template: string; // the spec path, mount included
  segments: string[]; // template split on '/', params as '{name}'
  paramCount: number;
  /** The largest body accepted: the operation's `x-max-body-bytes`, else its vendor's `maxBodyBytes`. */
  maxBodyBytes: number;
  parameters: ParameterSpec[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: any }> };
  responses: Record<string, any>;
  security: Record<string, string[]>[];
  raw: Record<string, any>;
}

export interface VendorInfo {
  name: string;
  mount: string;
  origin: string;
  basePath: string;
  /** The component schema every error body of this vendor matches. */
  errorSchema: string;
  /** The largest request body, unless an operation declares its own (`x-max-body-bytes`). */
  maxBodyBytes?: number;
  /** The status a path with the wrong trailing slash is redirected with; none means 404. */
  slashRedirect?: 301 | 307;
  /**
   * What a client calls on the vendor's origin, as msw path patterns: the API base path,
   * and each path outside it up to its first parameter (a widget may call paths at the
   * origin's root).
   */
  intercepts: string[];
  /**
   * Where a request names its conversation (`x-vendor.sessionFields`): the fields looked
   * for in path, body and query, in order, for the journal and for faults aimed at one.
   */
  sessionFields: string[];
}

/** The same path with its trailing slash added or removed. */
export const toggleSlash = (path: string) => (path.endsWith('/') ? path.slice(0, -1) : `${path}/`);

/**
 * Where a slash redirect points, as a relative reference: it resolves to the right path
 * both on the mock (under its mount) and on the vendor's origin (through msw).
 */
export function slashRedirectLocation(path: string, search: string): string {
  const segments = path.split('/');
  return (path.endsWith('/') ? `../${segments.at(-2)}` : `${segments.at(-1)}/`) + search;
}

/** Reads the vendors' mounts and origins from the spec's tags (`x-vendor`). */
export function vendorsOf(spec: OpenApiDocument): VendorInfo[] {
  return (spec.tags ?? [])
    .filter((t: any) => t['x-vendor'])
    .map((t: any) => {
      const { mount, basePath } = t['x-vendor'];
      const intercepts = new Set([`${basePath}*`]);
      for (const template of Object.keys(spec.paths)) {
        if (!template.startsWith(`${mount}/`)) continue;
        const path = template.slice(mount.length);
        if (path.startsWith(basePath)) continue;
        const param = path.indexOf('{');
        intercepts.add(param < 0 ? path : `${path.slice(0, param)}*`);
      }
      return { name: t.name, sessionFields: [], ...t['x-vendor'], intercepts: [...intercepts] };
    });
}

/**
 * Every operation, tagged with its vendor. An operationId starts with its vendor's name
 * (`<vendor>Chat`): that is how a vendor's handler map is typed (app/handler-types.ts).
 */
export function operationsOf(spec: OpenApiDocument): Operation[] {
  const vendors = new Map(vendorsOf(spec).map((v) => [v.name, v]));
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const shared: ParameterSpec[] = item.parameters ?? [];
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const vendor = raw.tags?.[0] as string;
      if (!vendors.has(vendor)) throw new Error(`${method} ${template} has no vendor tag`);
      if (!String(raw.operationId).startsWith(vendor))
        throw new Error(`${method} ${template}: operationId ${raw.operationId} must start with ${vendor}`);
      const own: ParameterSpec[] = raw.parameters ?? [];
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
      const segments = template.split('/');
      ops.push({
        id: raw.operationId,
        vendor,
        method: method.toUpperCase(),
        template,
        segments,
        paramCount: segments.filter((s) => s.startsWith('{')).length,
        maxBodyBytes: raw['x-max-body-bytes'] ?? vendors.get(vendor)!.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        parameters,
        requestBody: raw.requestBody,
        responses: raw.responses ?? {},
        security: raw.security ?? spec.security ?? [],
        raw,
      });
    }
  }
  return ops;
}
