import { Clock, DEFAULT_START, parseClockOption, type ClockMode, type ClockOption } from '../core/clock.js';
import { Faults } from '../core/faults.js';
import { Journal } from '../core/journal.js';
import { mask, redactBody, redactHeaders } from '../core/redact.js';
import { DEFAULT_SEED, SeededRandom } from '../core/random.js';
import type { FixturesFile } from '../fixtures/types.js';
import { KnowledgeStore } from '../services/knowledge/knowledge-store.js';
import type { PageSource } from '../services/knowledge/fetch-page.js';
import { ReplyService } from '../services/replies/reply-service.js';
import { DEFAULT_DISPATCH, WebhookDispatcher, type DispatcherOptions } from '../services/webhooks/dispatcher.js';
import { limitsOf } from '../spec/limits.js';
import type { OpenApiDocument } from '../spec/load-spec.js';
import { ClientReport, type ErrorPath } from './client-report.js';
import { DriftBook } from './drift-book.js';
import type { Upstream } from './upstream.js';
import { LimitBook } from './limit-book.js';
import type { RequestLogEntry } from './request-log.js';

export interface MockOptions {
  /** Seeds ids and demo data; the same seed and requests give the same bodies. */
  seed?: number;
  /**
   * `system` (default: follows the wall clock, as browsers expect), `frozen` (at
   * 2025-06-02T09:00:00Z) or `frozen=<ISO>`: time then moves only through /__admin/clock.
   */
  clock?: ClockOption;
  /** Lower-level form of `clock`: the mode and the start instant. */
  clockStart?: string;
  clockMode?: ClockMode;
  /** A fixtures file's contents; extends or replaces the demo data (its `mode`). */
  fixtures?: FixturesFile;
  /** Read the client IP from X-Forwarded-For (only behind a proxy you trust). */
  trustProxy?: boolean;
  /** Lift every plan quota and rate limit, for load runs. */
  unlimited?: boolean;
  /** Fetch no knowledge URL from the network: only pages the fixtures declare. */
  offline?: boolean;
  journalSize?: number;
  /** Sessions and conversations kept per vendor; the least recently active go first. */
  maxSessions?: number;
  /** Messages kept per session or conversation; the oldest go first (counts stay exact). */
  maxMessagesPerSession?: number;
  /** The largest state `PUT /__admin/state` takes, in bytes; past it, 413 as it streams in. */
  maxStateBytes?: number;
  /** Webhook delivery timeouts, retries and log size. */
  webhooks?: Partial<DispatcherOptions>;
  /**
   * Milliseconds between streamed reply tokens (SSE). Default: 20 on the system clock, so
   * a stop button can be tried by hand; 0 on a frozen clock, so tests never wait.
   */
  streamDelayMs?: number;
  /** Opens admin to any Host for requests with `Authorization: Bearer <token>` (`--admin-token`). */
  adminToken?: string;
  /** Vendors forwarded to a real service instead of answered (`supportbot-mock proxy`), by name. */
  upstreams?: Record<string, Upstream>;
  /**
   * When the spec's request validators compile: `background` (the default) all of them right
   * after start, a few per tick; `on-demand` each operation's on its first request, so a page
   * pays only for the operations it calls (the browser build's default).
   */
  validators?: 'background' | 'on-demand';
  /** Called once for each answered request, admin's included (the CLI's request log). */
  onRequest?: (entry: RequestLogEntry) => void;
}

/** The pace of streamed replies when the clock follows the wall (docs/fidelity.md). */
const DEFAULT_STREAM_DELAY_MS = 20;

/** A state import's default cap (`--max-state-bytes`): 100,000 sessions of a few messages fit. */
export const DEFAULT_MAX_STATE_BYTES = 64 * 1024 * 1024;

/** Sized so that a full mock (100,000 sessions of 10 messages) stays under 1 GB (docs/performance.md). */
export const DEFAULT_MAX_SESSIONS = 100_000;

export type MockConfig = Required<
  Omit<MockOptions, 'fixtures' | 'webhooks' | 'clock' | 'upstreams' | 'onRequest' | 'validators'>
> & {
  fixtures?: FixturesFile;
  webhooks: DispatcherOptions;
};

/** Builds every vendor's state from the fixtures in force; the app passes its vendor list in. */
export type SeedVendors = (runtime: MockRuntime) => Map<string, unknown>;

/**
 * Everything a request may touch, built once and rebuilt in place by reset(): the clock,
 * the seeded ids, the journal, faults, limits, shared knowledge and replies, webhooks, and
 * each vendor's state (which only that vendor's code reads, through its stage context).
 */
export class MockRuntime {
  readonly config: MockConfig;
  readonly clock: Clock;
  readonly random: SeededRandom;
  readonly journal: Journal;
  /** What each client under test did (GET /__admin/report). */
  readonly report: ClientReport;
  /** How the proxied services departed from the spec (the report's upstream drift). */
  readonly drift = new DriftBook();
  readonly faults: Faults;
  readonly knowledge = new KnowledgeStore();
  readonly replies = new ReplyService();
  readonly webhooks: WebhookDispatcher;
  readonly limits: LimitBook;
  /** Where knowledge URLs are read from: the fixtures' pages, then (unless offline) the network. */
  readonly pages: PageSource;
  /**
   * Random for each start and kept across resets: the key vendors sign tokens with unless
   * fixtures name one. Derived from anything public (a client_id, the seed), anyone could
   * forge a token for any origin and expiry.
   */
  readonly instanceSecret = Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  private states = new Map<string, unknown>();
  /** The request log's listener (`MockOptions.onRequest`), if any. */
  readonly onRequest?: (entry: RequestLogEntry) => void;

  constructor(
    options: MockOptions,
    /** The dereferenced spec: vendors read their `x-plans` from it. */
    readonly spec: OpenApiDocument,
    private readonly seedVendors: SeedVendors,
    /** Each vendor's operations and error paths, for the client report. */
    reportCatalogue: Map<string, { operations: string[]; errorPaths: ErrorPath[] }> = new Map(),
  ) {
    const clock = options.clock
      ? parseClockOption(options.clock)
      : options.clockMode === 'frozen'
        ? { mode: 'frozen' as const, start: options.clockStart ?? DEFAULT_START }
        : { mode: 'system' as const, start: options.clockStart ?? new Date().toISOString() };
    this.config = {
      seed: options.seed ?? DEFAULT_SEED,
      clockStart: clock.start,
      clockMode: clock.mode,
      trustProxy: options.trustProxy ?? false,
      unlimited: options.unlimited ?? false,
      offline: options.offline ?? false,
      journalSize: options.journalSize ?? 1000,
      maxSessions: options.maxSessions ?? DEFAULT_MAX_SESSIONS,
      maxMessagesPerSession: options.maxMessagesPerSession ?? 1000,
      maxStateBytes: options.maxStateBytes ?? DEFAULT_MAX_STATE_BYTES,
      fixtures: options.fixtures,
      webhooks: { ...DEFAULT_DISPATCH, ...options.webhooks },
      streamDelayMs: options.streamDelayMs ?? (clock.mode === 'frozen' ? 0 : DEFAULT_STREAM_DELAY_MS),
      adminToken: options.adminToken ?? '',
    };
    this.onRequest = options.onRequest;
    this.clock = new Clock(this.config.clockStart, this.config.clockMode);
    this.random = new SeededRandom(this.config.seed);
    this.faults = new Faults(this.config.seed);
    this.journal = new Journal(this.config.journalSize, { headers: redactHeaders, body: redactBody });
    this.journal.maskedPrincipal = mask;
    this.replies.remember(this.config.fixtures?.replies ?? []);
    this.webhooks = new WebhookDispatcher(this.clock, this.random, this.config.webhooks);
    this.limits = new LimitBook(this.clock, limitsOf(spec));
    this.pageMap = new Map(Object.entries(options.fixtures?.pages ?? {}));
    this.pages = { pages: this.pageMap, offline: this.config.offline };
    this.states = this.seedVendors(this);
    this.report = new ClientReport(reportCatalogue);
  }

  private readonly changeListeners: (() => void)[] = [];
  private readonly pageMap: Map<string, string>;

  /** The fixtures' pages, replaced (a reloaded fixtures file, cli/watch.ts). */
  replacePages(pages: Record<string, string>): void {
    this.pageMap.clear();
    for (const [url, page] of Object.entries(pages)) this.pageMap.set(url, page);
  }

  /** Calls `listener` after each request that may have changed the state (a `--state` file saves then). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  /** Puts restored vendor states in place, all at once (app/state-snapshot.ts). */
  replaceStates(states: Map<string, unknown>): void {
    this.states = states;
  }

  /** A vendor's state, for that vendor's own code (the core hands it over as `ctx.state`). */
  stateOf(vendor: string): unknown {
    if (!this.states.has(vendor)) throw new Error(`no vendor named ${vendor}`);
    return this.states.get(vendor);
  }

  /** Back to the seeded state: data, ids, clock, faults, limits, journal and webhook deliveries. */
  reset(): void {
    this.webhooks.clear();
    this.clock.reset();
    this.random.reset();
    this.journal.clear();
    this.faults.clear();
    this.limits.clear();
    this.knowledge.clear();
    this.report.clear();
    this.drift.clear();
    this.states = this.seedVendors(this);
  }
}
