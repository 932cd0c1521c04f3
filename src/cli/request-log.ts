import type { RequestLogEntry } from '../app/request-log.js';

export const LOG_MODES = ['pretty', 'json', 'quiet'] as const;
export type LogMode = (typeof LOG_MODES)[number];

const paint = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const PLAIN = (s: string) => s;
const dim = paint(2);
const bold = paint(1);

function statusPaint(status: number): (s: string) => string {
  if (status === 0 || status >= 500) return paint(31); // red
  if (status === 429 || status === 503) return paint(35); // magenta: come back later
  if (status >= 400) return paint(33); // yellow
  if (status >= 300) return paint(36); // cyan
  return paint(32); // green
}

const time = (d: Date) => d.toISOString().slice(11, 23);

/** One line a request: time, vendor, method, path, status, duration, operation, and why it was refused. */
export function prettyLine(e: RequestLogEntry, color: boolean): string {
  const [d, b, st] = color ? [dim, bold, statusPaint(e.status)] : [PLAIN, PLAIN, PLAIN];
  const parts = [
    d(time(e.at)),
    b((e.vendor ?? '-').padEnd(9)),
    e.method.padEnd(7),
    e.path,
    st(e.status === 0 ? 'drop' : String(e.status)),
    d(`${e.durationMs.toFixed(1)}ms`),
    ...(e.operation ? [e.operation] : []),
  ];
  if (e.refusal) parts.push(st(`${e.refusal.by}: ${e.refusal.reason}`));
  if (e.notes) parts.push((color ? paint(33) : PLAIN)(`note: ${e.notes.join('; ')}`));
  return parts.join(' ');
}

/** The same as one JSON object a line, for a log collector. */
export const jsonLine = (e: RequestLogEntry): string =>
  JSON.stringify({
    time: e.at.toISOString(),
    vendor: e.vendor ?? null,
    method: e.method,
    path: e.path,
    status: e.status,
    duration_ms: e.durationMs,
    operation: e.operation ?? null,
    ...(e.refusal && { refused_by: e.refusal.by, reason: e.refusal.reason }),
    ...(e.notes && { notes: e.notes }),
  });

/**
 * The request log's writer for `--log`, or none for quiet. Colour only on a terminal, and
 * never with NO_COLOR set; admin calls only with `--log-admin`.
 */
export function requestLogger(
  mode: LogMode,
  options: { admin: boolean; write: (line: string) => void; color: boolean },
): ((e: RequestLogEntry) => void) | undefined {
  if (mode === 'quiet') return undefined;
  return (e) => {
    if (e.admin && !options.admin) return;
    options.write(mode === 'json' ? jsonLine(e) : prettyLine(e, options.color));
  };
}
