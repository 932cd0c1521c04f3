import type { LimitDecision, StageContext } from '../../app/vendor-module.js';
import { chungtairError } from './errors.js';
import type { Bot } from './state.js';

/** Per visitor IP, as the vendor documents: the 31st ping or the 21st message in a minute gets 429. */
export function chungtairLimits({ op, services, clientIp }: StageContext, _bot: Bot): LimitDecision | undefined {
  if (services.config.unlimited) return undefined;
  const limiter = op.id === 'chungtairPing' ? services.chungtair.pingLimiter : op.id === 'chungtairMessage' ? services.chungtair.messageLimiter : undefined;
  if (!limiter) return undefined;
  const decision = limiter.hit(clientIp);
  if (decision.allowed) return undefined;
  const refuse = chungtairError(429, 'rate limited');
  refuse.headers.set('retry-after', String(Math.max(1, Math.ceil((decision.resetAtMs - services.clock.nowMs()) / 1000))));
  return { refuse };
}
