import type { CallCredentials, ContractSetup } from '../../app/vendor-module.js';
import { __VENDOR___DEMO } from './fixtures.js';

/** The API key from __VENDOR___API_KEY, the demo's by default. */
export const __vendor__Contract: ContractSetup = {
  env: { __VENDOR___API_KEY: __VENDOR___DEMO.key },
  credentials: (schemes, env): CallCredentials =>
    schemes.length
      ? { good: { 'x-api-key': env.__VENDOR___API_KEY }, bad: { 'x-api-key': 'wrong-key' } }
      : { good: {}, bad: {} },
};
