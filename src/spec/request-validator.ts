import type { ValidateFunction } from 'ajv';
import type { RequestView } from '../core/request-view.js';
import { yieldToEventLoop } from '../core/yield.js';
import type { AjvInstance } from './ajv.js';
import { loadAjv } from './load-ajv.js';
import { toFieldErrors, type FieldError, type FieldLocation } from './field-errors.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';
import { INEXACT_NUMBER, inexactNumberAt } from './json-numbers.js';
import type { Operation, ParameterSpec } from './operations.js';

export interface ValidInput {
  query: Record<string, unknown>;
  path: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  /** The request body's media type as the spec names it, if it had one. */
  mediaType?: string;
  /** A JSON body's text, decoded once here: the journal and the vendors' observers read it too. */
  text?: string;
}

export type RequestProblem =
  | { kind: 'malformed-body'; message: string }
  | { kind: 'unsupported-media-type'; expected: string[]; received: string }
  | { kind: 'invalid'; errors: FieldError[] };

export type ValidationResult = { ok: true; input: ValidInput } | { ok: false; problem: RequestProblem };

interface CompiledBody {
  mediaType: string;
  validate: ValidateFunction;
  /** multipart fields that carry files; Ajv cannot see File objects, so these are checked here. */
  fileFields: { name: string; required: boolean; minBytes: number }[];
}

interface CompiledOperation {
  query: ValidateFunction;
  path: ValidateFunction;
  headers: ValidateFunction;
  bodies: CompiledBody[];
  bodyRequired: boolean;
}

function objectSchema(params: ParameterSpec[], lowerNames = false) {
  const name = (p: ParameterSpec) => (lowerNames ? p.name.toLowerCase() : p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [name(p), p.schema ?? {}])),
    required: params.filter((p) => p.required).map(name),
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Bodies from this size on are checked in steps, with yields between them. */
const LARGE_BODY = 256 * 1024;

/** Strict UTF-8, 64 KB at a time with yields between: 6 MB at once held the loop 40 ms. */
const NO_BODY = new Uint8Array(0);

async function decodeInSteps(raw: Uint8Array): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  for (let at = 0; at < raw.byteLength; at += 64 * 1024) {
    parts.push(decoder.decode(raw.subarray(at, at + 64 * 1024), { stream: true }));
    await yieldToEventLoop();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const isFileSchema = (s: any) => s?.format === 'binary' || s?.contentMediaType !== undefined;

/**
 * Request validators for every operation, compiled once from the dereferenced spec at
 * start-up. Parameters are validated with type coercion (they arrive as strings) and
 * defaults applied; bodies are validated as sent.
 */
export class RequestValidator {
  private readonly compiled = new Map<string, CompiledOperation>();
  private readonly byId = new Map<string, Operation>();
  // Made on the first compile: with validators compiled on demand, a page that has made no
  // request has loaded no Ajv.
  private params!: AjvInstance;
  private bodies!: AjvInstance;
  private ajvLoaded?: Promise<void>;
  private loadAjv(): Promise<void> {
    return (this.ajvLoaded ??= loadAjv().then(({ createAjv }) => {
      this.params = createAjv({ coerce: true });
      this.bodies = createAjv();
    }));
  }
  /** Many operations share a parameter shape (often none at all); compile each shape once. */
  private readonly shapes = new Map<string, ValidateFunction>();

  constructor(operations: Operation[]) {
    for (const op of operations) this.byId.set(op.id, op);
  }

  /**
   * Compiles every operation's validators, a few per tick, so that a server can answer
   * its first request while the rest compile. An operation asked for before its turn is
   * compiled on the spot (compiledFor).
   */
  async compileAll(): Promise<void> {
    await this.loadAjv();
    for (const op of this.byId.values()) {
      this.compiledFor(op);
      await yieldToEventLoop();
    }
  }

  private shape(schema: object): ValidateFunction {
    const key = JSON.stringify(schema);
    let v = this.shapes.get(key);
    if (!v) this.shapes.set(key, (v = this.params.compile(schema)));
    return v;
  }

  private compiledFor(op: Operation): CompiledOperation {
    const existing = this.compiled.get(op.id);
    if (existing) return existing;
    const of = (where: ParameterSpec['in']) => op.parameters.filter((p) => p.in === where);
    const compiled: CompiledOperation = {
      query: this.shape(objectSchema(of('query'))),
      path: this.shape(objectSchema(of('path'))),
      headers: this.shape(objectSchema(of('header'), true)),
      bodies: Object.entries(op.requestBody?.content ?? {}).map(([mediaType, media]) =>
        this.compileBody(mediaType, media.schema ?? {}),
      ),
      bodyRequired: op.requestBody?.required ?? false,
    };
    this.compiled.set(op.id, compiled);
    return compiled;
  }

  private compileBody(mediaType: string, schema: any): CompiledBody {
    if (mediaType !== 'multipart/form-data')
      return { mediaType, validate: this.bodies.compile(schema), fileFields: [] };
    const props = Object.entries<any>(schema.properties ?? {});
    const fileNames = props.filter(([, s]) => isFileSchema(s)).map(([n]) => n);
    const required: string[] = schema.required ?? [];
    const rest = {
      ...schema,
      properties: Object.fromEntries(props.filter(([n]) => !fileNames.includes(n))),
      required: required.filter((r) => !fileNames.includes(r)),
    };
    return {
      mediaType,
      validate: this.bodies.compile(rest),
      // A binary string's `minLength` counts bytes: `minLength: 1` is how the spec says "not empty".
      fileFields: fileNames.map((name) => ({
        name,
        required: required.includes(name),
        minBytes: schema.properties[name].minLength ?? 0,
      })),
    };
  }

  /**
   * `raw` is the body's bytes, read once by the body stage under the operation's cap (a
   * clone would tee a web stream, which cost POSTs ~3x in the bench). The result comes in
   * this turn unless something must wait: a first compile, a multipart body, or a body
   * large enough to be checked in steps.
   */
  validate(
    op: Operation,
    request: RequestView,
    pathParams: Record<string, string>,
    raw: Uint8Array | undefined,
    search: string,
  ): ValidationResult | Promise<ValidationResult> {
    const c = this.compiled.get(op.id);
    if (!c)
      return this.loadAjv().then(() => {
        this.compiledFor(op);
        return this.validate(op, request, pathParams, raw, search);
      });
    const query: Record<string, unknown> = {};
    // The last value wins, as in Django and Starlette.
    if (search.length > 1) for (const [k, v] of new URLSearchParams(search)) query[k] = v;
    const headers: Record<string, unknown> = {};
    for (const p of op.parameters) {
      if (p.in !== 'header') continue;
      const v = request.headers.get(p.name);
      if (v !== null) headers[p.name.toLowerCase()] = v;
    }
    const path: Record<string, unknown> = { ...pathParams };

    const errors: FieldError[] = [];
    const check = (location: FieldLocation, fn: ValidateFunction, data: unknown) => {
      if (!fn(data)) errors.push(...toFieldErrors(location, fn.errors));
    };
    check('path', c.path, path);
    check('query', c.query, query);
    check('header', c.headers, headers);

    const input: ValidInput = { query, path, headers, body: undefined };
    const result = (problem: RequestProblem | undefined): ValidationResult =>
      problem
        ? { ok: false, problem }
        : errors.length
          ? { ok: false, problem: { kind: 'invalid', errors } }
          : { ok: true, input };
    if (c.bodies.length === 0) return result(undefined);
    const problem = this.readBody(c, request, raw ?? NO_BODY, input, errors);
    return problem instanceof Promise ? problem.then(result) : result(problem);
  }

  private readBody(
    c: CompiledOperation,
    request: RequestView,
    raw: Uint8Array,
    input: ValidInput,
    errors: FieldError[],
  ): BodyCheck {
    const sent = request.headers.get('content-type') ?? '';
    const contentType = sent === 'application/json' ? sent : sent.split(';')[0].trim().toLowerCase();
    if (raw.byteLength === 0 && !contentType) {
      if (c.bodyRequired) errors.push({ location: 'body', field: 'body', message: 'is required' });
      return undefined;
    }
    const body = c.bodies.find(
      (b) =>
        b.mediaType === contentType ||
        (b.mediaType === 'application/json' && /^application\/[\w.+-]*json$/.test(contentType)),
    );
    if (!body)
      return {
        kind: 'unsupported-media-type',
        expected: c.bodies.map((b) => b.mediaType),
        received: contentType || '(none)',
      };
    input.mediaType = body.mediaType;
    if (body.mediaType === 'multipart/form-data') return this.readForm(body, request, raw, input, errors);
    if (raw.byteLength > LARGE_BODY) return this.readLargeJson(c, body, raw, input, errors);
    let text: string;
    try {
      text = strictUtf8.decode(raw);
    } catch {
      return NOT_UTF8;
    }
    input.text = text;
    for (let step = 0; step < JSON_STEPS; step++) {
      const outcome = jsonStep(step, c, body, text, input, errors);
      if (outcome !== undefined) return outcome === DONE ? undefined : outcome;
    }
    return undefined;
  }

  /** A large JSON body: decoded 64 KB at a time, each step over it taking tens of ms, with turns between them. */
  private async readLargeJson(
    c: CompiledOperation,
    body: CompiledBody,
    raw: Uint8Array,
    input: ValidInput,
    errors: FieldError[],
  ): Promise<RequestProblem | undefined> {
    let text: string;
    try {
      text = await decodeInSteps(raw);
    } catch {
      return NOT_UTF8;
    }
    for (let step = 0; step < JSON_STEPS; step++) {
      await yieldToEventLoop();
      const outcome = jsonStep(step, c, body, text, input, errors);
      if (outcome !== undefined) return outcome === DONE ? undefined : outcome;
    }
    return undefined;
  }

  private async readForm(
    body: CompiledBody,
    request: RequestView,
    raw: Uint8Array,
    input: ValidInput,
    errors: FieldError[],
  ): Promise<RequestProblem | undefined> {
    let form: FormData;
    try {
      form = await new Response(raw as Uint8Array<ArrayBuffer>, {
        headers: { 'content-type': request.headers.get('content-type')! },
      }).formData();
    } catch {
      return { kind: 'malformed-body', message: 'The multipart body could not be parsed' };
    }
    const fields: Record<string, unknown> = {};
    const files: Record<string, File> = {};
    for (const [k, v] of form) {
      if (typeof v === 'string') fields[k] = v;
      else files[k] = v as File;
    }
    for (const f of body.fileFields) {
      if (files[f.name] && files[f.name].size < f.minBytes)
        errors.push({
          location: 'body',
          field: f.name,
          message: f.minBytes === 1 ? 'must not be empty' : `must be at least ${f.minBytes} bytes`,
        });
      if (!files[f.name]) {
        if (f.required)
          errors.push({
            location: 'body',
            field: f.name,
            message: typeof fields[f.name] === 'string' ? 'must be a file' : 'is required',
          });
        delete fields[f.name];
      }
    }
    if (!body.validate(fields)) errors.push(...toFieldErrors('body', body.validate.errors));
    input.body = { ...fields, ...files };
    return undefined;
  }
}

/** What a body's check found: a problem, or (undefined) none beyond the field errors it added. */
type BodyCheck = RequestProblem | undefined | Promise<RequestProblem | undefined>;

const NOT_UTF8: RequestProblem = { kind: 'malformed-body', message: 'The body is not valid UTF-8' };
/** A JSON step's word that the body needs no further step. */
const DONE = 'done';
const JSON_STEPS = 3;

/**
 * One step of checking a JSON body's text: its depth, its parse, its schema. A problem
 * stops the check; DONE ends it with nothing more to check; undefined goes on.
 */
function jsonStep(
  step: number,
  c: CompiledOperation,
  body: CompiledBody,
  text: string,
  input: ValidInput,
  errors: FieldError[],
): RequestProblem | typeof DONE | undefined {
  switch (step) {
    case 0:
      if (nestsDeeperThan(text))
        return { kind: 'malformed-body', message: `Invalid JSON body: nested deeper than ${MAX_JSON_DEPTH} levels` };
      if (text.trim() !== '') return undefined;
      if (c.bodyRequired) errors.push({ location: 'body', field: 'body', message: 'is required' });
      return DONE;
    case 1:
      try {
        input.body = JSON.parse(text);
      } catch {
        return { kind: 'malformed-body', message: 'Invalid JSON body' };
      }
      return undefined;
    default: {
      const inexact = inexactNumberAt(input.body);
      if (inexact !== undefined) errors.push({ location: 'body', field: inexact, message: INEXACT_NUMBER });
      else if (!body.validate(input.body)) errors.push(...toFieldErrors('body', body.validate.errors));
      return DONE;
    }
  }
}
