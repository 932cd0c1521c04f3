import { Table } from '../../core/table.js';
import type { MockRuntime } from '../../app/runtime.js';
import { countWords, countWordsSliced } from '../../services/text/words.js';
import { plansOf } from '../../spec/limits.js';
import { ASYNTAI_DEMO, type AsyntaiFixtures, type AsyntaiPlan, type SessionSource } from './fixtures.js';
import { stamp } from './time.js';

export interface Account {
  id: string;
  apiKey: string;
  email: string;
  plan: AsyntaiPlan;
}

export interface Website {
  id: number;
  accountId: string;
  name: string;
  domain: string;
  isPrimary: boolean;
}

interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
  timestamp: string;
}

export interface ChatSession {
  key: string; // accountId + session_id: two accounts may both use "user_123"
  accountId: string;
  websiteId: number;
  sessionId: string;
  source: SessionSource;
  /** The latest messages (at most maxMessagesPerSession); the counters below cover all. */
  messages: ChatMessage[];
  messageCount: number;
  firstMessage: string | null;
  firstMessageAt: string | null;
  lastMessageAt: string | null;
  startedAt: string;
  pageUrl: string | null;
  /** Set by a takeover (POST /__admin/asyntai/sessions/{id}/takeover): the AI stops replying. */
  takenOverBy: string | null;
}

export interface Lead {
  key: string; // one lead per session
  accountId: string;
  websiteId: number;
  sessionId: string;
  email: string | null;
  phone: string | null;
  pageUrl: string | null;
  startedAt: string;
}

export interface KnowledgeEntry {
  id: string;
  accountId: string;
  websiteId: number;
  type: 'text' | 'url' | 'spreadsheet';
  title: string;
  description: string;
  createdAt: string;
}

export interface Webhook {
  id: string;
  accountId: string;
  /** The reference: a webhook targets one website, the primary unless website_id is given. */
  websiteId: number;
  url: string;
  events: string[];
  secret: string;
  isActive: boolean;
  createdAt: string;
}

export const websiteScope = (websiteId: number) => `asyntai:website:${websiteId}`;
export const sessionKey = (accountId: string, sessionId: string) => `${accountId}\u0000${sessionId}`;

export class AsyntaiState {
  readonly accounts = new Table<Account>((a) => a.id, { apiKey: (a) => a.apiKey });
  readonly websites = new Table<Website>((w) => String(w.id), { account: (w) => w.accountId });
  readonly sessions = new Table<ChatSession>((s) => s.key, {
    account: (s) => s.accountId,
    sessionId: (s) => s.sessionId,
  });
  // Listed newest by when the visit started: a visit recorded later (fixtures, admin) may
  // have started earlier, so each account's leads are kept in that order, not recency.
  readonly leads = new Table<Lead>(
    (l) => l.key,
    { account: (l) => l.accountId },
    (l) => Date.parse(l.startedAt),
  );
  readonly knowledge = new Table<KnowledgeEntry>((k) => k.id, { account: (k) => k.accountId });
  readonly webhooks = new Table<Webhook>((w) => w.id, { account: (w) => w.accountId });

  accountByKey(apiKey: string): Account | undefined {
    return this.accounts.latest('apiKey', apiKey);
  }

  websitesOf(accountId: string): Website[] {
    return this.websites.all('account', accountId);
  }

  primaryWebsite(accountId: string): Website {
    const sites = this.websitesOf(accountId);
    return sites.find((w) => w.isPrimary) ?? sites[0];
  }

  /** The account's website with this id, or undefined if it is another account's or none. */
  website(accountId: string, id: number | string): Website | undefined {
    const w = this.websites.get(String(Number(id)));
    return w && w.accountId === accountId ? w : undefined;
  }
}

export function seedAsyntai(fixtures: AsyntaiFixtures | undefined, runtime: MockRuntime): AsyntaiState {
  const { knowledge, clock, random, config } = runtime;
  const state = new AsyntaiState();
  const plans = Object.keys(plansOf(runtime.spec, 'asyntai'));
  const now = stamp(clock.nowMs());
  for (const [i, a] of (fixtures?.accounts ?? []).entries()) {
    if (!plans.includes(a.plan))
      throw new Error(`fixtures: asyntai account ${a.api_key}: plan ${a.plan} is not one of ${plans.join(', ')}`);
    const accountId = `acct_${i + 1}`;
    state.accounts.put({
      id: accountId,
      apiKey: a.api_key,
      email: a.email ?? `owner${i + 1}@example.com`,
      plan: a.plan,
    });
    const hasPrimary = a.websites.some((w) => w.is_primary);
    for (const [j, w] of a.websites.entries()) {
      const taken = state.websites.get(String(w.id));
      if (taken) {
        const owner = state.accounts.get(taken.accountId)?.apiKey ?? taken.accountId;
        const demo = (Object.values(ASYNTAI_DEMO) as string[]).includes(owner);
        throw new Error(
          `fixtures: asyntai website id ${w.id} of account ${a.api_key} is already ` +
            (owner === a.api_key
              ? `used by another of its websites`
              : demo
                ? `the demo account ${owner}'s: pick ids the demo data does not use, or set mode: replace`
                : `account ${owner}'s`),
        );
      }
      state.websites.put({
        id: w.id,
        accountId,
        name: w.name ?? w.domain,
        domain: w.domain,
        isPrimary: w.is_primary ?? (!hasPrimary && j === 0),
      });
    }
    for (const k of a.knowledge ?? []) {
      const website =
        k.website_id !== undefined ? state.website(accountId, k.website_id) : state.primaryWebsite(accountId);
      if (!website)
        throw new Error(
          `fixtures: asyntai knowledge "${k.title}" names website ${k.website_id}, not one of ${a.api_key}'s`,
        );
      const id = random.uuid();
      knowledge.add({ id, scope: websiteScope(website.id), title: k.title, text: k.content });
      state.knowledge.put({
        id,
        accountId,
        websiteId: website.id,
        type: 'text',
        title: k.title,
        description: describeText(k.content),
        createdAt: now,
      });
    }
  }
  // A lead lives as long as its session.
  state.sessions.limit(config.maxSessions, (s) => state.leads.delete(s.key));
  return state;
}

/** "Manual text content (150 words)", counting words in every script, CJK included. */
function describeText(content: string): string {
  return `Manual text content (${countWords(content)} words)`;
}

export async function describeTextSliced(content: string): Promise<string> {
  return `Manual text content (${await countWordsSliced(content)} words)`;
}
