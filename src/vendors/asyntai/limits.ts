import type { LimitDecision, StageContext } from '../../app/vendor-module.js';
import { asyntaiError } from './errors.js';
import { monthKey, PLAN_LIMITS } from './plans.js';
import type { Account } from './state.js';

export const usageKey = (accountId: string, nowMs: number) => `${accountId}:${monthKey(nowMs)}`;

/** The monthly message quota: the message past the plan's limit is refused and stores nothing. */
export function asyntaiLimits({ op, services }: StageContext, account: Account): LimitDecision | undefined {
  if (op.id !== 'asyntaiChat' || services.config.unlimited) return undefined;
  const used = services.asyntai.messagesUsed.get(usageKey(account.id, services.clock.nowMs())) ?? 0;
  if (used >= PLAN_LIMITS[account.plan].messagesPerMonth) return { refuse: asyntaiError(429, 'Monthly message limit reached for your plan') };
  return undefined;
}
