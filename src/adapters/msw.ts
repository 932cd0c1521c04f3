import type { HttpHandler } from 'msw';
import { createMockApp, type MockApp } from '../create-app.js';
import { PAGE_ORIGIN_HEADER } from '../app/request-origin.js';
import type { MockOptions } from '../app/runtime.js';
import type { OpenApiDocument } from '../spec/load-spec.js';

export type { MockApp };

export interface MswOptions extends MockOptions {
  /** Override a vendor's real origin (by vendor name), e.g. a staging host your client points at. */
  origins?: Record<string, string>;
  /** Reuse an app you already built (to share state with a server or admin calls). */
  app?: MockApp;
  /** The dereferenced spec, where it cannot be read from disk (browsers). */
  spec?: OpenApiDocument;
  /**
   * The Origin to add when a request has none. A service worker never sees the Origin the
   * browser will send, so the browser adapter passes the page's own (location.origin).
   */
  pageOrigin?: string;
}

/**
 * msw handlers for the vendors' real origins (the spec's `x-vendor.origin`). Each intercepted request is rewritten onto
 * the vendor's mount and handed to the same core app the server runs: there is no
 * second implementation. Only the paths the spec declares are intercepted (`intercepts`).
 */
export async function createHandlers(options: MswOptions = {}): Promise<{ handlers: HttpHandler[]; app: MockApp }> {
  // msw is an optional peer dependency: the server alone does not need it.
  const { http } = await import('msw').catch((e: unknown) => {
    throw new Error(`supportbot-mock/msw needs msw 2 in your project: npm install --save-dev msw@^2 (${String(e)})`);
  });
  return handlersWith(http, options);
}

/**
 * The handlers, given msw's `http`. The browser entry imports it statically: a bundler may
 * put msw in the page's entry chunk, and an `import('msw')` from a page that awaits this at
 * its top level would then wait for that page to finish, forever (seen with Vite 7).
 */
export async function handlersWith(
  http: typeof import('msw').http,
  options: MswOptions,
): Promise<{ handlers: HttpHandler[]; app: MockApp }> {
  const app = options.app ?? (await createMockApp(options));
  const handlers = withoutStackTraces(() =>
    app.vendors.flatMap((v) => {
      const origin = (options.origins?.[v.name] ?? v.origin).replace(/\/$/, '');
      return v.intercepts.map((path) =>
        http.all(`${origin}${path}`, async ({ request }) => {
          const url = new URL(request.url);
          let target = new URL(`${v.mount}${url.pathname}${url.search}`, 'http://supportbot-mock.local');
          // Copied entry by entry: `new Headers(request.headers)` drops all but content-type for
          // msw's multipart requests (seen with msw 2.15 under Node), losing the credentials.
          const headers = new Headers();
          // Not its Host: the request is put on the mount here, and a vendor's Host would put it there twice.
          for (const [name, value] of request.headers) if (name !== 'host') headers.append(name, value);
          if (options.pageOrigin && !headers.has('origin') && url.origin !== options.pageOrigin)
            headers.set(PAGE_ORIGIN_HEADER, options.pageOrigin);
          const init: RequestInit = { method: request.method, headers };
          if (request.method !== 'GET' && request.method !== 'HEAD') init.body = await request.arrayBuffer();
          // msw cannot follow a redirect of a request with a body (it keeps no copy to resend),
          // where fetch over the network can: so a trailing-slash redirect is followed here.
          let response = await app.fetch(new Request(target, init));
          for (
            let hops = 0;
            (response.status === 301 || response.status === 307) && response.headers.has('location') && hops < 3;
            hops++
          ) {
            target = new URL(response.headers.get('location')!, target);
            if (response.status === 301 && init.method === 'POST')
              Object.assign(init, { method: 'GET', body: undefined });
            response = await app.fetch(new Request(target, init));
          }
          return response;
        }),
      );
    }),
  );
  return { handlers, app };
}

/**
 * msw takes a stack trace in each handler it makes, to name where it was made. The first
 * one makes V8 map positions in every script on the stack: in a page whose bundle holds the
 * mock, 60–140 ms of its start (docs/performance.md), for a place inside this package that
 * tells the user nothing. Where the engine has no such limit, this changes nothing.
 */
function withoutStackTraces<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
