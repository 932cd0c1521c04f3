/**
 * Headers as the stages build an answer's, and as the Node server reads a request's: names
 * lowercased, one value each (`append` joins with ", " as Fetch's Headers does). A plain
 * map: undici's Headers validates and sorts on every call, which measured ~5% of a
 * request's CPU on the Node server.
 */
export class HeaderBag implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>();

  constructor(init?: Record<string, string> | Iterable<[string, string]>) {
    if (!init) return;
    for (const [k, v] of Symbol.iterator in init ? init : Object.entries(init)) this.append(k, v);
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const had = this.map.get(key);
    this.map.set(key, had === undefined ? value : `${had}, ${value}`);
  }

  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }

  /** In name order, as Fetch's Headers iterates (the journal shows them so). */
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return [...this.map].sort(([a], [b]) => (a < b ? -1 : 1))[Symbol.iterator]();
  }

  /** Names and values in turn, in the order they were set: what the journal keeps. */
  flat(): string[] {
    const flat: string[] = [];
    for (const [name, value] of this.map) flat.push(name, value);
    return flat;
  }

  /** For node's `writeHead`, in the order they were set. */
  toObject(): Record<string, string> {
    // A loop: Object.fromEntries walked the map through the iterator protocol, ~2% of a request.
    const out: Record<string, string> = {};
    for (const [name, value] of this.map) out[name] = value;
    return out;
  }
}

/**
 * What the stages answer, before an adapter turns it into a Fetch Response (msw, in
 * process) or writes it to the socket (the Node server). `text` is the body when the
 * mock made it whole; `stream` an event stream; neither, no body (a 204, a redirect).
 * `dropped` is a `drop` fault: the connection goes away with no answer at all.
 */
export class Answer {
  dropped = false;

  constructor(
    public status: number,
    public readonly headers: HeaderBag,
    public text?: string,
    public stream?: ReadableStream<Uint8Array>,
  ) {}

  get contentType(): string {
    return this.headers.get('content-type') ?? '';
  }

  get isEventStream(): boolean {
    return this.contentType.startsWith('text/event-stream');
  }
}

/** A JSON answer; the only serialisation on the hot path. Vendors make their bodies with it. */
export function jsonAnswer(status: number, body: unknown, headers?: Record<string, string>): Answer {
  const bag = new HeaderBag(headers);
  bag.set('content-type', 'application/json');
  return new Answer(status, bag, JSON.stringify(body));
}

export function droppedAnswer(): Answer {
  const answer = new Answer(502, new HeaderBag());
  answer.dropped = true;
  return answer;
}

/** A body-less answer (a preflight's 204) with these headers. */
export const emptyAnswer = (status: number, headers: Record<string, string>) =>
  new Answer(status, new HeaderBag(headers));

/** A text answer, whole or streamed (an event stream), with these headers. */
export const textAnswer = (
  status: number,
  headers: Record<string, string>,
  body: string | ReadableStream<Uint8Array>,
) =>
  typeof body === 'string'
    ? new Answer(status, new HeaderBag(headers), body)
    : new Answer(status, new HeaderBag(headers), undefined, body);

/**
 * A Fetch Response as an Answer: for admin's Hono answers on the Node server, the one
 * place a Response still meets the stages' kind of answer.
 */
export async function answerOfResponse(response: Response): Promise<Answer> {
  const answer = new Answer(response.status, new HeaderBag(response.headers));
  if (response.body === null) return answer;
  if (answer.isEventStream) answer.stream = response.body;
  else answer.text = await response.text();
  return answer;
}

/** The Fetch Response of an answer (msw, in-process calls). HEAD gets the headers alone. */
export function toResponse(answer: Answer, method: string): Response {
  if (answer.dropped) return Response.error();
  const body = method === 'HEAD' ? null : (answer.stream ?? answer.text ?? null);
  return new Response(body, { status: answer.status, headers: answer.headers.toObject() });
}
