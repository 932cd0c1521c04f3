/**
 * The reply as server-sent events, in the order the vendor's widget reads them:
 * `{type:"token", text}` pieces, then `{type:"done", data}` (or `{type:"error", detail}`).
 * Pieces are words with their trailing space, so joining them rebuilds the text.
 */
export function sseReply(text: string, done: unknown, headers: Record<string, string> = {}): Response {
  const pieces = text.match(/\S+\s*/g) ?? [text];
  const events = [...pieces.map((t) => ({ type: 'token', text: t })), { type: 'done', data: done }];
  return new Response(events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join(''), {
    status: 200,
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...headers },
  });
}

export function sseError(detail: string): Response {
  return new Response(`data: ${JSON.stringify({ type: 'error', detail })}\n\n`, {
    status: 200,
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
  });
}

export const wantsEventStream = (request: Request) => /text\/event-stream/i.test(request.headers.get('accept') ?? '');
