import type { OpenApiDocument } from '../spec/load-spec.js';
import { http } from 'msw';
import { handlersWith, type MswOptions } from './msw.js';

/**
 * Inlined by the browser build (scripts/bundle-browser.mjs): the dereferenced spec, as JSON
 * text. V8 parses a JSON string several times faster than the same object as a literal
 * (70 ms of the page's start here, docs/performance.md).
 */
declare const __SUPPORTBOT_SPEC_JSON__: string;
let spec: OpenApiDocument | undefined;

/**
 * msw handlers for the page: the same core app, with the spec built in because a
 * browser cannot read openapi.yaml. Use with `setupWorker(...handlers).start()`.
 */
export function createBrowserHandlers(options: Omit<MswOptions, 'spec'> = {}) {
  return handlersWith(http, {
    pageOrigin: globalThis.location?.origin,
    validators: 'on-demand',
    ...options,
    spec: (spec ??= JSON.parse(__SUPPORTBOT_SPEC_JSON__) as OpenApiDocument),
  });
}
