/**
 * Secrets as the journal and the report show them: enough to tell two apart, never
 * enough to use. A short value is hidden whole.
 */
export const mask = (secret: string) => (secret.length <= 10 ? '***' : `${secret.slice(0, 4)}…${secret.slice(-4)}`);

/** Request headers that carry credentials. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'x-api-secret', 'cookie']);

/** Headers as a plain object, credentials masked (an Authorization keeps its scheme). */
export function redactHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (!SECRET_HEADERS.has(name)) out[name] = value;
    else {
      const [scheme, token] = value.split(/\s+/, 2);
      out[name] = token !== undefined && /^(bearer|basic)$/i.test(scheme) ? `${scheme} ${mask(token)}` : mask(value);
    }
  }
  return out;
}

/** JSON fields that are secrets (a client secret, a password, an identify user_token), masked in body text. */
const SECRET_FIELDS = /("(?:[a-z_]*secret|password|user_token|api_key)"\s*:\s*)"([^"\\]*)"/gi;

export const redactBody = (text: string) =>
  text.replace(SECRET_FIELDS, (_all, key: string, v: string) => `${key}"${mask(v)}"`);
