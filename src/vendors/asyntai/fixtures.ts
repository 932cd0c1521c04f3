import type { VendorFixtures } from '../../app/vendor-module.js';
import type { components } from '../../generated/openapi.js';

export type AsyntaiPlan = components['schemas']['AsyntaiPlan'];

/** Where a visitor came from, as the reference lists them for /sessions/?source=. */
const SESSION_SOURCES = [
  'widget',
  'api',
  'whatsapp',
  'instagram',
  'messenger',
  'gorgias',
  'freshchat',
  'zapier',
] as const;

export type SessionSource = (typeof SESSION_SOURCES)[number];

/** A visitor's chat as fixtures and admin describe it: where it came from and what was said. */
export interface VisitFixture {
  session_id?: string;
  website_id?: number;
  source?: SessionSource;
  page_url?: string;
  /** When the chat started; each message without a timestamp follows the last by a second. */
  started_at?: string;
  messages: { role: 'user' | 'assistant'; content: string; timestamp?: string }[];
  /** The lead the visitor left; otherwise taken from emails and phone numbers in their messages. */
  lead?: { email?: string; phone?: string };
}

export const visitSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['messages'],
  properties: {
    session_id: { type: 'string', minLength: 1, maxLength: 255 },
    website_id: { type: 'integer', minimum: 1 },
    source: { enum: SESSION_SOURCES },
    page_url: { type: 'string', pattern: '^https?://', maxLength: 2048 },
    started_at: { type: 'string', format: 'date-time' },
    messages: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'content'],
        properties: {
          role: { enum: ['user', 'assistant'] },
          content: { type: 'string', minLength: 1, maxLength: 10_000 },
          timestamp: { type: 'string', format: 'date-time' },
        },
      },
    },
    lead: {
      type: 'object',
      additionalProperties: false,
      properties: { email: { type: 'string', format: 'email' }, phone: { type: 'string', minLength: 3 } },
    },
  },
};

interface AsyntaiAccountFixture {
  api_key: string;
  email?: string;
  plan: AsyntaiPlan;
  websites: { id: number; name?: string; domain: string; is_primary?: boolean }[];
  knowledge?: { title: string; content: string; website_id?: number }[];
  /** Chats that already happened: sessions, their messages and their leads. */
  sessions?: VisitFixture[];
}

export interface AsyntaiFixtures {
  accounts?: AsyntaiAccountFixture[];
}

/** One account per plan; docs and tests name these keys. Starter's primary website has id 1. */
export const ASYNTAI_DEMO = {
  free: 'asy_test_free',
  starter: 'asy_test_starter',
  standard: 'asy_test_standard',
  pro: 'asy_test_pro',
} as const;

const str = { type: 'string', minLength: 1 };

export const asyntaiFixtures: VendorFixtures<AsyntaiFixtures> = {
  keys: { accounts: (a: AsyntaiAccountFixture) => a.api_key },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      accounts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['api_key', 'plan', 'websites'],
          properties: {
            api_key: str,
            email: str,
            // One of the spec's x-plans; checked when the account is seeded.
            plan: str,
            websites: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'domain'],
                properties: {
                  id: { type: 'integer', minimum: 1 },
                  name: str,
                  domain: str,
                  is_primary: { type: 'boolean' },
                },
              },
            },
            knowledge: {
              type: 'array',
              items: {
                type: 'object',
                required: ['title', 'content'],
                properties: { title: str, content: str, website_id: { type: 'integer' } },
                additionalProperties: false,
              },
            },
            sessions: { type: 'array', items: visitSchema },
          },
        },
      },
    },
  },
  demo(faker) {
    const account = (api_key: string, plan: AsyntaiPlan, ids: number[]): AsyntaiAccountFixture => {
      const names = ids.map(() => faker.company.name());
      return {
        api_key,
        plan,
        email: faker.internet.email({ provider: 'example.com' }).toLowerCase(),
        websites: ids.map((id, i) => ({
          id,
          name: names[i],
          domain: faker.internet.domainName(),
          is_primary: i === 0,
        })),
      };
    };
    const knowledge = [
      {
        title: 'Business Hours',
        content: 'Our business hours are Monday to Friday, 9 AM to 5 PM EST. We are closed on public holidays.',
      },
      {
        title: 'Return Policy',
        content:
          'We offer a 30-day return policy on all items. Items must be unused and in original packaging. ' +
          'Refunds are processed within 5-7 business days.',
      },
    ];
    // Visitors who left a lead, on the days before the frozen clock's start, so that a
    // client's "read a lead's chat" flow has something to read on a default start. Listed
    // out of order on purpose: /leads/ is newest by when the visit started.
    const visits = (a: AsyntaiAccountFixture): VisitFixture[] => {
      const person = () => faker.person.firstName();
      const [first, second] = [person(), person()];
      const email = (name: string) => faker.internet.email({ firstName: name, provider: 'example.com' }).toLowerCase();
      const page = `https://${a.websites[0].domain}/pricing`;
      return [
        {
          session_id: 'demo-visit-2',
          started_at: '2025-06-01T16:45:00Z',
          page_url: page,
          messages: [
            // No phone number: seven digits in the seeded text would load the phone reader
            // (libphonenumber) in a page's first load (docs/decisions.md).
            { role: 'user', content: `Do you ship abroad? This is ${second}, write to ${email(second)}` },
            { role: 'assistant', content: 'Yes, we ship to most countries. We will write to you shortly.' },
          ],
        },
        {
          session_id: 'demo-visit-1',
          started_at: '2025-05-30T14:05:00Z',
          page_url: page,
          messages: [
            { role: 'user', content: 'What is your return policy?' },
            { role: 'assistant', content: 'We offer a 30-day return policy on all items.' },
            { role: 'user', content: `Thanks! I am ${first}, reach me at ${email(first)}` },
          ],
        },
        {
          session_id: 'demo-visit-3',
          started_at: '2025-05-31T10:20:00Z',
          messages: [
            { role: 'user', content: 'What are your business hours?' },
            { role: 'assistant', content: 'Monday to Friday, 9 AM to 5 PM EST.' },
          ],
        },
      ];
    };
    return {
      accounts: [
        account(ASYNTAI_DEMO.starter, 'starter', [1, 2]),
        account(ASYNTAI_DEMO.free, 'free', [10]),
        account(ASYNTAI_DEMO.standard, 'standard', [20]),
        account(ASYNTAI_DEMO.pro, 'pro', [30, 31]),
      ].map((a) => ({ ...a, knowledge, ...(a.plan === 'free' ? {} : { sessions: visits(a) }) })),
    };
  },
};
