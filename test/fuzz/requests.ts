import * as fc from 'fast-check';
import type { Operation } from '../../src/spec/operations.js';
import { DEMO, VENDOR_MODULES } from '../../src/vendors/index.js';

/** A request the fuzz suite sends, with what it mutated so a failure reads plainly. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  mutation: string;
}

/** Strings clients get wrong: scripts, directions, controls, normalisation, lookalikes. */
const TRICKY = [
  '營業時間是?',
  '영업시간',
  '営業時間',
  'öppettider',
  '🙂👍🏽',
  'مرحبا بالعالم',
  '\u202eevil',
  'a\u0000b',
  '\ud800',
  '',
  ' ',
  '\n',
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  'e\u0301',
  'ｆｕｌｌ',
];

/**
 * Values a field is more useful with than random ones: credentials and ids that exist, so
 * a case reaches past auth and lookup into the handler. URLs point at a closed loopback
 * port: the suite never reaches outside this machine.
 */
const HINTS: Record<string, fc.Arbitrary<unknown>> = {
  token: fc.constantFrom(DEMO.chungtair.enabled, DEMO.chungtair.paused, 'f'.repeat(32)),
  client_id: fc.constantFrom(DEMO.companin.clientId, 'unknown'),
  assistant_id: fc.constantFrom(DEMO.companin.assistantId, '00000000-0000-4000-8000-000000000000'),
  agent_id: fc.constant(DEMO.companin.assistantId),
  website_id: fc.constantFrom(1, 2, '1', 30, 999),
  url: fc.constantFrom('http://127.0.0.1:1/page', 'https://127.0.0.1:1/hook', 'http://localhost:1/x'),
};

/** Valid values for a (dereferenced) JSON schema, at most `depth` levels deep. */
function valueFor(schema: any, depth = 3, name?: string): fc.Arbitrary<unknown> {
  if (name && HINTS[name]) return HINTS[name];
  if (!schema || typeof schema !== 'object') return fc.jsonValue({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  for (const key of ['oneOf', 'anyOf'] as const)
    if (schema[key]) return fc.oneof(...schema[key].map((s: any) => valueFor(s, depth, name)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type ?? (schema.properties ? 'object' : undefined)) {
    case 'string': {
      if (schema.pattern)
        return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 1e9));
      if (schema.format === 'date-time')
        return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
      if (schema.format === 'date') return fc.constantFrom('2025-06-01', '2026-09-01');
      if (schema.format === 'binary') return fc.string();
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
    }
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: Math.min(schema.maximum ?? 1000, 1000) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth <= 0
        ? fc.constant([])
        : fc.array(valueFor(schema.items, depth - 1), {
            minLength: schema.minItems ?? 0,
            maxLength: Math.min(schema.maxItems ?? 3, 3),
          });
    case 'object': {
      if (depth <= 0) return fc.constant({});
      const props = Object.entries<any>(schema.properties ?? {});
      const required: string[] = schema.required ?? [];
      const shape = Object.fromEntries(props.map(([k, s]) => [k, valueFor(s, depth - 1, k)]));
      return fc.record(shape, { requiredKeys: props.map(([k]) => k).filter((k) => required.includes(k)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

const otherType = fc.constantFrom<unknown>(null, 0, -1, 1e308, true, 'text', [], {}, [1, 'a'], { a: { b: [] } });
const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** A mutation of a valid JSON body into what a careless or hostile client sends. */
function mutateBody(
  valid: Record<string, unknown>,
  schema: any,
): fc.Arbitrary<{ body: string | Uint8Array; contentType?: string; mutation: string }> {
  const keys = Object.keys(valid);
  const required: string[] = schema?.required ?? [];
  const json = (v: unknown, mutation: string) => ({ body: JSON.stringify(v), mutation });
  const choices: fc.Arbitrary<{ body: string | Uint8Array; contentType?: string; mutation: string }>[] = [
    fc.constant(json(valid, 'valid')),
    fc.constant(json(valid, 'valid')),
    fc.constant(json(valid, 'valid')),
    fc.string().map((k) => json({ ...valid, [`x_${k}`]: 'extra' }, 'extra field')),
    fc.constantFrom<unknown>(null, [], 'text', 42, [valid]).map((v) => json(v, 'not an object')),
    fc.integer({ min: 1, max: 60 }).map((n) => {
      const text = JSON.stringify(valid);
      return { body: text.slice(0, Math.max(0, text.length - n)), mutation: 'truncated JSON' };
    }),
    fc
      .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '')
      .map((t) => ({
        body: JSON.stringify(valid),
        contentType: t,
        mutation: `content-type ${t || '(none)'}`,
      })),
    fc.constant({
      body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      mutation: 'invalid UTF-8',
    }),
    fc.constant({ body: `{"a":${deep(200)}}`, mutation: 'nested 200 deep' }),
  ];
  if (required.length) choices.push(fc.constantFrom(...required).map((k) => json(omit(valid, k), `missing ${k}`)));
  if (keys.length) {
    choices.push(
      fc.tuple(fc.constantFrom(...keys), otherType).map(([k, v]) => json({ ...valid, [k]: v }, `${k} of another type`)),
      fc
        .tuple(fc.constantFrom(...keys), fc.constantFrom(...TRICKY))
        .map(([k, v]) => json({ ...valid, [k]: v }, `${k} tricky`)),
      fc
        .constantFrom(...keys)
        .map((k) => json({ ...valid, [k]: boundary(schema?.properties?.[k]) }, `${k} past its bounds`)),
      fc.constantFrom(...keys).map((k) => json({ ...valid, [k]: 'x'.repeat(300_000) }, `${k} huge`)),
      fc.constantFrom(...keys).map((k) => ({
        body: JSON.stringify({ ...valid, [k]: null }).replace('null', deep(40)),
        mutation: `${k} nested 40 deep`,
      })),
    );
  }
  return fc.oneof(...choices);
}

const omit = (o: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** A value just outside a field's declared bounds. */
function boundary(schema: any): unknown {
  if (schema?.maxLength !== undefined) return 'y'.repeat(schema.maxLength + 1);
  if (schema?.minLength) return 'y'.repeat(schema.minLength - 1);
  if (schema?.maximum !== undefined) return schema.maximum + 1;
  if (schema?.minimum !== undefined) return schema.minimum - 1;
  if (schema?.enum) return 'not-one-of-them';
  return '';
}

/** A multipart body, valid or broken. */
function multipartBody(
  schema: any,
): fc.Arbitrary<{ body: string | Uint8Array; contentType?: string; mutation: string }> {
  const boundaryMark = 'fuzzboundary';
  const part = (name: string, value: string, file?: string) =>
    `--${boundaryMark}\r\nContent-Disposition: form-data; name="${name}"` +
    `${file ? `; filename="${file}"` : ''}\r\n\r\n${value}\r\n`;
  const fields = (extra: string[]) => {
    const props = Object.keys(schema?.properties ?? {});
    return (
      props
        .map((p) =>
          p === 'file'
            ? part('file', 'a,b\n1,2\n', extra[0] ?? 'sheet.csv')
            : part(p, p === 'file_type' ? (extra[1] ?? 'txt') : p === 'website_id' ? '1' : 'Title'),
        )
        .join('') + `--${boundaryMark}--\r\n`
    );
  };
  const type = `multipart/form-data; boundary=${boundaryMark}`;
  return fc.oneof(
    fc.constant({ body: fields([]), contentType: type, mutation: 'valid multipart' }),
    fc
      .tuple(fc.constantFrom('x.pdf', 'x.exe', 'x.xlsx', 'x.csv', '../x.csv'), fc.constantFrom('pdf', 'md', 'docx'))
      .map(([f, t]) => ({ body: fields([f, t]), contentType: type, mutation: `file ${f} as ${t}` })),
    fc.constant({
      body: `--${boundaryMark}\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end`,
      contentType: type,
      mutation: 'multipart without its end',
    }),
    fc.constant({ body: fields([]), contentType: 'multipart/form-data', mutation: 'multipart without boundary' }),
    fc.constant({ body: 'not multipart at all', contentType: type, mutation: 'multipart garbage' }),
  );
}

/** Values for path parameters: real-looking, missing, traversal, NUL, huge. */
const pathValue = fc.oneof(
  fc.constantFrom(DEMO.companin.assistantId, 'user_123', '1', 'nope'),
  fc.constantFrom('..%2F..%2Fetc', '..', '%00', '%2e%2e', 'a%2Fb', '%E4%BD%A0', '%ZZ', 'x'.repeat(2000)),
  fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);

/** The vendor's demo credentials (its contract setup's defaults), good and bad. */
function credentials(op: Operation): fc.Arbitrary<{ headers: Record<string, string>; label: string }> {
  const { contract } = VENDOR_MODULES.find((m) => m.name === op.vendor)!;
  const { good, bad } = contract.credentials(
    op.security.flatMap((s) => Object.keys(s)),
    contract.env,
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant({ headers: good, label: 'good credentials' }) },
    { weight: 1, arbitrary: fc.constant({ headers: bad, label: 'bad credentials' }) },
    { weight: 1, arbitrary: fc.constant({ headers: {}, label: 'no credentials' }) },
  );
}

/** Any request to one operation, valid or mutated, with path, query, headers and body. */
export function requestFor(op: Operation): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const query = fc.record(
    Object.fromEntries(
      queryParams.map((p) => [
        p.name,
        fc.oneof(
          valueFor(p.schema, 1, p.name),
          fc.constantFrom<unknown>('', '-1', '101', 'abc', '2026-09-01', 'x'.repeat(5000)),
        ),
      ]),
    ),
    { requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name) },
  );
  const params = fc.tuple(...pathParams.map(() => pathValue));
  const media = Object.entries(op.requestBody?.content ?? {})[0];
  const body = !media
    ? fc.constant(undefined)
    : media[0] === 'multipart/form-data'
      ? multipartBody(media[1].schema)
      : valueFor(media[1].schema, 4).chain((valid) =>
          mutateBody((valid ?? {}) as Record<string, unknown>, media[1].schema),
        );
  return fc.tuple(credentials(op), query, params, body).map(([auth, q, values, b]) => {
    let path = op.template;
    pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, values[i])));
    const search = new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();
    const headers: Record<string, string> = { ...auth.headers, origin: 'http://localhost:3000' };
    if (b && b.contentType !== '') headers['content-type'] = b.contentType ?? 'application/json';
    return {
      method: op.method,
      path: `${path}${search ? `?${search}` : ''}`,
      headers,
      body: b?.body,
      mutation: `${auth.label}; ${b?.mutation ?? 'no body'}`,
    };
  });
}
