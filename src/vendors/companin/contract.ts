import type { CallCredentials, ContractSetup } from '../../app/vendor-module.js';
import { COMPANIN_DEMO } from './fixtures.js';

/**
 * Key and secret for the organisation's API; widget calls carry a JWT minted first, which a
 * generated call cannot have, so it checks only that a forged one is refused. Every call
 * carries an Origin the organisation allows.
 */
export const companinContract: ContractSetup = {
  env: {
    COMPANIN_CLIENT_ID: COMPANIN_DEMO.clientId,
    COMPANIN_CLIENT_SECRET: COMPANIN_DEMO.clientSecret,
    COMPANIN_ORIGIN: 'http://localhost:3000',
    COMPANIN_ASSISTANT_ID: COMPANIN_DEMO.assistantId,
  },
  credentials(schemes, env): CallCredentials {
    if (schemes.includes('companinApiKey'))
      return {
        good: { 'x-api-key': env.COMPANIN_CLIENT_ID, 'x-api-secret': env.COMPANIN_CLIENT_SECRET },
        bad: { 'x-api-key': env.COMPANIN_CLIENT_ID, 'x-api-secret': 'wrong-secret' },
      };
    if (schemes.includes('companinWidgetJwt')) return { good: {}, bad: { authorization: 'Bearer not.a.token' } };
    return { good: {}, bad: {} };
  },
  known: (env) => ({
    client_id: env.COMPANIN_CLIENT_ID,
    assistant_id: env.COMPANIN_ASSISTANT_ID,
    agent_id: env.COMPANIN_ASSISTANT_ID,
  }),
  headers: (env) => ({ origin: env.COMPANIN_ORIGIN }),
};
