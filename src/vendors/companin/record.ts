import { COMPANIN_DEMO, type CompaninAssistantFixture, type CompaninFixtures } from './fixtures.js';

const TONES: readonly string[] = ['professional', 'friendly', 'casual', 'formal'];
const LANGUAGES: readonly string[] = ['en', 'sv', 'zh', 'ko', 'ja', 'de', 'fr', 'es'];

/**
 * What `proxy --record` keeps of Companin's answers: the organisation's assistants (GET
 * /assistants/), under the organisation `as`. Its entry replaces the demo one, so it takes
 * the demo's secret (another client_id gets `<client_id>_secret`): none from the traffic.
 */
export function recordCompanin(
  op: string,
  res: any,
  as: string,
  current: CompaninFixtures | undefined,
): CompaninFixtures | undefined {
  const listed = res?.data?.assistants;
  if (op !== 'companinListAssistants' || !Array.isArray(listed)) return undefined;
  const assistants: CompaninAssistantFixture[] = listed
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
  const orgs = [...(current?.organisations ?? [])];
  const at = orgs.findIndex((o) => o.client_id === as);
  const secret = as === COMPANIN_DEMO.clientId ? COMPANIN_DEMO.clientSecret : `${as}_secret`;
  const org = { ...(at >= 0 ? orgs[at] : { client_id: as, client_secret: secret }), assistants };
  if (at >= 0) orgs[at] = org;
  else orgs.push(org);
  return { ...current, organisations: orgs };
}
