export { createMockApp, type MockApp } from './app/create-app.js';
export { MockServices, type MockOptions } from './app/services.js';
export { startNodeServer, type RunningServer } from './adapters/node-server.js';
export { loadSpec } from './spec/load-spec.js';
export { ResponseValidator, type ObservedResponse, type Conformance } from './spec/response-validator.js';
export { DEMO } from './fixtures/defaults.js';
export type { Fixtures } from './fixtures/types.js';
export type { paths, operations, components } from './generated/openapi.js';
