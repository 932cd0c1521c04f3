import type { VendorModule } from '../../app/vendor-module.js';
import { recordChungtair } from './record.js';
import { chungtairContract } from './contract.js';
import { chungtairOverview } from './overview.js';
import { chungtairReport } from './report.js';
import { chungtairAdmin } from './admin.js';
import { authenticateChungtair } from './auth.js';
import { chungtairBanner } from './banner.js';
import { chungtairCors } from './cors.js';
import { recordDebug } from './debug.js';
import { chungtairError, rejectChungtairRequest } from './errors.js';
import { CHUNGTAIR_DEMO, chungtairFixtures, type ChungtairFixtures } from './fixtures.js';
import { chungtairLimits } from './limits.js';
import { chungtairHandlers } from './routes.js';
import { seedChungtair, type Bot, type ChungtairState } from './state.js';

/** Chungtair: a public widget token, any Origin, per-IP rate limits and a paused mode. */
export const chungtair: VendorModule<Bot, ChungtairState, ChungtairFixtures, typeof CHUNGTAIR_DEMO> & {
  name: 'chungtair';
} = {
  name: 'chungtair',
  error: (status, message) => chungtairError(status, message),
  rejectRequest: rejectChungtairRequest,
  cors: chungtairCors,
  authenticate: authenticateChungtair,
  limits: chungtairLimits,
  observe: recordDebug,
  report: chungtairReport,
  handlers: chungtairHandlers,
  fixtures: chungtairFixtures,
  seed: seedChungtair,
  admin: chungtairAdmin,
  banner: chungtairBanner,
  overview: chungtairOverview,
  census: (s) => ({
    bots: s.bots.size,
    conversations: s.conversations.size,
    messages: [...s.conversations.values()].reduce((n, c) => n + c.messages.length, 0),
    knowledge: s.knowledge.size,
  }),
  demo: CHUNGTAIR_DEMO,
  contract: chungtairContract,
  recordFixtures: recordChungtair,
  recordAs: CHUNGTAIR_DEMO.enabled,
  // A paused bot's 200 (success: false) is no answer of the AI's.
  recordReply: (op, req, res) =>
    op === 'chungtairMessage' &&
    res?.success === true &&
    typeof req?.message === 'string' &&
    typeof res.reply === 'string'
      ? { question: req.message, answer: res.reply }
      : undefined,
};
