import type { VendorFixtures } from '../../app/vendor-module.js';
import { widgetConfigFixtureSchema, type WidgetConfigFixture } from './widget-config.js';

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
  /** Signs the `user_token` a host page passes for identify (HS256); the client secret when left out. */
  identity_secret?: string;
  /** Whether the plan includes human hand-off (support tickets); true when left out. */
  support_tickets_enabled?: boolean;
  assistants?: CompaninAssistantFixture[];
  widget_configs?: WidgetConfigFixture[];
  knowledge?: { question: string; answer: string; tags?: string[] }[];
}

export interface CompaninFixtures {
  organisations?: CompaninOrgFixture[];
  /** Locale → UI string key → text, for /widget/ui-translations (the mock has no translator). */
  ui_translations?: Record<string, Record<string, string>>;
}

/** One organisation with one assistant; docs and tests name these. */
export const COMPANIN_DEMO = {
  clientId: 'cmp_test_client',
  clientSecret: 'cmp_test_secret',
  assistantId: '550e8400-e29b-41d4-a716-446655440000',
  chatConfigId: '6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  docsConfigId: '8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d',
  installKey: 'wgt_demo_chat',
  docsInstallKey: 'wgt_demo_docs',
} as const;

const str = { type: 'string', minLength: 1 };

export const companinFixtures: VendorFixtures<CompaninFixtures> = {
  keys: { organisations: (o: CompaninOrgFixture) => o.client_id },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ui_translations: {
        type: 'object',
        propertyNames: { pattern: '^[a-z]{2,3}$' },
        additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
      },
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
            identity_secret: { type: 'string', minLength: 16 },
            support_tickets_enabled: { type: 'boolean' },
            widget_configs: { type: 'array', items: widgetConfigFixtureSchema },
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
  demo: (faker): CompaninFixtures => ({
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
        widget_configs: [
          {
            id: COMPANIN_DEMO.chatConfigId,
            agent_id: COMPANIN_DEMO.assistantId,
            install_key: COMPANIN_DEMO.installKey,
            locale: 'en',
            title: { en: 'Support', sv: 'Support' },
            subtitle: { en: 'We usually answer at once' },
            greeting: { en: 'Hi! How can we help?', sv: 'Hej! Hur kan vi hjälpa dig?' },
            suggestions: { en: ['What are your business hours?'] },
          },
          {
            id: COMPANIN_DEMO.docsConfigId,
            agent_id: COMPANIN_DEMO.assistantId,
            install_key: COMPANIN_DEMO.docsInstallKey,
            widget_type: 'docs',
            title: { en: 'Search the docs' },
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
