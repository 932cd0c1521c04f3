import type { LimitDecision, StageContext } from '../../app/vendor-module.js';
import { asyntaiError } from './errors.js';
import { monthKey, PLAN_LIMITS } from './plans.js';
import type { Account } from './state.js';

/** Takes the clock's ISO string, which the clock keeps while time stands still. */
export const usageKey = (accountId: string, nowIso: string) => `${accountId}:${monthKey(nowIso)}`;

/** The monthly message quota: the message past the plan's limit is refused and stores nothing. */
export function asyntaiLimits({ op, services }: StageContext, account: Account): LimitDecision | undefined {
  if (op.id !== 'asyntaiChat' || services.config.unlimited) return undefined;
  const used = services.asyntai.messagesUsed.get(usageKey(account.id, services.clock.iso())) ?? 0;
  if (used >= PLAN_LIMITS[account.plan].messagesPerMonth) return { refuse: asyntaiError(429, 'Monthly message limit reached for your plan') };
  return undefined;
}
