import type { VendorFixtures } from '../../app/vendor-module.js';
import type { components } from '../../generated/openapi.js';

export type AsyntaiPlan = components['schemas']['AsyntaiPlan'];

interface AsyntaiAccountFixture {
  api_key: string;
  email?: string;
  plan: AsyntaiPlan;
  websites: { id: number; name?: string; domain: string; is_primary?: boolean }[];
  knowledge?: { title: string; content: string; website_id?: number }[];
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
    return {
      accounts: [
        account(ASYNTAI_DEMO.starter, 'starter', [1, 2]),
        account(ASYNTAI_DEMO.free, 'free', [10]),
        account(ASYNTAI_DEMO.standard, 'standard', [20]),
        account(ASYNTAI_DEMO.pro, 'pro', [30, 31]),
      ].map((a) => ({ ...a, knowledge })),
    };
  },
};
