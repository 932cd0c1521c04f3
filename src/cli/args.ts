import { DEFAULT_MAX_SESSIONS, DEFAULT_MAX_STATE_BYTES } from '../app/runtime.js';
import { parseClockOption, type ClockMode } from '../core/clock.js';
import { decimalInteger } from './decimal.js';
import { LOG_MODES, type LogMode } from './request-log.js';
import { parseOptions, UsageError } from './parse-options.js';
import { didYouMean } from '../core/nearest.js';

/** The CLI's commands, for `help` and the nearest-command hint. */
export const COMMANDS = ['start', 'proxy', 'contracts', 'report', 'ca', 'help', 'version'];

export interface StartArgs {
  port: number;
  host: string;
  seed: number;
  fixtures?: string;
  clock: ClockMode;
  clockStart: string;
  trustProxy: boolean;
  unlimited: boolean;
  offline: boolean;
  maxSessions: number;
  streamDelayMs?: number;
  state?: string;
  maxStateBytes: number;
  watch: boolean;
  /** `--vendor-port <vendor>=4011`: ports of their own, by vendor. */
  vendorPorts: Record<string, number>;
  httpsPort?: number;
  /** Opens admin to other hosts for requests carrying it (`--admin-token`, SUPPORTBOT_MOCK_ADMIN_TOKEN). */
  adminToken?: string;
  /** The request log on stdout: a line a request, JSON lines, or none. */
  log: LogMode;
  /** Admin calls in the request log too. */
  logAdmin: boolean;
}

export const USAGE = `Usage: supportbot-mock start [options]
       supportbot-mock contracts [options]   (--help for its options)
       supportbot-mock report [options]      (--help for its options)
       supportbot-mock proxy --VENDOR URL... [options]   forward vendors to real services (--help)
       supportbot-mock ca                    the local CA's certificate, and how to trust it
       supportbot-mock --version

  --port N            port (default: $PORT or 4010)
  --host HOST         host (default: 127.0.0.1)
  --vendor-port V=N   also serve vendor V alone, from its root, on port N (repeatable),
                      for a client that cannot use the host name V.localhost
  --https-port N      also serve over HTTPS on port N, with a certificate from the local
                      CA (supportbot-mock ca)
  --admin-token T     admin answers any host for requests with Authorization: Bearer T
                      (default: $SUPPORTBOT_MOCK_ADMIN_TOKEN; without one, loopback only)
  --seed N            seed for ids and demo data (default: 1)
  --fixtures FILE     JSON or YAML fixtures that extend or replace the demo data
  --clock MODE        system (default: follows the wall clock, as browsers expect),
                      frozen (at 2025-06-02T09:00:00Z) or frozen=ISO: time then moves only
                      through /__admin/clock, and runs repeat byte for byte
  --clock-start ISO   the clock's starting instant (default: now, or 2025-06-02 when frozen)
  --trust-proxy       take the client IP from X-Forwarded-For
  --unlimited         lift every plan quota and rate limit (load runs)
  --offline           read knowledge URLs only from the fixtures' pages, never the network
  --max-sessions N    sessions kept per vendor before the least recently active are
                      evicted (default: 100000)
  --stream-delay MS   pause between streamed reply tokens (default: 20 on the system
                      clock, 0 when frozen)
  --watch             reload the fixtures file when it changes, keeping the records that
                      did not come from it
  --state FILE        load the state from FILE at start (when it exists), save it there
                      after changes and at exit; its folder must exist
  --max-state-bytes N the largest state PUT /__admin/state takes (default: 67108864)
  --log MODE          the request log on stdout: pretty (default: a line a request, in
                      colour on a terminal), json (a JSON object a line) or quiet
  --quiet             the same as --log quiet
  --log-admin         log admin calls too (the dashboard's polling among them)
  -h, --help          this text`;

export function parseStartArgs(
  argv: string[],
  env: NodeJS.ProcessEnv,
  /** Flags another command took first (proxy's), for the nearest-flag hint. */
  also: readonly string[] = [],
): StartArgs | 'help' {
  const parsed = parseOptions(
    argv,
    {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      fixtures: { type: 'string' },
      clock: { type: 'string' },
      'clock-start': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      unlimited: { type: 'boolean' },
      offline: { type: 'boolean' },
      'max-sessions': { type: 'string' },
      'stream-delay': { type: 'string' },
      state: { type: 'string' },
      'max-state-bytes': { type: 'string' },
      watch: { type: 'boolean' },
      'vendor-port': { type: 'string', multiple: true },
      'https-port': { type: 'string' },
      'admin-token': { type: 'string' },
      log: { type: 'string' },
      quiet: { type: 'boolean' },
      'log-admin': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    { positionals: true, also },
  );
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.watch && !values.fixtures) throw new UsageError('--watch needs --fixtures FILE to watch');
  if (positionals.length > 0 && positionals[0] !== 'start')
    throw new UsageError(`unknown command ${positionals[0]}${didYouMean(positionals[0], COMMANDS)}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const int = (name: string, raw: string, min: number, max: number) => {
    const n = decimalInteger(raw, min, max);
    if (n === undefined) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${raw}`);
    return n;
  };
  let clock: { mode: ClockMode; start: string };
  try {
    clock = parseClockOption(values.clock ?? 'system');
  } catch (e) {
    throw new UsageError(`--${(e as Error).message}`);
  }
  if (values['clock-start'] !== undefined && Number.isNaN(Date.parse(values['clock-start'])))
    throw new UsageError(`--clock-start must be an ISO 8601 instant`);
  const vendorPorts: Record<string, number> = {};
  for (const raw of values['vendor-port'] ?? []) {
    const m = /^([a-z][a-z0-9]*)=(.+)$/.exec(raw);
    if (!m) throw new UsageError(`--vendor-port takes VENDOR=PORT (a vendor's name, =, a port), got ${raw}`);
    vendorPorts[m[1]] = int('vendor-port', m[2], 0, 65535);
  }
  const log = values.quiet ? 'quiet' : (values.log ?? 'pretty');
  if (!LOG_MODES.includes(log as LogMode))
    throw new UsageError(`--log must be one of ${LOG_MODES.join(', ')}, got ${log}`);
  if (values.quiet && values.log !== undefined && values.log !== 'quiet')
    throw new UsageError(`--quiet and --log ${values.log} contradict each other`);
  const adminToken = values['admin-token'] ?? env.SUPPORTBOT_MOCK_ADMIN_TOKEN;
  if (adminToken !== undefined && adminToken.length < 16)
    throw new UsageError('--admin-token must be at least 16 characters: anyone who can reach the port may guess it');
  return {
    log: log as LogMode,
    logAdmin: values['log-admin'] ?? false,
    ...(adminToken ? { adminToken } : {}),
    vendorPorts,
    ...(values['https-port'] === undefined ? {} : { httpsPort: int('https-port', values['https-port'], 0, 65535) }),
    port: int('port', values.port ?? env.PORT ?? '4010', 0, 65535),
    host: values.host ?? '127.0.0.1',
    seed: int('seed', values.seed ?? '1', 0, 2 ** 32 - 1),
    fixtures: values.fixtures,
    clock: clock.mode,
    clockStart: values['clock-start'] ?? clock.start,
    trustProxy: values['trust-proxy'] ?? false,
    unlimited: values.unlimited ?? false,
    offline: values.offline ?? false,
    maxSessions: int('max-sessions', values['max-sessions'] ?? String(DEFAULT_MAX_SESSIONS), 1, 10_000_000),
    ...(values.state ? { state: values.state } : {}),
    maxStateBytes: int('max-state-bytes', values['max-state-bytes'] ?? String(DEFAULT_MAX_STATE_BYTES), 1, 2 ** 32),
    watch: values.watch ?? false,
    ...(values['stream-delay'] === undefined
      ? {}
      : { streamDelayMs: int('stream-delay', values['stream-delay'], 0, 10_000) }),
  };
}
