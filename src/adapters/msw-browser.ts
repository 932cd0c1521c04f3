import type { OpenApiDocument } from '../spec/load-spec.js';
import { createHandlers, type MswOptions } from './msw.js';

/** Inlined by the browser build (scripts/bundle-browser.mjs): the dereferenced spec. */
declare const __SUPPORTBOT_SPEC__: OpenApiDocument;

/**
 * msw handlers for the page: the same core app, with the spec built in because a
 * browser cannot read openapi.yaml. Use with `setupWorker(...handlers).start()`.
 */
export function createBrowserHandlers(options: Omit<MswOptions, 'spec'> = {}) {
  return createHandlers({ pageOrigin: globalThis.location?.origin, ...options, spec: __SUPPORTBOT_SPEC__ });
}
