import type { VendorModule } from '../../app/vendor-module.js';
import { recordCompanin } from './record.js';
import { companinContract } from './contract.js';
import { companinOverview } from './overview.js';
import { companinReport } from './report.js';
import { companinAdmin } from './admin.js';
import { authenticateCompanin, type CompaninPrincipal } from './auth.js';
import { companinBanner } from './banner.js';
import { companinCors } from './cors.js';
import { companinError, rejectCompaninRequest } from './errors.js';
import { COMPANIN_DEMO, companinFixtures, type CompaninFixtures } from './fixtures.js';
import { companinLimits } from './limits.js';
import { companinHandlers } from './routes.js';
import { seedCompanin, type CompaninState } from './state.js';

/** Companin: key and secret for servers, short-lived widget JWTs for browsers, an hourly limit per organisation. */
export const companin: VendorModule<CompaninPrincipal, CompaninState, CompaninFixtures, typeof COMPANIN_DEMO> & {
  name: 'companin';
} = {
  name: 'companin',
  error: (status, message, extra) => companinError(status, message, extra),
  rejectRequest: rejectCompaninRequest,
  cors: companinCors,
  authenticate: authenticateCompanin,
  limits: companinLimits,
  report: companinReport,
  handlers: companinHandlers,
  fixtures: companinFixtures,
  seed: seedCompanin,
  admin: companinAdmin,
  banner: companinBanner,
  overview: companinOverview,
  census: (s) => ({
    assistants: s.assistants.size,
    sessions: s.sessions.size,
    sessionMessages: [...s.sessions.values()].reduce((n, x) => n + x.messages.length, 0),
    conversations: s.conversations.size,
    conversationMessages: [...s.conversations.values()].reduce((n, c) => n + c.messages.length, 0),
    contexts: s.contexts.size,
    widgetConfigs: s.widgetConfigs.size,
    supportTickets: s.tickets.size,
    telemetryEvents: s.telemetry.size,
    messageVotes: [...s.messages.values()].filter((m) => m.feedback).length,
    sessionFeedback: [...s.sessions.values()].filter((x) => x.feedback).length,
    conversions: [...s.sessions.values()].reduce((n, x) => n + x.conversions.length, 0),
    attachments: [...s.sessions.values()].reduce((n, x) => n + x.attachments.size, 0),
  }),
  demo: COMPANIN_DEMO,
  contract: companinContract,
  recordFixtures: recordCompanin,
  recordAs: COMPANIN_DEMO.clientId,
  recordReply: (op, req, res) => {
    // A streamed answer's `done` event carries what the JSON answer's `data` does.
    const data = Array.isArray(res?.stream) ? res.stream.find((e: any) => e?.type === 'done')?.data : res?.data;
    const answer = data?.assistant_message?.content;
    return (op === 'companinSendSessionMessage' || op === 'companinSendConversationMessage') &&
      typeof req?.content === 'string' &&
      typeof answer === 'string'
      ? { question: req.content, answer }
      : undefined;
  },
};
