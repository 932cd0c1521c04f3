import type { VendorModule } from '../../app/vendor-module.js';
import { authenticateChungtair } from './auth.js';
import { chungtairCors } from './cors.js';
import { recordDebug } from './debug.js';
import { chungtairError, rejectChungtairRequest } from './errors.js';
import { chungtairLimits } from './limits.js';
import { chungtairHandlers } from './routes.js';
import type { Bot } from './state.js';

export const chungtair: VendorModule<Bot> = {
  name: 'chungtair',
  error: (status, message) => chungtairError(status, message),
  rejectRequest: rejectChungtairRequest,
  cors: chungtairCors,
  authenticate: authenticateChungtair,
  limits: chungtairLimits,
  observe: recordDebug,
  handlers: chungtairHandlers,
};
