/**
 * What the vendor's API reference documents (and, where marked, its own clients call):
 * openapi.yaml must have exactly these operations under the vendor's mount, inventing none
 * (test/spec/spec.test.ts).
 */
export const REFERENCE = {
  origin: 'https://api.__vendor__.example',
  operations: ['GET /v1/account'],
};
