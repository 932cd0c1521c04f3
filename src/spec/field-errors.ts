import type { ErrorObject } from 'ajv';

export type FieldLocation = 'body' | 'query' | 'path' | 'header';

/** One validation failure, named by the field a client would recognise. */
export interface FieldError {
  location: FieldLocation;
  field: string;
  message: string;
}

const BRANCH = /^(.*\/(?:anyOf|oneOf))\/\d+\//;

const pathToField = (instancePath: string) => instancePath.slice(1).replace(/\//g, '.');

function messageOf(e: ErrorObject): string {
  const p = e.params as any;
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of: ${p.allowedValues.join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'additionalProperties':
      return `has an unknown key "${p.additionalProperty}"`;
    default:
      return e.message ?? 'is invalid';
  }
}

function fieldOf(e: ErrorObject): string {
  const base = pathToField(e.instancePath);
  return e.keyword === 'required' ? [base, (e.params as any).missingProperty].filter(Boolean).join('.') : base;
}

/**
 * Turns Ajv's errors into one line per field. The branches of a failed oneOf/anyOf are
 * folded into that one field ("website_id: must be integer or must match pattern"),
 * since listing each branch as its own failure would read as several requirements.
 */
export function toFieldErrors(location: FieldLocation, errors: ErrorObject[] | null | undefined): FieldError[] {
  const branches = new Map<string, ErrorObject[]>();
  const direct: ErrorObject[] = [];
  for (const e of errors ?? []) {
    const m = BRANCH.exec(e.schemaPath);
    if (m) branches.set(m[1], [...(branches.get(m[1]) ?? []), e]);
    else direct.push(e);
  }
  const out: FieldError[] = [];
  const push = (field: string, message: string) => {
    if (!out.some((o) => o.field === (field || location) && o.message === message))
      out.push({ location, field: field || location, message });
  };
  for (const e of direct) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      const inner = branches.get(e.schemaPath) ?? [];
      if (inner.length && inner.every((i) => i.keyword === 'required' && i.instancePath === e.instancePath)) {
        const [first, ...rest] = inner.map(fieldOf);
        push(first, rest.length ? `is required (or ${rest.join(', ')})` : 'is required');
      } else {
        const messages = [...new Set(inner.map(messageOf))];
        push(pathToField(e.instancePath), messages.length ? messages.join(' or ') : messageOf(e));
      }
      continue;
    }
    push(fieldOf(e), messageOf(e));
  }
  return out;
}

export function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
