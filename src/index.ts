export { createMockApp, type MockApp } from './create-app.js';
export { MockRuntime, type MockOptions } from './app/runtime.js';
export { startNodeServer, type RunningServer } from './adapters/node-server.js';
export { loadSpec } from './spec/load-spec.js';
export { ResponseValidator, type ObservedResponse, type Conformance } from './spec/response-validator.js';
export { DEMO, type Fixtures } from './vendors/index.js';
export type { paths, operations, components } from './generated/openapi.js';
