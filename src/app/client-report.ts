import type { Drift } from './drift-book.js';
/**
 * What each client under test did, for the integrator's question "does my client handle
 * 401, 429, expired tokens?": per vendor and client, the operations called and the
 * statuses received, the error paths met, the requests the spec rejected (field by field),
 * and habits that work only by accident (a wrong trailing slash followed through a
 * redirect). Read at GET /__admin/report; bounded like the journal.
 */
export interface ReportAnswer {
  operationId?: string;
  status: number;
  contentType: string | null;
  retryAfter: boolean;
  /** The body, when the core made it as JSON or as a fixed event stream. */
  text?: string;
}

export interface ErrorPath {
  label: string;
  met(answer: ReportAnswer): boolean;
}

/** The simplest error path: an answer with this status. */
export const statusIs = (status: number) => (a: ReportAnswer) => a.status === status;

interface Rejected {
  operationId?: string;
  status: number;
  problems: string[];
  excerpt: string;
}

interface ClientRecord {
  requests: number;
  operations: Map<string, Map<number, number>>;
  met: Set<string>;
  rejected: Rejected[];
  habits: Map<string, { habit: string; from: string; to: string; count: number }>;
  /** How the client named the vendor: requests by form (mount, host, port). */
  forms: Map<string, number>;
}

/** Kept per vendor and per client; past these the report counts on but keeps no more detail. */
const CLIENTS_PER_VENDOR = 50;
const REJECTED_PER_CLIENT = 20;
const HABITS_PER_CLIENT = 20;
const OTHER_CLIENTS = '(other clients)';

export class ClientReport {
  private readonly vendors = new Map<string, Map<string, ClientRecord>>();

  constructor(
    /** Each vendor's operations (preflights aside) and the error paths a robust client meets. */
    private readonly catalogue: Map<string, { operations: string[]; errorPaths: ErrorPath[] }>,
  ) {}

  private client(vendor: string, client: string): ClientRecord {
    let clients = this.vendors.get(vendor);
    if (!clients) this.vendors.set(vendor, (clients = new Map()));
    const name = clients.has(client) || clients.size < CLIENTS_PER_VENDOR ? client : OTHER_CLIENTS;
    let record = clients.get(name);
    if (!record)
      clients.set(
        name,
        (record = {
          requests: 0,
          operations: new Map(),
          met: new Set(),
          rejected: [],
          habits: new Map(),
          forms: new Map(),
        }),
      );
    return record;
  }

  record(
    vendor: string,
    client: string,
    answer: ReportAnswer,
    extra: { problems?: string[]; excerpt?: string; redirect?: { from: string; to: string }; form?: string } = {},
  ): void {
    const record = this.client(vendor, client);
    record.requests++;
    const form = extra.form ?? 'mount';
    record.forms.set(form, (record.forms.get(form) ?? 0) + 1);
    if (answer.operationId) {
      let statuses = record.operations.get(answer.operationId);
      if (!statuses) record.operations.set(answer.operationId, (statuses = new Map()));
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
    for (const path of this.catalogue.get(vendor)?.errorPaths ?? [])
      if (!record.met.has(path.label) && path.met(answer)) record.met.add(path.label);
    if (extra.problems && record.rejected.length < REJECTED_PER_CLIENT)
      record.rejected.push({
        operationId: answer.operationId,
        status: answer.status,
        problems: extra.problems,
        excerpt: extra.excerpt ?? '',
      });
    if (extra.redirect) {
      const key = `${extra.redirect.from} ${extra.redirect.to}`;
      const habit = record.habits.get(key);
      if (habit) habit.count++;
      else if (record.habits.size < HABITS_PER_CLIENT)
        record.habits.set(key, {
          habit: 'wrong trailing slash, followed through a redirect',
          ...extra.redirect,
          count: 1,
        });
    }
  }

  clear(): void {
    this.vendors.clear();
  }

  /** The report as JSON: vendors with traffic, each client's coverage and error paths. */
  snapshot() {
    return {
      vendors: [...this.vendors].map(([vendor, clients]) => {
        const { operations, errorPaths } = this.catalogue.get(vendor) ?? { operations: [], errorPaths: [] };
        const covered = new Set([...clients.values()].flatMap((c) => [...c.operations.keys()]));
        return {
          vendor,
          operations_total: operations.length,
          operations_covered: operations.filter((o) => covered.has(o)).length,
          clients: [...clients].map(([client, r]) => ({
            client,
            requests: r.requests,
            forms: Object.fromEntries(r.forms),
            operations_covered: operations.filter((o) => r.operations.has(o)).length,
            operations: Object.fromEntries(
              [...r.operations].map(([op, statuses]) => [op, Object.fromEntries(statuses)]),
            ),
            not_called: operations.filter((o) => !r.operations.has(o)),
            error_paths: errorPaths.map((p) => ({ label: p.label, met: r.met.has(p.label) })),
            rejected_requests: r.rejected,
            habits: [...r.habits.values()],
          })),
        };
      }),
    };
  }
}

/** GET /__admin/report: the clients' report, and through the proxy the services' drift. */
export type ReportSnapshot = ReturnType<ClientReport['snapshot']> & { upstream_drift?: Drift[] };
