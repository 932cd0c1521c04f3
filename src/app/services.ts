import { Clock, DEFAULT_START, type ClockMode } from '../core/clock.js';
import { Faults } from '../core/faults.js';
import { Journal } from '../core/journal.js';
import { SeededRandom } from '../core/random.js';
import { resolveFixtures } from '../fixtures/resolve-fixtures.js';
import type { Fixtures } from '../fixtures/types.js';
import { KnowledgeStore } from '../services/knowledge/knowledge-store.js';
import { ReplyService } from '../services/replies/reply-service.js';
import { DEFAULT_DISPATCH, WebhookDispatcher, type DispatcherOptions } from '../services/webhooks/dispatcher.js';
import { seedAsyntai, type AsyntaiState } from '../vendors/asyntai/state.js';
import { seedChungtair, type ChungtairState } from '../vendors/chungtair/state.js';
import { seedCompanin, type CompaninState } from '../vendors/companin/state.js';

export interface MockOptions {
  /** Seeds ids and demo data; the same seed and requests give the same bodies. */
  seed?: number;
  clockStart?: string;
  clockMode?: ClockMode;
  /** A fixtures file's contents; extends or replaces the demo data (its `mode`). */
  fixtures?: Fixtures;
  /** Read the client IP from X-Forwarded-For (only behind a proxy you trust). */
  trustProxy?: boolean;
  /** Lift every plan quota and rate limit, for load runs. */
  unlimited?: boolean;
  journalSize?: number;
  /** Sessions and conversations kept per vendor; the least recently active go first. */
  maxSessions?: number;
  /** Messages kept per session or conversation; the oldest go first (counts stay exact). */
  maxMessagesPerSession?: number;
  /** Webhook delivery timeouts, retries and log size. */
  webhooks?: Partial<DispatcherOptions>;
}

/** Sized so that a full mock (100,000 sessions of 10 messages) stays under 1 GB (docs/performance.md). */
export const DEFAULT_MAX_SESSIONS = 100_000;

export type MockConfig = Required<Omit<MockOptions, 'fixtures' | 'webhooks'>> & { fixtures?: Fixtures; webhooks: DispatcherOptions };

/**
 * Everything a request may touch, built once and rebuilt in place by reset(): the clock,
 * the seeded ids, the journal, faults, shared knowledge and replies, and each vendor's state.
 */
export class MockServices {
  readonly config: MockConfig;
  readonly clock: Clock;
  readonly random: SeededRandom;
  readonly journal: Journal;
  readonly faults = new Faults();
  readonly knowledge = new KnowledgeStore();
  readonly replies = new ReplyService();
  readonly webhooks: WebhookDispatcher;
  asyntai!: AsyntaiState;
  chungtair!: ChungtairState;
  companin!: CompaninState;

  constructor(options: MockOptions = {}) {
    this.config = {
      seed: options.seed ?? 1,
      clockStart: options.clockStart ?? DEFAULT_START,
      clockMode: options.clockMode ?? 'frozen',
      trustProxy: options.trustProxy ?? false,
      unlimited: options.unlimited ?? false,
      journalSize: options.journalSize ?? 1000,
      maxSessions: options.maxSessions ?? DEFAULT_MAX_SESSIONS,
      maxMessagesPerSession: options.maxMessagesPerSession ?? 1000,
      fixtures: options.fixtures,
      webhooks: { ...DEFAULT_DISPATCH, ...options.webhooks },
    };
    this.clock = new Clock(this.config.clockStart, this.config.clockMode);
    this.random = new SeededRandom(this.config.seed);
    this.journal = new Journal(this.config.journalSize);
    this.webhooks = new WebhookDispatcher(this.clock, this.random, this.config.webhooks);
    this.seed();
  }

  /** Back to the seeded state: data, ids, clock, faults, journal and webhook deliveries. */
  reset(): void {
    this.webhooks.clear();
    this.clock.reset();
    this.random.reset();
    this.journal.clear();
    this.faults.clear();
    this.knowledge.clear();
    this.seed();
  }

  private seed(): void {
    const fixtures = resolveFixtures(this.config.seed, this.config.fixtures);
    const newId = () => this.random.uuid();
    this.asyntai = seedAsyntai(fixtures, this.knowledge, this.clock.iso(), newId);
    this.chungtair = seedChungtair(fixtures, this.knowledge, this.clock, newId);
    this.companin = seedCompanin(fixtures, this.knowledge, this.clock, newId);
    const max = this.config.maxSessions;
    this.asyntai.sessions.limit(max, (s) => this.asyntai.leads.delete(s.key));
    this.chungtair.conversations.limit(max);
    this.companin.sessions.limit(max);
    this.companin.conversations.limit(max);
  }
}
