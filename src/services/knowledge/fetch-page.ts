import { readCapped } from '../../core/read-capped.js';
import { htmlText } from './html-text.js';
import { KnowledgeInputError } from './ingest.js';

class PageFetchError extends KnowledgeInputError {}

export interface FetchedPage {
  url: string;
  title: string;
  text: string;
}

export const PAGE_LIMITS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };

/**
 * Where pages come from besides the network: pages a fixtures file declares (URL to HTML
 * or text), answered without a request; and, offline, nothing else at all.
 */
export interface PageSource {
  pages: ReadonlyMap<string, string>;
  offline: boolean;
}

const NETWORK: PageSource = { pages: new Map(), offline: false };

/**
 * Fetches a page for the knowledge base for real, within one deadline for every hop and
 * the body, a size cap and a redirect limit, following only http(s); then extracts its
 * title and main text. Whatever goes wrong on the wire (refused, reset, a short or corrupt
 * body, a stall) is the client's page to fix: a PageFetchError, so a 400, never a 500.
 * Loopback is allowed so that tests and local receivers can serve pages.
 */
export async function fetchPage(url: string, source: PageSource = NETWORK, limits = PAGE_LIMITS): Promise<FetchedPage> {
  const fail = (why: string) => new PageFetchError(`Could not fetch ${url}: ${why}`);
  const declared = source.pages.get(url);
  if (declared !== undefined) {
    const page = await htmlText(declared);
    if (!page.text) throw new PageFetchError(`No text could be extracted from ${url}`);
    return { url, ...page };
  }
  if (source.offline) throw fail('the mock runs offline (--offline) and the fixtures declare no such page');
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const wire = (e: unknown) => fail((e as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable');
  let current = url;
  for (let hop = 0; ; hop++) {
    if (!URL.canParse(current)) throw fail('not a valid URL');
    const { protocol } = new URL(current);
    if (protocol !== 'http:' && protocol !== 'https:') throw fail(`only http and https are fetched (${protocol})`);
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
    } catch (e) {
      throw wire(e);
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel().catch(() => {});
      if (hop >= limits.maxRedirects) throw fail('too many redirects');
      if (!URL.canParse(location, current)) throw fail('a redirect to an invalid URL');
      current = new URL(location, current).toString();
      continue;
    }
    if (!res.ok) throw fail(`the page answered ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (!/text\/html|application\/xhtml\+xml/i.test(type))
      throw fail(`not an HTML page (${type || 'no content-type'})`);
    let html: string;
    try {
      html = await readPage(res, limits.maxBytes);
    } catch (e) {
      if (e instanceof PageFetchError) throw fail(e.message);
      throw (e as Error).name === 'TimeoutError' ? wire(e) : fail('the page could not be read to its end');
    }
    const page = await htmlText(html);
    if (!page.text) throw new PageFetchError(`No text could be extracted from ${url}`);
    return { url: current, ...page };
  }
}

async function readPage(res: Response, maxBytes: number): Promise<string> {
  const bytes = await readCapped(res.body, maxBytes);
  if (bytes === undefined) throw new PageFetchError(`the page is larger than ${maxBytes} bytes`);
  return new TextDecoder().decode(bytes);
}
