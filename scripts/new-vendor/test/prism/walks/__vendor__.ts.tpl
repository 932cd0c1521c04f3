import { specLimit } from '../../../contracts/support/limits.js';
import { DEMO } from '../../../src/vendors/index.js';
import type { Walk } from '../walker.js';

/** The __Vendor__ walk: the account, a refused key, and the rate limit. */
export const walk: Walk = async ({ c, checked, app }) => {
  const headers = { 'x-api-key': DEMO.__vendor__.key };
  checked(await c.call('get', '/__vendor__/v1/account', { headers }), 200);
  checked(await c.call('get', '/__vendor__/v1/account', { headers: { 'x-api-key': 'nope' } }), 401);
  const limit = `/limits/__vendor__/requests-per-minute/${DEMO.__vendor__.key}`;
  await app.admin('PUT', limit, { used: await specLimit('__vendor__', 'requests-per-minute') });
  checked(await c.call('get', '/__vendor__/v1/account', { headers }), 429);
  await app.admin('PUT', limit, { used: 0 });
};
