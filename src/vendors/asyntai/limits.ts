import type { MockRuntime } from '../../app/runtime.js';
import type { VendorLimits } from '../../app/vendor-module.js';
import { asyntaiError } from './errors.js';
import type { Account, AsyntaiState } from './state.js';

/**
 * Asyntai's plan limits (openapi.yaml, the asyntai tag's `x-limits`) count per account and
 * plan. The monthly message quota is charged only for AI replies; an upload over the daily
 * character cap is refused whole; spreadsheet rows past the cap are left out.
 */
export const asyntaiLimits: VendorLimits<Account, AsyntaiState> = {
  subject: (_limit, account) => ({ key: account.id, plan: account.plan }),
  named(_limit, apiKey, state) {
    const account = state.accountByKey(apiKey);
    return account && { key: account.id, plan: account.plan };
  },
  known: (_limit, state) =>
    `an account's API key: ${state.accounts
      .dump()
      .map((a) => a.apiKey)
      .join(', ')}`,
  refuse(limit, standing) {
    if (limit.name === 'monthly-messages') return asyntaiError(429, 'Monthly message limit reached for your plan');
    return asyntaiError(
      429,
      `Daily upload limit reached: this upload of ${standing.requested} characters would pass your plan's ` +
        `${standing.limit} characters per day (${standing.used} used today)`,
    );
  },
};

/** This month's AI replies and the plan's ceiling, for the account endpoint and admin. */
export function monthlyMessages(runtime: MockRuntime, account: Account): { used: number; limit: number } {
  const spec = runtime.limits.find('asyntai', 'monthly-messages')!;
  const { used, limit } = runtime.limits.standing(spec, { key: account.id, plan: account.plan });
  return { used, limit };
}

export function setMonthlyMessages(runtime: MockRuntime, account: Account, used: number): void {
  const spec = runtime.limits.find('asyntai', 'monthly-messages')!;
  runtime.limits.setUsed(spec, { key: account.id, plan: account.plan }, used);
}
