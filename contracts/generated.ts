import { SeededRandom } from '../src/core/random.js';
import { createAjv } from '../src/spec/ajv.js';
import type { OpenApiDocument } from '../src/spec/load-spec.js';
import { operationsOf, type Operation } from '../src/spec/operations.js';
import { expect } from './support/expect.js';
import type { ContractCase } from './support/harness.js';
import { contractEnv, target } from './support/targets.js';
import { VENDOR_MODULES } from '../src/vendors/index.js';

/**
 * Cases made from the spec, operation by operation (Schemathesis-class checks): one call
 * built from its examples and schemas, then calls it must refuse with a 4xx: no
 * credentials, bad ones, each required field missing, each field of the wrong type,
 * query values past their bounds or outside their enum, broken JSON, the wrong content
 * type. Every answer also passes the client's checks (documented status, content type,
 * schema, the vendor's error shape, documented headers). A mutant counts only when the
 * spec itself rejects it, so a case never asks for a refusal the spec does not promise.
 */
export interface GenerateOptions {
  seed: number;
  /** Cases per operation at most, the built call first; the rest picked with the seed. */
  maxCases: number;
}

interface Request {
  headers: Record<string, string>;
  query: Record<string, string>;
  path: string;
  body?: unknown;
  raw?: string;
  form?: boolean;
  contentType?: string;
}

type Named = Record<string, string>;
const setupOf = (vendor: string) => VENDOR_MODULES.find((m) => m.name === vendor)!.contract;

/** Values the target knows: what identifies its tenant, from the contract credentials. */
const knownOf = (vendor: string): Named => setupOf(vendor).known?.(contractEnv) ?? {};

/** A value the schema accepts: its example, default, first enum value, or the simplest of its type. */
function sample(schema: any, known: Named, name = ''): unknown {
  if (!schema || typeof schema !== 'object') return 'x';
  if (known[name] !== undefined && (schema.type === 'string' || schema.type === undefined)) return known[name];
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const alt = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alt)) return sample(alt[0], known, name);
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((s: any) => sample(s, known, name)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return schema.minItems ? [sample(schema.items, known)] : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sample(schema.properties?.[key], known, key);
      return out;
    }
    default:
      if (schema.format === 'email') return 'contract@example.com';
      if (schema.format === 'uri' || /https\?/.test(schema.pattern ?? '')) return 'https://example.com/contract';
      if (schema.format === 'date-time') return '2025-06-02T09:00:00Z';
      return 'contract'.padEnd(schema.minLength ?? 1, 'x');
  }
}

/** A value of another type than the schema's, for a wrong-type mutant. */
function wrongType(schema: any): unknown {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  if (type === 'string' || schema?.enum || schema?.const !== undefined) return 12345;
  if (type === 'integer' || type === 'number') return 'not-a-number';
  if (type === 'boolean') return 'yes';
  if (type === 'array' || type === 'object') return 'not-a-container';
  return { unexpected: true };
}

function credentialsFor(vendor: string, op: Operation): { good: Named; bad: Named } {
  return setupOf(vendor).credentials(
    op.security.flatMap((s) => Object.keys(s)),
    contractEnv,
  );
}

/** A preflight's Origin where the vendor names none of its own. */
const PREFLIGHT_ORIGIN = 'http://localhost:3000';

/** The built call: path and query parameters, credentials, Origin, and the request body's example. */
function builtRequest(vendor: string, op: Operation): Request {
  let path = op.template.slice(vendor.length + 1);
  const query: Record<string, string> = {};
  const known = knownOf(vendor);
  for (const p of op.parameters) {
    // The parameter's own example first: a constrained path parameter (a pattern) whose
    // example sits beside its schema, not in it, would otherwise be sent as "contract".
    const value = () => String(p.example ?? sample(p.schema, known, p.name));
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value()));
    if (p.in === 'query' && (p.required || known[p.name])) query[p.name] = value();
  }
  const always = setupOf(vendor).headers?.(contractEnv) ?? {};
  const headers: Record<string, string> = { ...credentialsFor(vendor, op).good, ...always };
  if (op.method === 'OPTIONS') {
    Object.assign(headers, { origin: always.origin ?? PREFLIGHT_ORIGIN, 'access-control-request-method': 'POST' });
    return { headers, query, path };
  }
  const media = op.requestBody?.content ?? {};
  if (media['application/json']) {
    const m = media['application/json'] as { schema?: any; example?: unknown };
    const body = structuredClone(m.example ?? sample(m.schema, known));
    if (body && typeof body === 'object' && !Array.isArray(body))
      for (const key of Object.keys(body)) if (known[key]) (body as Record<string, unknown>)[key] = known[key];
    return { headers, query, path, body, contentType: 'application/json' };
  }
  if (media['multipart/form-data']) return { headers, query, path, form: true };
  return { headers, query, path };
}

/** The calls the operation must refuse, each with what it changes, kept only if the spec rejects them. */
function negatives(vendor: string, op: Operation, built: Request, ajv: ReturnType<typeof createAjv>) {
  const out: { label: string; request: Request }[] = [];
  const { bad } = credentialsFor(vendor, op);
  const required = op.security.length > 0 && !op.security.some((s) => Object.keys(s).length === 0);
  const authKeys = Object.keys(credentialsFor(vendor, op).good);
  if (required && authKeys.length) {
    const headers = { ...built.headers };
    for (const k of authKeys) delete headers[k];
    out.push({ label: 'no credentials', request: { ...built, headers } });
  }
  if (required && Object.keys(bad).length)
    out.push({ label: 'bad credentials', request: { ...built, headers: { ...built.headers, ...bad } } });

  const schema = (op.requestBody?.content?.['application/json'] as { schema?: any } | undefined)?.schema;
  if (schema && built.body && typeof built.body === 'object' && !Array.isArray(built.body)) {
    const validate = ajv.compile(schema);
    const body = built.body as Record<string, unknown>;
    const keep = (label: string, mutant: Record<string, unknown>) => {
      if (!validate(mutant)) out.push({ label, request: { ...built, body: mutant } });
    };
    for (const key of Object.keys(body)) {
      const { [key]: _gone, ...rest } = body;
      keep(`body without ${key}`, rest);
      keep(`body.${key} of the wrong type`, { ...body, [key]: wrongType(schema.properties?.[key]) });
    }
    for (const [key, prop] of Object.entries<any>(schema.properties ?? {})) {
      if (Array.isArray(prop.enum)) keep(`body.${key} outside its enum`, { ...body, [key]: 'not-a-listed-value' });
      if (prop.maxLength && prop.maxLength <= 20_000)
        keep(`body.${key} past maxLength ${prop.maxLength}`, { ...body, [key]: 'x'.repeat(prop.maxLength + 1) });
    }
    out.push({ label: 'broken JSON', request: { ...built, body: undefined, raw: '{"unterminated": ' } });
    out.push({
      label: 'text/plain instead of JSON',
      request: { ...built, body: undefined, raw: JSON.stringify(body), contentType: 'text/plain' },
    });
  }
  for (const p of op.parameters.filter((x) => x.in === 'query' && x.schema)) {
    const s = p.schema as any;
    const validate = ajv.compile(s);
    const bounds: [string, unknown][] = [];
    if (typeof s.maximum === 'number') bounds.push([`${p.name} over its maximum ${s.maximum}`, s.maximum + 1]);
    if (typeof s.minimum === 'number') bounds.push([`${p.name} under its minimum ${s.minimum}`, s.minimum - 1]);
    if (Array.isArray(s.enum)) bounds.push([`${p.name} outside its enum`, 'not-a-listed-value']);
    if (s.type === 'integer') bounds.push([`${p.name} not an integer`, 'abc']);
    for (const [label, value] of bounds) {
      if (!validate(value))
        out.push({
          label: `query ${label}`,
          request: { ...built, query: { ...built.query, [p.name]: String(value) } },
        });
    }
  }
  return out;
}

/** The same seed picks the same cases in any runtime (the mock's own seeded sequence). */
function shuffle<T>(items: T[], seed: number): T[] {
  const random = new SeededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function send(vendor: string, op: Operation, r: Request, cleanup?: Operation) {
  return async () => {
    const t = await target(vendor as never);
    const headers = { ...r.headers };
    let raw: BodyInit | undefined = r.raw;
    let form: FormData | undefined;
    if (r.body !== undefined) raw = JSON.stringify(r.body);
    if (raw !== undefined) headers['content-type'] = r.contentType ?? 'application/json';
    if (r.form) {
      form = new FormData();
      const schema = (op.requestBody!.content['multipart/form-data'] as { schema?: any }).schema ?? {};
      for (const [key, prop] of Object.entries<any>(schema.properties ?? {})) {
        if (prop.format === 'binary') form.append(key, new File(['A generated contract file.'], 'contract.txt'));
        else form.append(key, String(sample(prop, knownOf(vendor), key)));
      }
    }
    const res = await t.client.callAnything(op.method, r.path, { headers, query: r.query, raw, form } as never);
    // What a built call created is removed again, where the vendor has a way to.
    const undo = cleanup && res.status < 300 ? createdId(res.body) : undefined;
    if (cleanup && undo !== undefined) {
      const path = cleanup.template.slice(vendor.length + 1).replace(/\{[^}]+\}/, encodeURIComponent(undo));
      await t.client.callAnything('DELETE', path, { headers: credentialsFor(vendor, cleanup).good } as never);
    }
    return res.status;
  };
}

/**
 * The operation that removes what `op` creates: a DELETE on `{id}` under the collection
 * `op` posts to, or under its parent (`/knowledge/text/` is removed at `/knowledge/{id}/`).
 */
function remover(all: Operation[], op: Operation): Operation | undefined {
  if (op.method !== 'POST') return undefined;
  const parent = op.template.replace(/[^/]+\/$/, '');
  return all.find(
    (o) =>
      o.method === 'DELETE' &&
      (o.template.startsWith(op.template) || o.template.startsWith(parent)) &&
      /^\{[^}]+\}\/?$/.test(o.template.slice(o.template.startsWith(op.template) ? op.template.length : parent.length)),
  );
}

/** The id a creation answered with: top level, or in its envelope or named object. */
function createdId(body: any): string | undefined {
  const id = body?.id ?? body?.data?.id ?? body?.webhook?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** The generated cases of one vendor, ready for the runner: reads need nothing, the rest writes. */
export function generatedCases(spec: OpenApiDocument, vendor: string, options: GenerateOptions): ContractCase[] {
  const ajv = createAjv();
  const cases: ContractCase[] = [];
  const all = operationsOf(spec);
  for (const op of all.filter((o) => o.vendor === vendor)) {
    const needs = ['GET', 'HEAD', 'OPTIONS'].includes(op.method) ? ('nothing' as const) : ('writes' as const);
    const suite = `generated > ${op.id}`;
    const built = builtRequest(vendor, op);
    const positive = send(vendor, op, built, remover(all, op));
    cases.push({
      suite,
      name: `${op.method} ${op.template}: a call from the spec's examples gets a documented, non-5xx answer`,
      needs,
      run: async () => expect(await positive()).toBeLessThan(500),
    });
    const picked = shuffle(negatives(vendor, op, built, ajv), options.seed + cases.length).slice(
      0,
      Math.max(0, options.maxCases - 1),
    );
    for (const n of picked) {
      const call = send(vendor, op, n.request);
      cases.push({
        suite,
        name: `${op.method} ${op.template}: ${n.label} is refused with a 4xx`,
        needs,
        run: async () => {
          const status = await call();
          expect(status).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
        },
      });
    }
  }
  return cases;
}
