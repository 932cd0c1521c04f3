import type { VendorModule } from '../../app/vendor-module.js';
import { authenticateAsyntai } from './auth.js';
import { asyntaiError, rejectAsyntaiRequest } from './errors.js';
import { asyntaiLimits } from './limits.js';
import { asyntaiHandlers } from './routes.js';
import type { Account } from './state.js';

/** Asyntai: server-to-server API keys, no CORS (the reference says never to expose the key in a browser). */
export const asyntai: VendorModule<Account> = {
  name: 'asyntai',
  error: (status, message) => asyntaiError(status, message),
  rejectRequest: rejectAsyntaiRequest,
  authenticate: authenticateAsyntai,
  limits: asyntaiLimits,
  handlers: asyntaiHandlers,
};
