import type { VendorFixtures } from '../../app/vendor-module.js';

interface __Vendor__AccountFixture {
  key: string;
  name?: string;
}

export interface __Vendor__Fixtures {
  accounts?: __Vendor__AccountFixture[];
}

/** The demo account's key; docs and tests name it. */
export const __VENDOR___DEMO = { key: '__vendor___test_key' } as const;

export const __vendor__Fixtures: VendorFixtures<__Vendor__Fixtures> = {
  keys: { accounts: (a: __Vendor__AccountFixture) => a.key },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      accounts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['key'],
          properties: { key: { type: 'string', minLength: 1 }, name: { type: 'string', minLength: 1 } },
        },
      },
    },
  },
  demo: (faker) => ({ accounts: [{ key: __VENDOR___DEMO.key, name: faker.company.name() }] }),
};
