import type { RequestView } from '../core/request-view.js';
/** The token of an `Authorization: Bearer <token>` header, as every vendor reads it. */
export function bearerToken(request: RequestView): string | undefined {
  return request.headers.get('authorization')?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
}
