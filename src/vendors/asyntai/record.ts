import { withEntry } from '../../fixtures/with-entry.js';
import type { AsyntaiFixtures, AsyntaiPlan } from './fixtures.js';

type Account = NonNullable<AsyntaiFixtures['accounts']>[number];
const PLANS: readonly string[] = ['free', 'starter', 'standard', 'pro'];

/**
 * What `proxy --record` keeps of Asyntai's answers, under the account `as`: its plan
 * (GET /account/), its websites (GET /websites/) and its knowledge listing (GET
 * /knowledge/, whose description stands in for the content the API does not list). The
 * account's email and every key stay out.
 */
export function recordAsyntai(
  op: string,
  res: any,
  as: string,
  current: AsyntaiFixtures | undefined,
): AsyntaiFixtures | undefined {
  const change = changeOf(op, res);
  if (!change) return undefined;
  const fresh = (): Account => ({ api_key: as, plan: 'starter', websites: [] });
  return { ...current, accounts: withEntry(current?.accounts, (a) => a.api_key === as, fresh, change) };
}

/** What this answer changes in the account, if it shows anything to keep. */
function changeOf(op: string, res: any): ((account: Account) => void) | undefined {
  if (op === 'asyntaiGetAccount' && PLANS.includes(res?.account?.plan))
    return (account) => (account.plan = res.account.plan as AsyntaiPlan);
  if (op === 'asyntaiListWebsites' && Array.isArray(res?.websites))
    return (account) =>
      (account.websites = res.websites
        .filter((w: any) => Number.isInteger(w?.id) && w.id >= 1 && typeof w.domain === 'string')
        .map((w: any) => ({
          id: w.id,
          ...(typeof w.name === 'string' ? { name: w.name } : {}),
          domain: w.domain,
          ...(typeof w.is_primary === 'boolean' ? { is_primary: w.is_primary } : {}),
        })));
  if (op === 'asyntaiListKnowledge' && Array.isArray(res?.entries))
    return (account) =>
      (account.knowledge = res.entries
        .filter((e: any) => typeof e?.title === 'string' && e.title)
        .map((e: any) => ({
          title: e.title,
          content: typeof e.description === 'string' && e.description ? e.description : e.title,
        })));
  return undefined;
}
