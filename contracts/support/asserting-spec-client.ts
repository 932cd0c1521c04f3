import type { paths } from '../../src/generated/openapi.js';
import { loadSpec } from '../../src/spec/load-spec.js';
import { ResponseValidator } from '../../src/spec/response-validator.js';

type Method = 'get' | 'post' | 'patch' | 'delete' | 'options';
type SpecPath = keyof paths;
type OperationAt<P extends SpecPath, M extends Method> = M extends keyof paths[P] ? NonNullable<paths[P][M]> : never;
type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B
    : never;
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type PathParams<O> = O extends { parameters: { path: infer P } } ? P : never;

export interface CallOptions<O> {
  headers?: Record<string, string>;
  /** A body the spec's types accept, sent as JSON. */
  json?: JsonBody<O>;
  /** Anything at all, sent as is: for the requests a real client gets wrong. */
  raw?: BodyInit;
  form?: FormData;
  query?: Query<O> | Record<string, string | number>;
  params?: PathParams<O>;
}

export interface SpecResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text for other media types. */
  body: any;
  text: string;
  operationId?: string;
}

let shared: Promise<ResponseValidator> | undefined;
export const responseValidator = () => (shared ??= loadSpec().then((spec) => new ResponseValidator(spec)));

class SpecViolation extends Error {}

/** One call as the contract runner sees it: what it reached, and what the spec said of the answer. */
export interface ObservedCall {
  method: string;
  path: string;
  status: number;
  operationId?: string;
  violations: string[];
  excerpt: string;
}

/**
 * A client for one vendor, addressed by spec paths (mount included), that checks every
 * response against openapi.yaml: documented status, content-type and body schema. A
 * violation throws, so no test or contract can see a response the spec does not allow.
 *
 * `baseUrl` is where the vendor's real path is appended: the vendor's origin for a real
 * target, or `<mock>/<mount>` for the mock.
 */
export class AssertingSpecClient {
  /** Sees every call any client makes: the contract runner credits it to the case running. */
  static observer: ((call: ObservedCall) => void) | undefined;

  constructor(
    /** The vendor's mount on the mock (`/asyntai`): spec paths start with it. */
    readonly mount: string,
    readonly baseUrl: string,
    private readonly fetchFn: (request: Request) => Promise<Response> = (r) => fetch(r),
    private readonly defaults: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): AssertingSpecClient {
    return new AssertingSpecClient(this.mount, this.baseUrl, this.fetchFn, { ...this.defaults, ...headers });
  }

  async call<P extends SpecPath, M extends Method>(
    method: M,
    path: P,
    options: CallOptions<OperationAt<P, M>> = {},
  ): Promise<SpecResponse> {
    return this.send(method.toUpperCase(), this.realPath(String(path), options.params), options);
  }

  /** The vendor's own path for a spec path: the mount taken off, path parameters filled in. */
  private realPath(path: string, params: unknown): string {
    if (!path.startsWith(this.mount)) throw new Error(`${path} is not under ${this.mount}`);
    let real = path.slice(this.mount.length);
    for (const [k, v] of Object.entries((params ?? {}) as Record<string, string>))
      real = real.replace(`{${k}}`, encodeURIComponent(v));
    return real;
  }

  /**
   * Opens a server-sent event stream and reads it as the vendor's widget does: events
   * split on LF LF, the first `data:` line of each parsed as JSON. Status and headers are
   * checked against the spec at once, and every `done` event's data against the
   * operation's JSON answer, so a streamed turn conforms as a JSON one does.
   */
  async stream<P extends SpecPath, M extends Method>(
    method: M,
    path: P,
    options: CallOptions<OperationAt<P, M>> = {},
  ): Promise<EventStream> {
    const realPath = this.realPath(String(path), options.params);
    const headers = new Headers({
      ...this.defaults,
      ...options.headers,
      accept: 'text/event-stream, application/json',
    });
    headers.set('content-type', 'application/json');
    const url = new URL(this.baseUrl.replace(/\/$/, '') + realPath);
    const response = await this.fetchFn(
      new Request(url, { method: method.toUpperCase(), headers, body: JSON.stringify(options.json) }),
    );
    const validator = await responseValidator();
    const contentType = response.headers.get('content-type');
    if (response.status !== 200 || !contentType?.includes('text/event-stream'))
      throw new SpecViolation(`${realPath} answered ${response.status} ${contentType}, not an event stream`);
    const spec = { method: method.toUpperCase() };
    const conformance = validator.check({
      method: spec.method,
      path: this.mount + realPath,
      status: 200,
      contentType,
      body: '',
      headers: response.headers,
    });
    AssertingSpecClient.observer?.({
      method: spec.method,
      path: realPath,
      status: 200,
      operationId: conformance.operationId,
      violations: conformance.violations,
      excerpt: '(an event stream)',
    });
    if (conformance.violations.length) throw new SpecViolation(conformance.violations.join('; '));
    return new EventStream(response, (data) => {
      const done = validator.check({
        method: spec.method,
        path: this.mount + realPath,
        status: 200,
        contentType: 'application/json',
        body: { status: 'success', data },
        headers: response.headers,
      });
      if (done.violations.length) throw new SpecViolation(`done event: ${done.violations.join('; ')}`);
    });
  }

  /** For paths and methods the spec does not have (404/405 checks): untyped. */
  async callAnything(method: string, realPath: string, options: CallOptions<never> = {}): Promise<SpecResponse> {
    return this.send(method, realPath, options);
  }

  private async send(method: string, realPath: string, options: CallOptions<unknown>): Promise<SpecResponse> {
    const url = new URL(this.baseUrl.replace(/\/$/, '') + realPath);
    for (const [k, v] of Object.entries((options.query ?? {}) as Record<string, unknown>))
      url.searchParams.set(k, String(v));
    const headers = new Headers({ ...this.defaults, ...options.headers });
    let body: BodyInit | undefined = options.raw ?? options.form;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const response = await this.fetchFn(new Request(url, { method, headers, body }));
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    let parsed: unknown = text;
    if (contentType?.includes('json') && text) parsed = JSON.parse(text);
    if (!text && !contentType?.includes('json')) parsed = undefined;
    // fetch follows redirects (a trailing-slash 301/307): check against where the answer
    // came from, and with the method fetch used there (a 301 turns a POST into a GET).
    const validator = await responseValidator();
    const answered = response.url ? new URL(response.url) : url;
    const finalMethod =
      response.redirected && method === 'POST' && validator.slashRedirectAt(this.mount + '/') === 301 ? 'GET' : method;
    const conformance = validator.check({
      method: finalMethod,
      path:
        this.mount +
        answered.pathname.slice(new URL(this.baseUrl).pathname.replace(/\/$/, '').length) +
        answered.search,
      status: response.status,
      contentType,
      body: parsed,
      headers: response.headers,
    });
    AssertingSpecClient.observer?.({
      method,
      path: realPath,
      status: response.status,
      operationId: conformance.operationId,
      violations: conformance.violations,
      excerpt: text.slice(0, 300),
    });
    if (conformance.violations.length)
      throw new SpecViolation(
        `${method} ${realPath} answered ${response.status} against the spec:\n  ` +
          `${conformance.violations.join('\n  ')}\n  body: ${text.slice(0, 500)}`,
      );
    return {
      status: response.status,
      headers: response.headers,
      body: parsed,
      text,
      operationId: conformance.operationId,
    };
  }
}

/** Events of one stream, read one at a time as they arrive; `raw` keeps every byte read. */
export class EventStream {
  readonly status: number;
  readonly headers: Headers;
  raw = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = '';

  constructor(
    response: Response,
    private readonly checkDone: (data: unknown) => void,
  ) {
    this.status = response.status;
    this.headers = response.headers;
    this.reader = response.body!.getReader();
  }

  /** The next event's JSON, or undefined once the server has closed the stream. */
  async next(): Promise<{ type: string; text?: string; data?: any; detail?: string } | undefined> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const line = block.split('\n').find((l) => l.startsWith('data:'));
        if (!line) continue;
        const event = JSON.parse(line.slice(5).trim());
        if (event.type === 'done') this.checkDone(event.data);
        return event;
      }
      const { value, done } = await this.reader.read();
      if (done) {
        if (this.buffer) throw new SpecViolation(`stream ended inside an event: ${JSON.stringify(this.buffer)}`);
        return undefined;
      }
      const text = this.decoder.decode(value, { stream: true });
      this.raw += text;
      this.buffer += text;
    }
  }

  /** Every remaining event, until the server closes the stream. */
  async rest() {
    const events = [];
    for (let e = await this.next(); e; e = await this.next()) events.push(e);
    return events;
  }

  /** Goes away mid-stream, as the widget's Stop button does. */
  cancel(): Promise<void> {
    return this.reader.cancel();
  }
}
