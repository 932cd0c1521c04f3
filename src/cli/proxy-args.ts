import { decimalInteger } from './decimal.js';
import { UsageError } from './parse-options.js';

export interface ProxyArgs {
  /** The real service each proxied vendor goes to, by vendor name. */
  upstreams: Record<string, string>;
  strict: boolean;
  timeoutMs: number;
  /** `--record DIR`: the folder whose fixtures.json keeps what the services answered. */
  record?: string;
  /** `--record-as VENDOR=NAME`: whom a vendor's records go under, by vendor. */
  recordAs: Record<string, string>;
  /** The rest: `start`'s own options. */
  rest: string[];
}

/** The service's answer must begin within this, else the client gets a 504 (docs/fidelity.md). */
const DEFAULT_UPSTREAM_TIMEOUT_S = 30;

export const proxyUsage = (vendors: readonly string[]) => `Usage: supportbot-mock proxy --VENDOR URL... [options]

Forwards each vendor given to its real service, at the vendor's real path, with the
client's own credentials, and hands back what the service answered, unchanged. Both
directions are checked against the spec: departures are journaled and counted in
GET /__admin/report's upstream drift (and \`supportbot-mock report\`). Vendors not given
are answered by the mock, as with \`start\`. Every form \`start\` serves (mounts, host
names, --vendor-port, --https-port, the proxy port) works the same.

${vendors.map((v) => `  --${v} URL`.padEnd(22) + `forward ${v} to URL (its origin, e.g. the real one)`).join('\n')}
  --strict            refuse a request the spec rejects, in the vendor's shape, instead
                      of forwarding it
  --record DIR        keep each question and the service's answer in DIR/fixtures.json
                      (merged with what is there), which \`start --fixtures\` gives back
  --record-as V=NAME  record vendor V's records under NAME (an API key, a bot token, a
                      client_id) instead of the demo's (repeatable)
  --upstream-timeout S  seconds a service may take to begin its answer (default: ${DEFAULT_UPSTREAM_TIMEOUT_S});
                      past it the client gets a 504 in the vendor's shape
  ...and every option of \`supportbot-mock start\` (--port, --host, --vendor-port, ...)`;

/** The proxy's own flags (beside start's), for the nearest-flag hint. */
export const PROXY_FLAGS = (vendors: readonly string[]) => [
  ...vendors,
  'strict',
  'record',
  'record-as',
  'upstream-timeout',
];

/** Takes the proxy's own options off the command line; the rest are start's. */
export function parseProxyArgs(argv: string[], vendors: readonly string[]): ProxyArgs | 'help' {
  const upstreams: Record<string, string> = {};
  let strict = false;
  let timeoutMs = DEFAULT_UPSTREAM_TIMEOUT_S * 1000;
  let record: string | undefined;
  const recordAs: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--strict') strict = true;
    else if (flag === '--record') record = value();
    else if (flag === '--record-as') {
      const raw = value();
      const m = /^([a-z][a-z0-9]*)=(.+)$/.exec(raw);
      if (!m || !vendors.includes(m[1]))
        throw new UsageError(`--record-as takes VENDOR=NAME for one of ${vendors.join(', ')}, got ${raw}`);
      recordAs[m[1]] = m[2];
    } else if (flag === '--upstream-timeout') {
      const raw = value();
      const s = decimalInteger(raw, 1, 600);
      if (s === undefined) throw new UsageError(`--upstream-timeout must be an integer from 1 to 600, got ${raw}`);
      timeoutMs = s * 1000;
    } else if (vendors.includes(flag.slice(2))) {
      const raw = value();
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new UsageError(`${flag} must be a URL, got ${raw}`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new UsageError(`${flag} must be an http or https URL, got ${raw}`);
      upstreams[flag.slice(2)] = raw.replace(/\/$/, '');
    } else rest.push(arg);
  }
  if (!Object.keys(upstreams).length)
    throw new UsageError(`name at least one vendor to forward: ${vendors.map((v) => `--${v} URL`).join(', ')}`);
  if (Object.keys(recordAs).length && record === undefined) throw new UsageError('--record-as needs --record DIR');
  return { upstreams, strict, timeoutMs, rest, recordAs, ...(record === undefined ? {} : { record }) };
}
