import type { ContractSetup } from '../../app/vendor-module.js';
import { CHUNGTAIR_DEMO } from './fixtures.js';

/** The widget token travels as a field (query or body), not a header. */
export const chungtairContract: ContractSetup = {
  env: { CHUNGTAIR_TOKEN: CHUNGTAIR_DEMO.enabled },
  credentials: () => ({ good: {}, bad: {} }),
  known: (env) => ({ token: env.CHUNGTAIR_TOKEN }),
};
