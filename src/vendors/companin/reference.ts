/**
 * What the vendor's API reference documents (and, where marked, its own clients call):
 * openapi.yaml must have exactly these operations under the vendor's mount, inventing none
 * (test/spec/spec.test.ts).
 */
export const REFERENCE = {
  origin: 'https://app.companin.tech',
  /** The reference says every endpoint answers a CORS preflight: one OPTIONS a path, not listed here. */
  preflightEveryPath: true,
  operations: [
    'POST /api/v1/auth/widget-token',
    'GET /api/v1/assistants/',
    'POST /api/v1/assistants/',
    'POST /api/v1/sessions/',
    'POST /api/v1/sessions/{session_id}/messages',
    'GET /api/v1/sessions/{session_id}/messages',
    'POST /api/v1/conversations/',
    'POST /api/v1/conversations/{conversation_id}/messages',
    'POST /api/v1/contexts/',
    'POST /api/v1/knowledge/files/',
    'POST /api/v1/knowledge/qa/',
    'POST /api/v1/knowledge/urls/',
    // What the vendor's own widget calls beyond the reference (shared/client-facts.md Part A).
    'GET /api/v1/embed/resolve',
    'GET /api/v1/agents/{agent_id}',
    'GET /widget-config/{config_id}/public/',
    'POST /api/v1/widget/ui-translations',
    'POST /telemetry/events/',
    'PATCH /api/v1/sessions/{session_id}',
    'GET /api/v1/sessions/{session_id}/feedback',
    'POST /api/v1/sessions/{session_id}/feedback',
    'POST /api/v1/sessions/{session_id}/heartbeat',
    'POST /api/v1/sessions/{session_id}/conversions',
    'POST /api/v1/sessions/{session_id}/files',
    'POST /api/v1/message/{message_id}/feedback',
    'POST /api/v1/support-tickets/',
    'GET /api/v1/auth/sessions/by-user',
    'GET /api/v1/knowledge/search/widget',
    'GET /api/health',
  ],
};
