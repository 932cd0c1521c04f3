import type { ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { describeFieldErrors, toFieldErrors } from './field-errors.js';
import type { OpenApiDocument } from './load-spec.js';
import {
  operationsOf,
  slashRedirectLocation,
  toggleSlash,
  vendorsOf,
  type Operation,
  type VendorInfo,
} from './operations.js';
import { SpecRouter } from './router.js';

export interface ObservedResponse {
  method: string;
  /** The path as requested, mount included (`/<vendor>/api/v1/chat/`). */
  path: string;
  status: number;
  contentType: string | null;
  body: unknown;
  headers?: Headers;
}

export interface Conformance {
  operationId?: string;
  violations: string[];
}

/**
 * Checks a response against openapi.yaml: the status is documented for the operation,
 * the content-type is one the spec lists, the body matches its schema, and documented
 * headers with a schema hold. Requests that match no operation (unknown path, wrong
 * method) must still answer 404/405 in the vendor's own error shape.
 *
 * This is the one helper that every test and contract passes responses through.
 */
export class ResponseValidator {
  private readonly ajv = createAjv();
  private readonly router: SpecRouter;
  private readonly cache = new Map<object, ValidateFunction>();
  private readonly mounts: VendorInfo[];

  constructor(private readonly spec: OpenApiDocument) {
    this.router = new SpecRouter(operationsOf(spec));
    this.mounts = vendorsOf(spec);
  }

  /** The status with which the vendor at this path redirects a wrong trailing slash, if it does. */
  slashRedirectAt(path: string): 301 | 307 | undefined {
    return this.mounts.find((m) => path.startsWith(m.mount + '/'))?.slashRedirect;
  }

  check(r: ObservedResponse): Conformance {
    const pathname = r.path.split('?')[0];
    const match = this.router.match(r.method, pathname);
    if (match.kind !== 'operation')
      return this.checkUnrouted(r, pathname, match.kind === 'method-not-allowed' ? 405 : 404);
    return { operationId: match.operation.id, violations: this.checkOperation(match.operation, r) };
  }

  /** Checks a value against one of the spec's component schemas (webhook bodies, say). */
  checkSchema(name: string, value: unknown): string[] {
    const schema = this.spec.components.schemas[name];
    if (!schema) return [`no schema named ${name}`];
    const validate = this.validator(schema);
    return validate(value) ? [] : [`${name}: ${describeFieldErrors(toFieldErrors('body', validate.errors))}`];
  }

  private checkOperation(op: Operation, r: ObservedResponse): string[] {
    const response = op.responses[String(r.status)] ?? op.responses.default;
    if (!response)
      return [`${op.id}: status ${r.status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`];
    const violations: string[] = [];
    for (const [name, header] of Object.entries<any>(response.headers ?? {})) {
      const value = r.headers?.get(name);
      if (value == null || !header.schema) continue;
      const typed = header.schema.type === 'integer' ? Number(value) : value;
      if (!this.validator(header.schema)(typed))
        violations.push(`${op.id} ${r.status}: header ${name}=${value} does not match its schema`);
    }
    const content = response.content as Record<string, { schema?: object }> | undefined;
    if (r.method.toUpperCase() === 'HEAD') return violations; // the GET's status and headers, no body
    if (!content) {
      if (r.body !== undefined && r.body !== null && r.body !== '')
        violations.push(`${op.id} ${r.status}: a body was sent where the spec documents none`);
      return violations;
    }
    const mediaType = (r.contentType ?? '').split(';')[0].trim();
    const media = content[mediaType];
    if (!media)
      return [
        ...violations,
        `${op.id} ${r.status}: content-type ${mediaType || '(none)'} is not documented ` +
          `(documented: ${Object.keys(content).join(', ')})`,
      ];
    if (media.schema && mediaType.endsWith('json')) {
      const validate = this.validator(media.schema);
      if (!validate(r.body))
        violations.push(`${op.id} ${r.status}: ${describeFieldErrors(toFieldErrors('body', validate.errors))}`);
    }
    return violations;
  }

  private checkUnrouted(r: ObservedResponse, pathname: string, expected: number): Conformance {
    const vendor = this.mounts.find((m) => pathname.startsWith(m.mount + '/'));
    if (!vendor) return { violations: [`${r.method} ${pathname} is under no vendor mount`] };
    const toggled = toggleSlash(pathname);
    const search = r.path.includes('?') ? r.path.slice(r.path.indexOf('?')) : '';
    if (expected === 404 && vendor.slashRedirect && this.router.match(r.method, toggled).kind !== 'not-found') {
      // A known path with the wrong trailing slash: the vendor's redirect to the right one,
      // or, where a client followed it without saying so (msw), the right path's answer.
      if (r.status !== vendor.slashRedirect) {
        const method = vendor.slashRedirect === 301 && r.method.toUpperCase() === 'POST' ? 'GET' : r.method;
        return this.check({ ...r, method, path: toggled + search });
      }
      const location = slashRedirectLocation(pathname, search);
      const violations: string[] = [];
      if (r.headers && r.headers.get('location') !== location)
        violations.push(`${r.method} ${pathname}: expected Location ${location}, got ${r.headers.get('location')}`);
      return { violations };
    }
    const violations: string[] = [];
    if (r.status !== expected)
      violations.push(
        `${r.method} ${pathname}: expected ${expected} for a request the spec does not define, got ${r.status}`,
      );
    if (r.method.toUpperCase() === 'HEAD') return { violations };
    const validate = this.validator(this.spec.components.schemas[vendor.errorSchema]);
    if (!validate(r.body))
      violations.push(
        `${r.method} ${pathname}: error body is not in ${vendor.name}'s shape: ` +
          describeFieldErrors(toFieldErrors('body', validate.errors)),
      );
    return { violations };
  }

  private validator(schema: object): ValidateFunction {
    let v = this.cache.get(schema);
    if (!v) this.cache.set(schema, (v = this.ajv.compile(schema)));
    return v;
  }
}
