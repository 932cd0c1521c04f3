import type { VendorModule } from '../../app/vendor-module.js';
import { authenticate__Vendor__ } from './auth.js';
import { __vendor__Contract } from './contract.js';
import { __vendor__Error, reject__Vendor__Request } from './errors.js';
import { __VENDOR___DEMO, __vendor__Fixtures, type __Vendor__Fixtures } from './fixtures.js';
import { __vendor__Limits } from './limits.js';
import { __vendor__Report } from './report.js';
import { __vendor__Handlers } from './routes.js';
import { seed__Vendor__, type Account, type __Vendor__State } from './state.js';

/** __Vendor__: an API key per account, and a rate limit per key. */
export const __vendor__: VendorModule<Account, __Vendor__State, __Vendor__Fixtures, typeof __VENDOR___DEMO> & {
  name: '__vendor__';
} = {
  name: '__vendor__',
  error: (status, message) => __vendor__Error(status, message),
  rejectRequest: reject__Vendor__Request,
  authenticate: authenticate__Vendor__,
  limits: __vendor__Limits,
  report: __vendor__Report,
  handlers: __vendor__Handlers,
  fixtures: __vendor__Fixtures,
  seed: seed__Vendor__,
  census: (s) => ({ accounts: s.accounts.size }),
  banner: (s) => [...s.accounts.values()].map((a) => `    X-Api-Key: ${a.key}  ${a.name}`),
  demo: __VENDOR___DEMO,
  contract: __vendor__Contract,
};
