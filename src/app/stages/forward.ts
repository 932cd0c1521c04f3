import type { ValidateFunction } from 'ajv';
import { readCapped } from '../../core/read-capped.js';
import { createAjv } from '../../spec/ajv.js';
import { describeProblem } from '../../spec/describe-problem.js';
import type { VendorInfo } from '../../spec/operations.js';
import type { ResponseValidator } from '../../spec/response-validator.js';
import { Answer, HeaderBag } from '../answer.js';
import type { MockRuntime } from '../runtime.js';
import type { Upstream } from '../upstream.js';
import type { VendorModule } from '../vendor-module.js';
import type { Stage } from './stage.js';

/** Headers of one hop, never forwarded either way (RFC 9110 §7.6.1), and what the socket sets. */
const HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

/** Documented headers a service sends only to a browser's request (CORS), so not missing without an Origin. */
const CORS_ONLY = /^(access-control-|vary$)/i;

/**
 * Through the proxy (`supportbot-mock proxy`): sends the request to the real service at
 * the vendor's real path, with the client's own headers and body, and hands its status,
 * headers and body back unchanged (an event stream as it arrives). Both directions are
 * checked against the spec and any departure is journaled and counted as drift; the
 * client still gets what the service said. A service that cannot be reached, or does not
 * answer within the deadline, is a 502 or 504 in the vendor's own shape.
 */
export const forwardStage =
  (vendor: VendorModule, info: VendorInfo, runtime: MockRuntime, upstream: Upstream, check: ResponseValidator): Stage =>
  async (x) => {
    const op = x.operation;
    const realPath = x.target.pathname.slice(info.mount.length) || '/';
    const operation = op?.id ?? `${x.method} ${realPath}`;
    const url = `${upstream.base.replace(/\/$/, '')}${realPath}${x.target.search}`;
    const requestViolations = op
      ? x.requestProblem
        ? describeProblem(x.requestProblem)
        : []
      : [`${x.method} ${realPath} is in no operation of the spec`];
    const bodyText = x.body ? new TextDecoder().decode(x.body) : '';
    runtime.drift.record(vendor.name, operation, 'request', requestViolations, bodyText);

    const headers = new Headers();
    // Without Accept-Encoding the service answers uncompressed: a body the proxy can check
    // and hand back byte for byte (docs/fidelity.md).
    for (const [name, value] of x.request.headers)
      if (!HOP.has(name) && name !== 'accept-encoding') headers.append(name, value);
    // The deadline runs until the answer has begun (a stream) or is whole (any other body).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), upstream.timeoutMs);
    let response: Response;
    let text: string | undefined;
    let streamed = false;
    try {
      response = await upstream.send(
        new Request(url, {
          method: x.method,
          headers,
          body: x.body && x.method !== 'GET' && x.method !== 'HEAD' ? (x.body as BodyInit) : undefined,
          signal: abort.signal,
        }),
      );
      streamed = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
      if (!streamed && response.body) {
        const bytes = await readCapped(response.body, UPSTREAM_BODY_BYTES);
        if (bytes === undefined) throw new TooLarge();
        text = new TextDecoder().decode(bytes);
      }
    } catch (error) {
      const cause = abort.signal.aborted
        ? `did not answer within ${upstream.timeoutMs / 1000} s`
        : error instanceof TooLarge
          ? `answered with a body over ${UPSTREAM_BODY_BYTES} bytes, which the proxy does not pass on`
          : `could not be reached (${causeOf(error)})`;
      x.upstream = { url, error: cause, violations: [] };
      x.answer = vendor.error(abort.signal.aborted ? 504 : 502, `supportbot-mock proxy: ${new URL(url).host} ${cause}`);
      return;
    } finally {
      clearTimeout(timer);
    }

    const out = new HeaderBag();
    for (const [name, value] of response.headers) if (!HOP.has(name)) out.append(name, value);
    const contentType = response.headers.get('content-type');
    const json = text && (contentType ?? '').includes('json') ? parsed(text) : undefined;
    const body: unknown = json === undefined ? text : json;
    const violations = check.check({
      method: x.method,
      path: x.target.pathname + x.target.search,
      status: response.status,
      contentType,
      body: streamed ? undefined : (body ?? ''),
      headers: response.headers,
    }).violations;
    // A documented header the answer lacks (the validator checks only those present).
    const documented = op && (op.responses[String(response.status)] as { headers?: Record<string, unknown> });
    for (const name of Object.keys(documented?.headers ?? {}))
      if (!response.headers.has(name) && !(CORS_ONLY.test(name) && !x.request.headers.has('origin')))
        violations.push(`${operation} ${response.status}: documented header ${name} is missing`);
    runtime.drift.record(vendor.name, operation, 'response', violations, text ?? '');
    x.upstream = { url, status: response.status, violations };
    let stream = streamed ? (response.body ?? undefined) : undefined;
    const recorder = upstream.recorder;
    if (recorder && op && response.status < 300) {
      const credentials = credentialsOf(x.request.headers, bodyText, x.target.search);
      const question = parsed(bodyText);
      if (!stream) record(vendor, recorder, op.id, question, body, credentials);
      else if (vendor.recordReply) {
        // The client reads one branch as it arrives; the other is read whole, for the recorder.
        const [toClient, toRecorder] = stream.tee();
        stream = toClient;
        void readCapped(toRecorder, RECORDED_STREAM_BYTES).then((bytes) => {
          const said = bytes && vendor.recordReply?.(op.id, question, { stream: ssePayloads(bytes) });
          if (said) recorder.add({ vendor: vendor.name, ...said }, credentials);
        });
      }
    }
    x.answer = new Answer(response.status, out, text, stream);
  };

/**
 * `--record`: the question and answer of a chat operation, and the records the answer
 * shows. The vendor records only from the answer with the traffic's credentials blotted
 * out; the names it records under (`as`, a demo secret) are its own. A section is written
 * only as a fixtures file may have it, so `start --fixtures` always reads the recording.
 */
function record(
  vendor: VendorModule,
  recorder: NonNullable<Upstream['recorder']>,
  operationId: string,
  request: unknown,
  answer: unknown,
  credentials: string[],
): void {
  const said = vendor.recordReply?.(operationId, request, answer);
  if (said) recorder.add({ vendor: vendor.name, ...said }, credentials);
  const as = recorder.as[vendor.name] ?? vendor.recordAs;
  if (as === undefined || !vendor.recordFixtures) return;
  const section = vendor.recordFixtures(
    operationId,
    recorder.clean(answer, credentials),
    as,
    recorder.section(vendor.name),
  );
  if (section !== undefined) recorder.setSection(vendor.name, section, fixturesValid(vendor, section));
}

/** The largest answer body (not a stream) the proxy reads to check and pass on: past it, a 502. */
const UPSTREAM_BODY_BYTES = 16 * 1024 * 1024;
class TooLarge extends Error {}

/** An event stream longer than this is passed on whole but not recorded. */
const RECORDED_STREAM_BYTES = 1024 * 1024;

/** The JSON of each `data:` line of an event stream (others, and lines that are not JSON, left out). */
function ssePayloads(bytes: Uint8Array): unknown[] {
  return new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => parsed(line.slice(5).trim()))
    .filter((p) => p !== undefined);
}

const sectionChecks = new WeakMap<VendorModule, ValidateFunction>();
function fixturesValid(vendor: VendorModule, section: unknown): boolean {
  let check = sectionChecks.get(vendor);
  if (!check) sectionChecks.set(vendor, (check = createAjv().compile(vendor.fixtures.schema)));
  return check(section);
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Every credential a request carries (header values, a token in its body or query), for the recorder to blot out. */
function credentialsOf(headers: Iterable<[string, string]>, body: string, search: string): string[] {
  const out: string[] = [];
  const queryToken = new URLSearchParams(search).get('token');
  if (queryToken) out.push(queryToken);
  for (const [name, value] of headers)
    if (/^(authorization|x-api-key|x-api-secret|cookie)$/i.test(name)) out.push(value, value.replace(/^\w+\s+/, ''));
  const token = (parsed(body) as { token?: unknown } | undefined)?.token;
  if (typeof token === 'string') out.push(token);
  return out;
}

/** The lowest cause of a failed request, in a few words (ECONNREFUSED, a certificate error). */
function causeOf(error: unknown): string {
  let e = error as { cause?: unknown; code?: string; message?: string };
  while (e.cause) e = e.cause as typeof e;
  return e.code ?? e.message ?? String(e);
}
