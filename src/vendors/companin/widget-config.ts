/**
 * Widget configs: what the vendor's widget renders from (client-facts A.3.4). A config
 * belongs to an agent, may carry a public install key for /embed/resolve, and may have
 * A/B variants that override some of its fields for a share of visitors.
 */
export interface WidgetConfigFixture {
  id?: string;
  /** The assistant the widget talks to; the organisation's first one when left out. */
  agent_id?: string;
  /** A public install key (`wgt_…`) that /embed/resolve accepts beside the config's id. */
  install_key?: string;
  /** The locale /embed/resolve reports. */
  locale?: string;
  widget_type?: 'chat' | 'docs';
  primary_color?: string;
  secondary_color?: string;
  background_color?: string;
  text_color?: string;
  /** Locale → text. */
  title?: Record<string, string>;
  subtitle?: Record<string, string>;
  placeholder?: Record<string, string>;
  /** Locale → greeting text; stored as the chat's first assistant line once a visitor writes. */
  greeting?: Record<string, string>;
  suggestions?: Record<string, string[]>;
  /** Any other public field of the widget's type (position, theme, font_family, ...), passed through as is. */
  extra?: Record<string, unknown>;
  variants?: { id: string; name: string; overrides?: Record<string, unknown> }[];
}

export interface WidgetConfig {
  id: string;
  orgId: string;
  agentId: string;
  installKey: string | null;
  locale: string | null;
  widgetType: 'chat' | 'docs';
  /** The public fields, before a variant's overrides. */
  fields: Record<string, unknown>;
  greeting: Record<string, string>;
  variants: { id: string; name: string; overrides: Record<string, unknown> }[];
}

const color = { type: 'string', pattern: '^#[0-9A-Fa-f]{3,8}$' };
const localised = { type: 'object', additionalProperties: { type: 'string' } };

export const widgetConfigFixtureSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1 },
    agent_id: { type: 'string', minLength: 1 },
    install_key: { type: 'string', minLength: 1 },
    locale: { type: 'string', minLength: 2 },
    widget_type: { enum: ['chat', 'docs'] },
    primary_color: color,
    secondary_color: color,
    background_color: color,
    text_color: color,
    title: localised,
    subtitle: localised,
    placeholder: localised,
    greeting: localised,
    suggestions: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    extra: { type: 'object' },
    variants: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' }, overrides: { type: 'object' } },
      },
    },
  },
};

/** Fields the docs widget's validator drops (lib/validateConfig.ts:81-88): a docs config never has them. */
const CHAT_ONLY = [
  'start_open',
  'greeting_message',
  'show_timestamps',
  'show_typing_indicator',
  'show_message_avatars',
  'show_unread_badge',
];

export function newWidgetConfig(
  id: string,
  orgId: string,
  agentId: string,
  f: WidgetConfigFixture,
  supportTickets: boolean,
): WidgetConfig {
  const widgetType = f.widget_type ?? 'chat';
  const greeting = f.greeting ?? {};
  const fields: Record<string, unknown> = {
    widget_type: widgetType,
    primary_color: f.primary_color ?? '#2563eb',
    secondary_color: f.secondary_color ?? '#1e40af',
    background_color: f.background_color ?? '#ffffff',
    text_color: f.text_color ?? '#111827',
    position: 'bottom-right',
    size: 'md',
    theme: 'light',
    layout_variant: 'classic',
    title: f.title ?? { en: 'Support' },
    subtitle: f.subtitle ?? {},
    placeholder: f.placeholder ?? { en: 'Type a message…' },
    suggestions: f.suggestions ?? {},
    start_open: false,
    show_timestamps: true,
    show_typing_indicator: true,
    show_message_avatars: true,
    hide_branding: false,
    strict_origin: true,
    file_upload_enabled: false,
    default_language: f.locale ?? 'en',
    ...(Object.keys(greeting).length ? { greeting_message: { text: greeting } } : {}),
    ...f.extra,
    support_tickets_enabled: supportTickets,
  };
  if (widgetType === 'docs') for (const k of CHAT_ONLY) delete fields[k];
  return {
    id,
    orgId,
    agentId,
    installKey: f.install_key ?? null,
    locale: f.locale ?? null,
    widgetType,
    fields,
    greeting: widgetType === 'docs' ? {} : greeting,
    variants: (f.variants ?? []).map((v) => ({ id: v.id, name: v.name, overrides: v.overrides ?? {} })),
  };
}

/** FNV-1a: a visitor id always lands in the same bucket, in any runtime. */
function bucket(text: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % buckets;
}

/**
 * The config as a visitor sees it. With variants, the visitor's id picks the control
 * (no variant) or one variant, the same each time (client-facts A.6 #9); `forced` names a
 * variant instead, which only API-key callers may do.
 */
export function publicWidgetConfig(config: WidgetConfig, visitorId: string | undefined, forced?: string) {
  const testing = config.variants.length > 0;
  const variant = forced
    ? config.variants.find((v) => v.id === forced)
    : testing && visitorId
      ? config.variants[bucket(visitorId, config.variants.length + 1) - 1]
      : undefined;
  return {
    id: config.id,
    ...config.fields,
    ...variant?.overrides,
    widget_type: config.widgetType,
    support_tickets_enabled: config.fields.support_tickets_enabled as boolean,
    primary_color: String(variant?.overrides.primary_color ?? config.fields.primary_color),
    background_color: String(variant?.overrides.background_color ?? config.fields.background_color),
    text_color: String(variant?.overrides.text_color ?? config.fields.text_color),
    ab_test_enabled: testing,
    variant_id: variant?.id ?? null,
    variant_name: variant?.name ?? null,
  };
}

/** The greeting in the session's locale, else the config's language, else any. */
export function greetingFor(config: WidgetConfig, locale: string | null): string | undefined {
  const g = config.greeting;
  const base = locale?.split(/[-_]/)[0].toLowerCase();
  return (
    (locale ? g[locale] : undefined) ??
    (base ? g[base] : undefined) ??
    g[String(config.fields.default_language)] ??
    Object.values(g)[0]
  );
}
