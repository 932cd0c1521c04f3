import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { responseValidator } from '../../../contracts/support/asserting-spec-client.js';

/**
 * Debian's chromium, driven by playwright-core (which downloads no browser). CI installs
 * it; without it these tests are skipped locally and fail in CI.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

/** `env.HOME` gives the browser another profile home, with its own NSS store of trusted CAs. */
export const launch = (env?: Record<string, string>): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    ...(env ? { env: { ...process.env, ...env } } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/**
 * Collects every response the page gets from a vendor API, to check against the spec.
 * `mounts` maps an API base the page uses to the spec mount it stands for.
 */
export function recordVendorResponses(page: Page, mounts: Record<string, string>) {
  const seen: Promise<{ method: string; path: string; status: number; contentType: string | null; body: unknown }>[] =
    [];
  page.on('response', (res) => {
    const url = new URL(res.url());
    const base = Object.keys(mounts).find((b) => url.href.startsWith(b));
    if (!base) return;
    const basePath = new URL(base).pathname.replace(/\/$/, '');
    seen.push(
      (async () => {
        const contentType = res.headers()['content-type'] ?? null;
        // A stream the page aborted (the Stop button) has no body left to read.
        const text = res.request().method() === 'OPTIONS' ? '' : await res.text().catch(() => '');
        return {
          method: res.request().method(),
          path: mounts[base] + url.pathname.slice(basePath.length),
          status: res.status(),
          contentType,
          body: text && contentType?.includes('json') ? JSON.parse(text) : undefined,
        };
      })(),
    );
  });
  return {
    /** Every response so far, each checked against openapi.yaml; returns them for further checks. */
    async conforming() {
      const validator = await responseValidator();
      const all = await Promise.all(seen);
      for (const r of all) {
        const { violations } = validator.check(r);
        if (violations.length) throw new Error(`${r.method} ${r.path} ${r.status}: ${violations.join('; ')}`);
      }
      return all;
    },
  };
}
