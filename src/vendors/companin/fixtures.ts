import type { VendorFixtures } from '../../app/vendor-module.js';

export interface CompaninAssistantFixture {
  id?: string;
  name: string;
  description?: string;
  tone?: 'professional' | 'friendly' | 'casual' | 'formal';
  language?: 'en' | 'sv' | 'zh' | 'ko' | 'ja' | 'de' | 'fr' | 'es';
  default_tasks?: string[];
  is_active?: boolean;
}

interface CompaninOrgFixture {
  name?: string;
  client_id: string;
  client_secret: string;
  /** Origins allowed to mint widget tokens; `*` matches any port or subdomain part. */
  allowed_origins?: string[];
  jwt_secret?: string;
  assistants?: CompaninAssistantFixture[];
  knowledge?: { question: string; answer: string; tags?: string[] }[];
}

export interface CompaninFixtures {
  organisations?: CompaninOrgFixture[];
}

/** One organisation with one assistant; docs and tests name these. */
export const COMPANIN_DEMO = {
  clientId: 'cmp_test_client',
  clientSecret: 'cmp_test_secret',
  assistantId: '550e8400-e29b-41d4-a716-446655440000',
} as const;

const str = { type: 'string', minLength: 1 };

export const companinFixtures: VendorFixtures<CompaninFixtures> = {
  keys: { organisations: (o: CompaninOrgFixture) => o.client_id },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      organisations: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['client_id', 'client_secret'],
          properties: {
            name: str,
            client_id: str,
            client_secret: str,
            allowed_origins: { type: 'array', items: str },
            jwt_secret: { type: 'string', minLength: 16 },
            assistants: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['name'],
                properties: {
                  id: str,
                  name: str,
                  description: { type: 'string' },
                  tone: { enum: ['professional', 'friendly', 'casual', 'formal'] },
                  language: { enum: ['en', 'sv', 'zh', 'ko', 'ja', 'de', 'fr', 'es'] },
                  default_tasks: { type: 'array', items: str },
                  is_active: { type: 'boolean' },
                },
              },
            },
            knowledge: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['question', 'answer'],
                properties: { question: str, answer: str, tags: { type: 'array', items: str } },
              },
            },
          },
        },
      },
    },
  },
  demo: (faker) => ({
    organisations: [
      {
        name: faker.company.name(),
        client_id: COMPANIN_DEMO.clientId,
        client_secret: COMPANIN_DEMO.clientSecret,
        allowed_origins: ['http://localhost:*', 'http://127.0.0.1:*', 'https://example.com'],
        assistants: [
          {
            id: COMPANIN_DEMO.assistantId,
            name: 'Customer Support Bot',
            description: 'Helpful assistant for customer inquiries',
            tone: 'professional',
            language: 'en',
            default_tasks: ['answer_questions', 'provide_support'],
            is_active: true,
          },
        ],
        knowledge: [
          {
            question: 'What are your business hours?',
            answer: 'We are open Monday to Friday, 9 AM to 6 PM EST.',
            tags: ['hours', 'support'],
          },
        ],
      },
    ],
  }),
};
