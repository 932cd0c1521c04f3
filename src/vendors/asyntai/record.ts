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
  const accounts = [...(current?.accounts ?? [])];
  const at = accounts.findIndex((a) => a.api_key === as);
  const account: Account = at >= 0 ? { ...accounts[at] } : { api_key: as, plan: 'starter', websites: [] };
  if (op === 'asyntaiGetAccount' && PLANS.includes(res?.account?.plan)) account.plan = res.account.plan as AsyntaiPlan;
  else if (op === 'asyntaiListWebsites' && Array.isArray(res?.websites))
    account.websites = res.websites
      .filter((w: any) => Number.isInteger(w?.id) && w.id >= 1 && typeof w.domain === 'string')
      .map((w: any) => ({
        id: w.id,
        ...(typeof w.name === 'string' ? { name: w.name } : {}),
        domain: w.domain,
        ...(typeof w.is_primary === 'boolean' ? { is_primary: w.is_primary } : {}),
      }));
  else if (op === 'asyntaiListKnowledge' && Array.isArray(res?.entries))
    account.knowledge = res.entries
      .filter((e: any) => typeof e?.title === 'string' && e.title)
      .map((e: any) => ({
        title: e.title,
        content: typeof e.description === 'string' && e.description ? e.description : e.title,
      }));
  else return undefined;
  if (at >= 0) accounts[at] = account;
  else accounts.push(account);
  return { ...current, accounts };
}
