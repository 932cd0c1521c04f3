import type { JournalEntry } from '../../src/core/journal-entry.js';
import type { OpenApiDocument } from '../../src/spec/load-spec.js';
import { operationsOf } from '../../src/spec/operations.js';

/** What a vendor's error body says, in whichever field its shape puts it. */
function messageOf(body: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as { error?: unknown; detail?: unknown; message?: unknown };
    const said = parsed.error ?? parsed.detail ?? parsed.message;
    return typeof said === 'string' ? said : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Holds the mock to its spec's `x-refusals`: a 400 or 422 that no spec violation explains
 * (the handler refused a request the schema accepts) must carry a message the operation
 * lists. Returns what is wrong, or undefined. Empty files and unknown file types were
 * refused this way while the schema allowed them (issue 21); they are in the schema now.
 */
export function undocumentedRefusal(spec: OpenApiDocument, entry: JournalEntry): string | undefined {
  if ((entry.status !== 400 && entry.status !== 422) || !entry.operationId) return undefined;
  if (entry.violations.length > 0) return undefined;
  const op = operationsOf(spec).find((o) => o.id === entry.operationId);
  const listed: string[] = op?.raw['x-refusals']?.[String(entry.status)] ?? [];
  const message = messageOf(entry.response.body);
  if (message !== undefined && listed.some((p) => new RegExp(p).test(message))) return undefined;
  return (
    `${entry.method} ${entry.path} (${entry.operationId}) refused a request its schema accepts with ` +
    `${entry.status} "${message}", which its x-refusals['${entry.status}'] in openapi.yaml does not list`
  );
}
