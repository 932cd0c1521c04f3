import type { AssertingSpecClient, SpecResponse } from '../../contracts/support/asserting-spec-client.js';
import type { RunningServer } from '../../src/adapters/node-server.js';
import type { MockApp } from '../../src/create-app.js';

/** What a vendor's walk gets: a client through Prism at the vendor's mount, and the mock behind it. */
interface Walker {
  c: AssertingSpecClient;
  /** Fails on any Prism violation or another status; marks the operation covered. */
  checked(res: SpecResponse, status: number): SpecResponse;
  app: MockApp;
  mock: RunningServer;
}

export type Walk = (w: Walker) => Promise<void>;
