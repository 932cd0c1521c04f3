import type { Clock } from '../../core/clock.js';
import type { SeededRandom } from '../../core/random.js';
import { signBody } from './sign.js';

export interface DeliveryRecord {
  id: string;
  webhookId: string;
  event: string;
  url: string;
  /** The exact body sent on every attempt. */
  payload: string;
  createdAt: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  state: 'pending' | 'delivered' | 'failed' | 'cancelled';
  nextAttemptAt: string | null;
}

export interface DispatcherOptions {
  /** Wall-clock limit of one attempt (network I/O is real). */
  timeoutMs: number;
  maxAttempts: number;
  /** The wait before retry n is baseDelayMs * 2^(n-1), on the mock clock. */
  baseDelayMs: number;
  /**
   * Finished deliveries kept in the log (the oldest go first), and, apart from those, the
   * most outstanding at once: past that the oldest pending one is given up, marked
   * `failed` with the reason, and counted. A pending delivery is never dropped unseen.
   */
  logSize: number;
}

export const DEFAULT_DISPATCH: DispatcherOptions = {
  timeoutMs: 5_000,
  maxAttempts: 5,
  baseDelayMs: 1_000,
  logSize: 1_000,
};

const USER_AGENT = 'supportbot-mock-webhooks/0.1';

/**
 * Real HTTP deliveries with bounded exponential backoff. Sending never blocks the request
 * that raised the event; a delivery keeps its id across retries so receivers can
 * de-duplicate; retries wait on the mock clock.
 */
export class WebhookDispatcher {
  private readonly log = new Map<string, DeliveryRecord>();
  private readonly timers = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly secrets = new Map<string, string>();
  private pending = 0;
  /** Deliveries given up because too many were outstanding (GET /__admin/webhooks/deliveries). */
  failedForCapacity = 0;

  constructor(
    private readonly clock: Clock,
    private readonly random: SeededRandom,
    readonly options: DispatcherOptions = DEFAULT_DISPATCH,
  ) {}

  enqueue(hook: { id: string; url: string; secret: string }, event: string, payload: unknown): DeliveryRecord {
    const record: DeliveryRecord = {
      id: `dlv_${this.random.hex(24)}`,
      webhookId: hook.id,
      event,
      url: hook.url,
      payload: JSON.stringify(payload),
      createdAt: this.clock.iso(),
      attempts: 0,
      lastStatus: null,
      lastError: null,
      state: 'pending',
      nextAttemptAt: this.clock.iso(),
    };
    this.log.set(record.id, record);
    this.secrets.set(record.id, hook.secret);
    this.pending++;
    this.trim();
    this.attempt(record);
    return record;
  }

  /** Stops every pending retry of a webhook (it was deleted). */
  cancelFor(webhookId: string): void {
    for (const record of this.log.values()) {
      if (record.webhookId === webhookId && record.state === 'pending') this.finish(record, 'cancelled');
    }
  }

  /**
   * Keeps at most logSize finished records, forgetting the oldest finished first, and at
   * most logSize pending ones, giving up the oldest pending (visibly) past that.
   */
  private trim(): void {
    const max = this.options.logSize;
    if (this.pending > max) {
      for (const record of this.log.values()) {
        if (record.state !== 'pending') continue;
        this.finish(record, 'failed', `given up: more than ${max} deliveries outstanding`);
        this.failedForCapacity++;
        if (this.pending <= max) break;
      }
    }
    let finished = this.log.size - this.pending;
    for (const record of this.log.values()) {
      if (finished <= max) break;
      if (record.state === 'pending') continue;
      this.forget(record.id);
      finished--;
    }
  }

  private finish(record: DeliveryRecord, state: 'delivered' | 'failed' | 'cancelled', reason?: string): void {
    const timer = this.timers.get(record.id);
    if (timer !== undefined) this.clock.cancel(timer);
    this.timers.delete(record.id);
    if (record.state === 'pending') this.pending--;
    record.state = state;
    record.nextAttemptAt = null;
    if (reason) record.lastError = reason;
  }

  /** Records the log may hold: logSize finished and logSize pending. */
  get capacity(): number {
    return this.options.logSize * 2;
  }

  /** Newest first. */
  list(limit = this.capacity): DeliveryRecord[] {
    return [...this.log.values()].reverse().slice(0, limit);
  }

  /** Resolves when no attempt is on the wire (tests wait on this, not on time). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }

  clear(): void {
    for (const id of Array.from(this.log.keys())) this.forget(id);
    this.pending = 0;
    this.failedForCapacity = 0;
  }

  private forget(id: string): void {
    const timer = this.timers.get(id);
    if (timer !== undefined) this.clock.cancel(timer);
    this.timers.delete(id);
    this.secrets.delete(id);
    this.log.delete(id);
  }

  private attempt(record: DeliveryRecord): void {
    const run = this.send(record).finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  private async send(record: DeliveryRecord): Promise<void> {
    const secret = this.secrets.get(record.id);
    if (secret === undefined || record.state !== 'pending') return;
    record.attempts++;
    const timestamp = String(Math.floor(Date.parse(JSON.parse(record.payload).timestamp ?? record.createdAt) / 1000));
    let outcome: { status: number | null; error: string | null };
    try {
      const res = await fetch(record.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          'x-webhook-event': record.event,
          'x-webhook-delivery': record.id,
          'x-webhook-timestamp': timestamp,
          'x-webhook-attempt': String(record.attempts),
          'x-webhook-signature': await signBody(secret, record.payload),
        },
        body: record.payload,
      });
      await res.body?.cancel();
      outcome = { status: res.status, error: res.ok ? null : `HTTP ${res.status}` };
    } catch (e) {
      const error =
        (e as Error).name === 'TimeoutError'
          ? `timed out after ${this.options.timeoutMs} ms`
          : `unreachable: ${(e as Error).message}`;
      outcome = { status: null, error };
    }
    if (record.state !== 'pending') return; // cancelled or given up while on the wire: its record stands
    record.lastStatus = outcome.status;
    record.lastError = outcome.error;
    if (record.lastError === null) {
      this.finish(record, 'delivered');
      this.trim();
    } else if (record.attempts >= this.options.maxAttempts) {
      this.finish(record, 'failed');
      this.trim();
    } else {
      const delay = this.options.baseDelayMs * 2 ** (record.attempts - 1);
      record.nextAttemptAt = new Date(this.clock.nowMs() + delay).toISOString();
      this.timers.set(
        record.id,
        this.clock.schedule(delay, () => {
          this.timers.delete(record.id);
          this.attempt(record);
        }),
      );
    }
  }
}
