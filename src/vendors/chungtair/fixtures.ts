import type { VendorFixtures } from '../../app/vendor-module.js';

export interface ChungtairBotFixture {
  token: string;
  bot_name?: string;
  primary_color?: string;
  position?: 'br' | 'bl';
  avatar_url?: string;
  welcome?: string;
  placeholder?: string;
  enabled?: boolean;
  paused?: boolean;
  paused_text?: string;
  locale?: string;
  knowledge?: { title: string; content: string }[];
}

export interface ChungtairFixtures {
  bots?: ChungtairBotFixture[];
}

/** An enabled bot and a paused one; docs and tests name these tokens. */
export const CHUNGTAIR_DEMO = {
  enabled: '0123456789abcdef0123456789abcdef',
  paused: 'fedcba9876543210fedcba9876543210',
} as const;

const str = { type: 'string', minLength: 1 };

/** A bot's settings: the same rules for a fixtures file and for PUT /__admin/chungtair/bots/{token}. */
export const BOT_SETTINGS_PROPERTIES = {
  bot_name: { type: 'string' },
  primary_color: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
  position: { enum: ['br', 'bl'] },
  avatar_url: { type: 'string' },
  welcome: { type: 'string' },
  placeholder: { type: 'string' },
  enabled: { type: 'boolean' },
  paused: { type: 'boolean' },
  paused_text: str,
  locale: str,
};

export const BOT_KNOWLEDGE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'content'],
  properties: { title: str, content: str },
};

export const chungtairFixtures: VendorFixtures<ChungtairFixtures> = {
  keys: { bots: (b: ChungtairBotFixture) => b.token },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      bots: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['token'],
          properties: {
            token: { type: 'string', pattern: '^[0-9a-f]{32}$' },
            ...BOT_SETTINGS_PROPERTIES,
            knowledge: { type: 'array', items: BOT_KNOWLEDGE_SCHEMA },
          },
        },
      },
    },
  },
  demo: (faker) => ({
    bots: [
      {
        token: CHUNGTAIR_DEMO.enabled,
        bot_name: 'AI 智能客服',
        primary_color: '#00d4ff',
        position: 'br',
        avatar_url: '',
        welcome: '你好,有什麼可以幫你的嗎?',
        placeholder: '請輸入訊息...',
        enabled: true,
        paused: false,
        locale: 'zh-TW',
        knowledge: [
          { title: '營業時間', content: '我們的營業時間是週一至週五,上午九點到下午六點。國定假日休息。' },
          { title: 'Shipping', content: 'Orders ship within 2 business days. Delivery in Taiwan takes 1-3 days.' },
        ],
      },
      {
        token: CHUNGTAIR_DEMO.paused,
        bot_name: `${faker.company.name()} Support`,
        primary_color: '#ff6600',
        position: 'bl',
        avatar_url: '',
        welcome: 'Hello! How can we help?',
        placeholder: 'Type a message...',
        enabled: true,
        paused: true,
        paused_text: '客服暫停服務中',
        locale: 'zh-TW',
        knowledge: [
          { title: 'Returns', content: 'Items can be returned within 7 days of delivery in their original packaging.' },
          { title: '退貨', content: '商品到貨七天內可以申請退貨,請保留原包裝。' },
        ],
      },
    ],
  }),
};
