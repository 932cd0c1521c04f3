import type { RequestView } from '../../core/request-view.js';
import { textAnswer, type Answer } from '../../app/answer.js';

const SSE_HEADERS = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' };

/** One event as the widget parses it: a single `data:` line of JSON, ended by LF LF (client-facts A.4.2). */
const event = (payload: unknown) => `data: ${JSON.stringify(payload)}\n\n`;

const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}`;
/** A word with its spaces, or one Chinese or Japanese character with the punctuation after it. */
const TOKEN = new RegExp(String.raw`\s*(?:[${CJK}][^\s${CJK}]*|[^\s${CJK}]+)\s*`, 'gu');

/** The reply's tokens: joining them rebuilds the text exactly. */
export const tokensOf = (text: string) => text.match(TOKEN) ?? [text];

export interface TokenStream {
  tokens: string[];
  /** Milliseconds before each token after the first (the documented pace; 0 in tests). */
  delayMs: number;
  /** Called once every token is written: commits the turn and gives the `done` event's data. */
  finish(): unknown;
  /** Called when the client goes away first, with the tokens it was sent: commits what was said. */
  abort(sent: number): void;
}

/**
 * The reply as server-sent events written over time: `{type:"token"}` events one by one,
 * then `{type:"done", data}`, then the stream closes (the widget reads until it does).
 * Tokens are produced as the reader pulls them, so a client that stops reading, or
 * aborts, stops generation where it is.
 */
export function sseStream({ tokens, delayMs, finish, abort }: TokenStream, headers: Record<string, string> = {}) {
  const encoder = new TextEncoder();
  let sent = 0;
  let ended = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (sent > 0 && delayMs > 0) await new Promise((resolve) => (timer = setTimeout(resolve, delayMs)));
        if (ended) return;
        if (sent < tokens.length) {
          controller.enqueue(encoder.encode(event({ type: 'token', text: tokens[sent++] })));
          return;
        }
        ended = true;
        controller.enqueue(encoder.encode(event({ type: 'done', data: finish() })));
        controller.close();
      },
      cancel() {
        clearTimeout(timer);
        if (ended) return;
        ended = true;
        abort(sent);
      },
    },
    { highWaterMark: 0 },
  );
  return textAnswer(200, { ...SSE_HEADERS, ...headers }, stream);
}

/** A finished reply (an idempotent replay) as events, all at once. */
export function sseReply(text: string, done: unknown): Answer {
  const events = [...tokensOf(text).map((t) => event({ type: 'token', text: t })), event({ type: 'done', data: done })];
  return textAnswer(200, SSE_HEADERS, events.join(''));
}

/** The AI failed: one `{type:"error"}` event, which the widget retries with the same key. */
export function sseError(detail: string): Answer {
  return textAnswer(200, SSE_HEADERS, event({ type: 'error', detail }));
}

export const wantsEventStream = (request: RequestView) =>
  /text\/event-stream/i.test(request.headers.get('accept') ?? '');
