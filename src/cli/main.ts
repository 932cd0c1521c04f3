#!/usr/bin/env node
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNodeServer } from '../adapters/node-server.js';
import { createMockApp } from '../create-app.js';
import { ReplyRecorder } from '../app/reply-recorder.js';
import { inFile, readFixturesFile } from '../fixtures/load-fixtures.js';
import { VENDOR_MODULES } from '../vendors/index.js';
import { COMMANDS, USAGE, parseStartArgs } from './args.js';
import { UsageError } from './parse-options.js';
import { didYouMean } from '../core/nearest.js';
import { requestLogger } from './request-log.js';
import { banner } from './banner.js';
import { runReport } from './report.js';
import { runCa } from './ca.js';
import { PROXY_FLAGS, parseProxyArgs, proxyUsage, type ProxyArgs } from './proxy-args.js';
import { sendUpstream } from '../adapters/upstream-send.js';
import { certificateNames, serverCertificate } from '../adapters/tls/server-cert.js';
import { keepStateFile, loadStateFile } from './state-file.js';
import { watchFixtures } from './watch.js';

/** `help [command]`: the general usage, or one command's own. */
async function help(command: string | undefined, names: string[]): Promise<number> {
  if (command === undefined || command === 'start' || command === 'help' || command === 'version') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'proxy') console.log(proxyUsage(names));
  else if (command === 'report') return runReport(['--help']);
  else if (command === 'ca') return runCa(['--help']);
  else if (command === 'contracts') return runContracts(['--help']);
  else {
    console.error(
      `supportbot-mock: no command ${command}${didYouMean(command, COMMANDS)}; commands: ${COMMANDS.join(', ')}`,
    );
    return 2;
  }
  return 0;
}

async function runContracts(argv: string[]): Promise<number> {
  // Bundled beside this file (scripts/bundle-node.mjs); loaded only for this command.
  const contracts = new URL('./contracts.js', import.meta.url).href;
  const loaded = (await import(contracts)) as { runContracts(argv: string[]): Promise<number> };
  return loaded.runContracts(argv);
}

async function main(): Promise<number> {
  const command = process.argv[2];
  const names = VENDOR_MODULES.map((m) => m.name as string);
  if (command === '--version' || command === '-v' || command === 'version') {
    // The package.json beside the built CLI (dist/bin/ is two levels down).
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    console.log(pkg.version);
    return 0;
  }
  if (command === 'help') return help(process.argv[3], names);
  if (command === 'contracts') return runContracts(process.argv.slice(3));
  if (command === 'report') return runReport(process.argv.slice(3));
  if (command === 'ca') return runCa(process.argv.slice(3));
  // `proxy` is `start` with some vendors forwarded to their real services.
  const proxying = command === 'proxy';
  let args;
  let proxy: ProxyArgs | undefined;
  try {
    const parsed = proxying ? parseProxyArgs(process.argv.slice(3), names) : undefined;
    if (parsed !== 'help') proxy = parsed;
    args =
      parsed === 'help'
        ? 'help'
        : parseStartArgs(proxy ? proxy.rest : process.argv.slice(2), process.env, proxying ? PROXY_FLAGS(names) : []);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    // A line or two, not the whole usage: the mistake is what the person needs to see.
    console.error(
      `supportbot-mock: ${e.message}\nsupportbot-mock help ${proxying ? 'proxy' : 'start'} lists every option.`,
    );
    return 2;
  }
  if (args === 'help') return help(proxying ? 'proxy' : 'start', names);
  const unknown = Object.keys(args.vendorPorts).find((v) => !names.includes(v));
  if (unknown) {
    console.error(`supportbot-mock: --vendor-port: no vendor ${unknown}; one of ${names.join(', ')}`);
    return 2;
  }
  const fixtures = args.fixtures ? await readFixturesFile(args.fixtures, VENDOR_MODULES) : undefined;
  const recorder = proxy?.record === undefined ? undefined : await recorderIn(proxy.record, proxy.recordAs);
  const app = await createMockApp({
    seed: args.seed,
    fixtures,
    clockMode: args.clock,
    clockStart: args.clockStart,
    trustProxy: args.trustProxy,
    unlimited: args.unlimited,
    offline: args.offline,
    maxSessions: args.maxSessions,
    maxStateBytes: args.maxStateBytes,
    streamDelayMs: args.streamDelayMs,
    adminToken: args.adminToken,
    onRequest: requestLogger(args.log, {
      admin: args.logAdmin,
      write: (line) => console.log(line),
      color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    }),
    ...(proxy && {
      upstreams: Object.fromEntries(
        Object.entries(proxy.upstreams).map(([vendor, base]) => [
          vendor,
          { base, strict: proxy.strict, timeoutMs: proxy.timeoutMs, send: sendUpstream, recorder },
        ]),
      ),
    }),
  }).catch((e: unknown) => {
    throw args.fixtures ? inFile(args.fixtures, e) : e;
  });
  let state: { flush(): void } | undefined;
  if (args.state) {
    const loaded = loadStateFile(args.state, app, VENDOR_MODULES);
    state = keepStateFile(args.state, app, VENDOR_MODULES);
    console.log(`supportbot-mock: state ${loaded ? 'loaded from' : 'will be saved to'} ${args.state}`);
  }
  // The certificate for HTTPS and the proxy's tunnels, from the local CA (made on first use).
  let certificate: Promise<{ cert: string; key: string }> | undefined;
  const tls = () => (certificate ??= serverCertificate(certificateNames(app.vendors, args.host)));
  const server = await startNodeServer(app, {
    port: args.port,
    host: args.host,
    vendorPorts: args.vendorPorts,
    httpsPort: args.httpsPort,
    tls,
  }).catch((e: NodeJS.ErrnoException & { port?: number }) => {
    const port = e.port ?? args.port;
    const flag = port === args.port ? '--port' : port === args.httpsPort ? '--https-port' : '--vendor-port';
    if (e.code === 'EADDRINUSE')
      throw new Error(`port ${port} on ${args.host} is already in use: stop what runs there, or pick ${flag}`);
    if (e.code === 'EACCES') throw new Error(`port ${port} on ${args.host} needs privileges: pick ${flag} above 1023`);
    throw e;
  });
  console.log(banner(app, VENDOR_MODULES, server));
  for (const [vendor, base] of Object.entries(proxy?.upstreams ?? {}))
    console.log(`  ${vendor.padEnd(10)} forwarded to ${base}${proxy!.strict ? ' (strict)' : ''}`);
  if (proxy?.record) console.log(`  recording  the services' answers to ${join(proxy.record, 'fixtures.json')}`);
  if (args.watch && args.fixtures) {
    await watchFixtures(args.fixtures, app, VENDOR_MODULES, { seed: args.seed, fixtures });
    console.log(`supportbot-mock: watching ${args.fixtures}`);
  }

  const stop = async (signal: string) => {
    console.log(`\nsupportbot-mock: ${signal}, shutting down`);
    // Open connections are closed at once; whatever still runs (a large upload being
    // indexed, a webhook on the wire) gets a second, then the process exits regardless.
    setTimeout(() => process.exit(0), 1000).unref();
    state?.flush();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return -1; // keep running
}

/** The recorder of `proxy --record DIR`: DIR/fixtures.json, merged with what it holds, written whole each time. */
async function recorderIn(dir: string, as: Record<string, string>): Promise<ReplyRecorder> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fixtures.json');
  const existing = existsSync(file) ? await readFixturesFile(file, VENDOR_MODULES) : {};
  return new ReplyRecorder(
    existing,
    (text) => {
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
    },
    as,
  );
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e) => {
    console.error(`supportbot-mock: ${(e as Error).message}`);
    process.exit(1);
  },
);
