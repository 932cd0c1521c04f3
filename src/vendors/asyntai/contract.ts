import type { CallCredentials, ContractSetup } from '../../app/vendor-module.js';
import { ASYNTAI_DEMO } from './fixtures.js';

/** Every secured operation takes the account's API key as a Bearer token. */
export const asyntaiContract: ContractSetup = {
  env: { ASYNTAI_API_KEY: ASYNTAI_DEMO.starter },
  credentials: (schemes, env): CallCredentials =>
    schemes.length
      ? { good: { authorization: `Bearer ${env.ASYNTAI_API_KEY}` }, bad: { authorization: 'Bearer wrong-key' } }
      : { good: {}, bad: {} },
};
