import { INEXACT_NUMBER, inexactNumberAt } from '../spec/json-numbers.js';

/**
 * The JSON object an admin call sends, or the 400 that refuses it. With `optional`, an
 * empty body reads as `{}` (a takeover needs no body).
 */
export async function readJsonObject(
  req: Request,
  { optional = false } = {},
): Promise<Record<string, unknown> | Response> {
  const text = await req.text();
  if (optional && text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ error: 'body must be JSON' }, { status: 400 });
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return Response.json({ error: 'body must be a JSON object' }, { status: 400 });
  const inexact = inexactNumberAt(body);
  if (inexact !== undefined) return Response.json({ error: `${inexact}: ${INEXACT_NUMBER}` }, { status: 400 });
  return body as Record<string, unknown>;
}
