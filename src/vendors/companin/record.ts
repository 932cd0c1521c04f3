import { withEntry } from '../../fixtures/with-entry.js';
import { COMPANIN_DEMO, type CompaninAssistantFixture, type CompaninFixtures } from './fixtures.js';
import type { WidgetConfigFixture } from './widget-config.js';

type Org = NonNullable<CompaninFixtures['organisations']>[number];

const TONES: readonly string[] = ['professional', 'friendly', 'casual', 'formal'];
const LANGUAGES: readonly string[] = ['en', 'sv', 'zh', 'ko', 'ja', 'de', 'fr', 'es'];

/** Public config fields the fixture names itself, or that are not the config's own (A/B, the org's plan). */
const NAMED = new Set([
  'id',
  'widget_type',
  'primary_color',
  'secondary_color',
  'background_color',
  'text_color',
  'title',
  'subtitle',
  'placeholder',
  'suggestions',
  'greeting_message',
  'ab_test_enabled',
  'variant_id',
  'variant_name',
  'support_tickets_enabled',
]);

/** A public widget config (GET /widget-config/{id}/public/) as the fixture that gives it back. */
function widgetConfigOf(c: any): WidgetConfigFixture | undefined {
  if (typeof c?.id !== 'string' || !c.id) return undefined;
  const pick = (key: string) => (c[key] !== undefined && c[key] !== null ? { [key]: c[key] } : {});
  return {
    id: c.id,
    ...pick('widget_type'),
    ...pick('primary_color'),
    ...pick('secondary_color'),
    ...pick('background_color'),
    ...pick('text_color'),
    ...pick('title'),
    ...pick('subtitle'),
    ...pick('placeholder'),
    ...pick('suggestions'),
    ...(c.greeting_message?.text ? { greeting: c.greeting_message.text } : {}),
    extra: Object.fromEntries(Object.entries(c).filter(([key]) => !NAMED.has(key))),
  };
}

/**
 * What `proxy --record` keeps of Companin's answers, under the organisation `as`: its
 * assistants (GET /assistants/) and the widget configs a widget loaded (GET
 * /widget-config/{id}/public/, variants aside). Its entry replaces the demo one, so it
 * takes the demo's secret (another client_id gets `<client_id>_secret`): none from the traffic.
 */
export function recordCompanin(
  op: string,
  res: any,
  as: string,
  current: CompaninFixtures | undefined,
): CompaninFixtures | undefined {
  let change: (org: Org) => void;
  if (op === 'companinGetPublicWidgetConfig') {
    const config = widgetConfigOf(res?.data);
    if (!config) return undefined;
    change = (org) => (org.widget_configs = [...(org.widget_configs ?? []).filter((w) => w.id !== config.id), config]);
  } else if (op === 'companinListAssistants' && Array.isArray(res?.data?.assistants)) {
    const assistants = assistantsOf(res.data.assistants);
    change = (org) => (org.assistants = assistants);
  } else return undefined;
  const secret = as === COMPANIN_DEMO.clientId ? COMPANIN_DEMO.clientSecret : `${as}_secret`;
  const fresh = (): Org => ({ client_id: as, client_secret: secret });
  return { ...current, organisations: withEntry(current?.organisations, (o) => o.client_id === as, fresh, change) };
}

function assistantsOf(listed: any[]): CompaninAssistantFixture[] {
  return listed
    .filter((a: any) => typeof a?.name === 'string' && a.name)
    .map((a: any) => ({
      ...(typeof a.id === 'string' && a.id ? { id: a.id } : {}),
      name: a.name,
      ...(typeof a.description === 'string' ? { description: a.description } : {}),
      ...(TONES.includes(a.tone) ? { tone: a.tone } : {}),
      ...(LANGUAGES.includes(a.language) ? { language: a.language } : {}),
      ...(Array.isArray(a.default_tasks) && a.default_tasks.every((t: unknown) => typeof t === 'string')
        ? { default_tasks: a.default_tasks }
        : {}),
      ...(typeof a.is_active === 'boolean' ? { is_active: a.is_active } : {}),
    }));
}
