/**
 * What the vendor's API reference documents (and, where marked, its own clients call):
 * openapi.yaml must have exactly these operations under the vendor's mount, inventing none
 * (test/spec/spec.test.ts).
 */
export const REFERENCE = {
  origin: 'https://asyntai.com',
  operations: [
    'POST /api/v1/chat/',
    'GET /api/v1/websites/',
    'GET /api/v1/conversations/',
    'GET /api/v1/sessions/',
    'GET /api/v1/leads/',
    'GET /api/v1/account/',
    'GET /api/v1/knowledge/',
    'POST /api/v1/knowledge/text/',
    'POST /api/v1/knowledge/url/',
    'POST /api/v1/knowledge/spreadsheet/',
    'DELETE /api/v1/knowledge/{id}/',
    'GET /api/v1/webhooks/',
    'POST /api/v1/webhooks/',
    'DELETE /api/v1/webhooks/{id}/',
  ],
};
