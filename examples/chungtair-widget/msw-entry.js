// Bundled by example-server.mjs into /msw-setup.js: the whole mock, in the page.
import { setupWorker } from 'msw/browser';
import { createBrowserHandlers } from 'supportbot-mock/msw/browser';

export async function startMockWorker() {
  const { handlers } = await createBrowserHandlers();
  await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
}
