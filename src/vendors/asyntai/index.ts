import type { VendorModule } from '../../app/vendor-module.js';
import { recordAsyntai } from './record.js';
import { asyntaiContract } from './contract.js';
import { asyntaiOverview } from './overview.js';
import { asyntaiReport } from './report.js';
import { asyntaiAdmin } from './admin.js';
import { authenticateAsyntai } from './auth.js';
import { asyntaiBanner } from './banner.js';
import { asyntaiError, rejectAsyntaiRequest } from './errors.js';
import { ASYNTAI_DEMO, asyntaiFixtures, type AsyntaiFixtures } from './fixtures.js';
import { asyntaiLimits } from './limits.js';
import { asyntaiHandlers } from './routes.js';
import { seedAsyntai, type Account, type AsyntaiState } from './state.js';
import { seedVisits } from './visits.js';
import { phoneReaderFor } from '../../services/leads/extract-contacts.js';

/** Asyntai: server-to-server API keys, no CORS (the reference says never to expose the key in a browser). */
export const asyntai: VendorModule<Account, AsyntaiState, AsyntaiFixtures, typeof ASYNTAI_DEMO> & { name: 'asyntai' } =
  {
    name: 'asyntai',
    error: (status, message) => asyntaiError(status, message),
    rejectRequest: rejectAsyntaiRequest,
    authenticate: authenticateAsyntai,
    limits: asyntaiLimits,
    report: asyntaiReport,
    handlers: asyntaiHandlers,
    fixtures: asyntaiFixtures,
    // A fixtures visit without a lead takes its lead from the visitor's messages.
    prepare: (fixtures) =>
      phoneReaderFor(
        (fixtures?.accounts ?? []).flatMap((a) =>
          (a.sessions ?? []).flatMap((s) =>
            s.lead ? [] : s.messages.filter((m) => m.role === 'user').map((m) => m.content),
          ),
        ),
      ),
    seed: (fixtures, runtime) => {
      const state = seedAsyntai(fixtures, runtime);
      seedVisits(state, fixtures, runtime);
      return state;
    },
    admin: asyntaiAdmin,
    banner: asyntaiBanner,
    overview: asyntaiOverview,
    census: (s) => ({
      sessions: s.sessions.size,
      messages: [...s.sessions.values()].reduce((n, x) => n + x.messageCount, 0),
      leads: s.leads.size,
      leadContacts: [...s.leads.values()].reduce((n, l) => n + (l.email ? 1 : 0) + (l.phone ? 1 : 0), 0),
      knowledge: s.knowledge.size,
      webhooks: s.webhooks.size,
    }),
    demo: ASYNTAI_DEMO,
    contract: asyntaiContract,
    recordFixtures: recordAsyntai,
    recordAs: ASYNTAI_DEMO.starter,
    recordReply: (op, req, res) =>
      op === 'asyntaiChat' && typeof req?.message === 'string' && typeof res?.response === 'string'
        ? { question: req.message, answer: res.response }
        : undefined,
  };
