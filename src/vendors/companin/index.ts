import type { VendorModule } from '../../app/vendor-module.js';
import { authenticateCompanin, type CompaninPrincipal } from './auth.js';
import { companinCors } from './cors.js';
import { companinError, rejectCompaninRequest } from './errors.js';
import { companinLimits } from './limits.js';
import { companinHandlers } from './routes.js';

export const companin: VendorModule<CompaninPrincipal> = {
  name: 'companin',
  error: (status, message, extra) => companinError(status, message, extra),
  rejectRequest: rejectCompaninRequest,
  cors: companinCors,
  authenticate: authenticateCompanin,
  limits: companinLimits,
  handlers: companinHandlers,
};
