/**
 * What the vendor's API reference documents (and, where marked, its own clients call):
 * openapi.yaml must have exactly these operations under the vendor's mount, inventing none
 * (test/spec/spec.test.ts).
 */
export const REFERENCE = {
  origin: 'https://aibot.chungtair.com',
  operations: [
    'GET /api/widget/config',
    'POST /api/widget/ping',
    'POST /api/widget/message',
    'OPTIONS /api/widget/config',
    'OPTIONS /api/widget/ping',
    'OPTIONS /api/widget/message',
  ],
};
