import type { Hono } from 'hono';
import type { RequestView, Target } from '../core/request-view.js';
import type { LimitSpec } from '../spec/limits.js';
import type { Operation } from '../spec/operations.js';
import type { RequestProblem, ValidInput } from '../spec/request-validator.js';
import type { Answer } from './answer.js';
import type { ErrorPath } from './client-report.js';
import type { LimitStanding, LimitSubject } from './limit-book.js';
import type { Meter } from './meter.js';
import type { MockRuntime } from './runtime.js';

/** What every stage after routing and validation knows of a request. */
export interface StageContext<S = unknown> {
  op: Operation;
  input: ValidInput;
  runtime: MockRuntime;
  /** This vendor's state. */
  state: S;
  request: RequestView;
  clientIp: string;
}

/** A finished exchange on a vendor's mount, as an observer sees it. */
export interface ObservedExchange<S = unknown> {
  request: RequestView;
  /** The path on the vendor's mount, and its query. */
  target: Target;
  requestText: string | undefined;
  /** The body as the spec took it (parsed), when it took the request. */
  requestBody?: unknown;
  status: number;
  responseText: string;
  runtime: MockRuntime;
  state: S;
}

/**
 * How a vendor applies the limits its tag declares in openapi.yaml (`x-limits`): who each
 * counts against, how it words a refusal, and the headers it adds. The counting is shared.
 */
export interface VendorLimits<P, S> {
  subject(limit: LimitSpec, principal: P, ctx: StageContext<S>): LimitSubject;
  refuse(limit: LimitSpec, standing: LimitStanding, ctx: StageContext<S>): Answer;
  headers?(limit: LimitSpec, standing: LimitStanding): Record<string, string>;
  /**
   * The subject an admin call names (`PUT /__admin/limits/{vendor}/{limit}/{subject}`): an
   * API key, a client id, a visitor IP, as the vendor counts. Undefined when unknown;
   * `known` says what would be taken, for the refusal.
   */
  named(limit: LimitSpec, name: string, state: S): LimitSubject | undefined;
  known(limit: LimitSpec, state: S): string;
}

/** This vendor's part of a fixtures file. */
export interface VendorFixtures<F> {
  /** JSON Schema of the section; a fixtures file is checked against it at start. */
  schema: Record<string, unknown>;
  /** The embedded demo data, from a faker seeded with --seed. */
  demo(faker: typeof import('@faker-js/faker/locale/en').faker): F;
  /** Each list in the section and the key that names an entry: a file's entry replaces the demo one with its key. */
  keys: Record<string, (entry: any) => string>;
}

/**
 * Everything the core, admin, fixtures, adapters and CLI need from a vendor. The core owns
 * the order the stages run in; a vendor only fills them. `name` is the vendor's tag in
 * openapi.yaml, its mount's name, and the prefix of its operationIds.
 */
export interface VendorModule<P = any, S = any, F = any, D = unknown> {
  name: string;
  error(status: number, message: string, extra?: Record<string, unknown>): Answer;
  rejectRequest(problem: RequestProblem, op: Operation): Answer;
  cors?: {
    preflight(request: RequestView): Answer;
    /** Adds the vendor's CORS headers to an answer the stages made. */
    decorate(request: RequestView, answer: Answer): void;
  };
  authenticate(ctx: StageContext<S>): P | Answer | Promise<P | Answer>;
  limits?: VendorLimits<P, S>;
  /**
   * For the client report (GET /__admin/report): who sent a request, named by the
   * credential it presents (valid or not), and the error paths a robust client meets.
   */
  report?: {
    client(ctx: { request: RequestView; principal: P | undefined; input: ValidInput | undefined }): string;
    errorPaths: ErrorPath[];
  };
  /** Sees each finished exchange, whatever its status (see stages/observe.ts). */
  observe?(exchange: ObservedExchange<S>): void;
  /** Keyed by operationId; `HandlerMap` makes TypeScript refuse a missing or unknown one. */
  handlers: Record<string, (ctx: any) => unknown>;
  fixtures: VendorFixtures<F>;
  /**
   * Loads what seeding `fixtures` will need of the parts imported on first use (so `seed`
   * can stay synchronous); undefined when nothing is to load.
   */
  prepare?(fixtures: F | undefined): Promise<void> | undefined;
  /** The vendor's state from its section of the fixtures in force (demo data included). */
  seed(fixtures: F | undefined, runtime: MockRuntime): S;
  /** Its routes under /__admin/<name>; `state` reads the current state (reset replaces it). */
  admin?(runtime: MockRuntime, state: () => S): Hono;
  /**
   * What the dashboard (/__admin/ui) shows of the state: named lists of plain rows, newest
   * first, at most `limit` each; a row's `messages` are listed under it.
   */
  overview?(state: S, limit: number): Record<string, Record<string, unknown>[]>;
  /** How many records of each kind the state holds: refused requests must leave it unchanged. */
  census(state: S): Record<string, number>;
  /** What the start banner prints under the vendor's URL: credentials that work. */
  banner(state: S, baseUrl: string): string[];
  /** The demo credentials that docs and tests name. */
  demo: D;
  /** How the contract suite and the fuzz suite call the vendor. */
  contract: ContractSetup;
  /**
   * Through `proxy --record`: the question and the real service's answer in one exchange
   * of the vendor's chat operations, or undefined for any other exchange. `response` is the
   * JSON body, or for an event stream `{stream: [...]}`, each event's `data:` JSON.
   */
  recordReply?(operationId: string, request: any, response: any): { question: string; answer: string } | undefined;
  /**
   * Through `proxy --record`: the vendor's fixtures section with what this answer shows
   * (records the mock serves, put under `as`: an account, a bot, an organisation of the
   * demo's unless `--record-as` names another), from the section recorded so far; undefined
   * when the answer shows nothing to keep. Never a credential from the traffic.
   */
  recordFixtures?(operationId: string, response: any, as: string, current: F | undefined): F | undefined;
  /** Whom `recordFixtures` records under when `--record-as` names no one: a demo principal. */
  recordAs?: string;
}

/** Values by name: environment variables, fields, headers. */
type Named = Record<string, string>;

/** Headers that authenticate a call, and headers the vendor must refuse. */
export interface CallCredentials {
  good: Named;
  bad: Named;
}

/**
 * What a generated call to a vendor carries. `contracts` reads the credentials from the
 * environment variables in `env` (the demo's values are their defaults), so the same cases
 * run against the real service.
 */
export interface ContractSetup {
  env: Named;
  /** Headers for a call under these security schemes (the spec's names): good ones, and ones to refuse. */
  credentials(schemes: string[], env: Named): CallCredentials;
  /** Values that name the tenant, by parameter or body field name (a token, a client id). */
  known?(env: Named): Named;
  /** Headers every call carries (an Origin the tenant allows). */
  headers?(env: Named): Named;
}

/** Handlers' context: the stage context plus the authenticated principal and the request's limits. */
export interface HandlerBase<P, S> extends StageContext<S> {
  principal: P;
  meter: Meter;
}

/** The context as the stages carry it: principal and meter are filled in as the request gets that far. */
export type RequestContext = StageContext & Partial<HandlerBase<unknown, unknown>>;
