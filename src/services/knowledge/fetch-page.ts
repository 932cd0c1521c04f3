import { KnowledgeInputError } from './ingest.js';

class PageFetchError extends KnowledgeInputError {}

export interface FetchedPage {
  url: string;
  title: string;
  text: string;
}

export const PAGE_LIMITS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5 };

/**
 * Fetches a page for the knowledge base for real, with a timeout, a size cap and a
 * redirect limit, and extracts its title and main text with an HTML parser. Loopback
 * is allowed so that tests and local receivers can serve pages.
 */
export async function fetchPage(url: string, limits = PAGE_LIMITS): Promise<FetchedPage> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(limits.timeoutMs),
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
    } catch (e) {
      throw new PageFetchError(
        `Could not fetch ${url}: ${(e as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable'}`,
      );
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      if (hop >= limits.maxRedirects) throw new PageFetchError(`Could not fetch ${url}: too many redirects`);
      current = new URL(res.headers.get('location')!, current).toString();
      continue;
    }
    if (!res.ok) throw new PageFetchError(`Could not fetch ${url}: the page answered ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (!/text\/html|application\/xhtml\+xml/i.test(type))
      throw new PageFetchError(`Could not fetch ${url}: not an HTML page (${type || 'no content-type'})`);
    const html = await readCapped(res, limits.maxBytes, url);
    const page = await extractText(html);
    if (!page.text) throw new PageFetchError(`No text could be extracted from ${url}`);
    return { url: current, ...page };
  }
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PageFetchError(`Could not fetch ${url}: the page is larger than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function extractText(html: string): Promise<{ title: string; text: string }> {
  // Loaded on first use, off the start-up path.
  const { parse } = await import('node-html-parser');
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const title =
    (root.querySelector('title')?.textContent ?? '').trim() || (root.querySelector('h1')?.textContent ?? '').trim();
  for (const el of root.querySelectorAll('nav, header, footer, aside, form, template, svg')) el.remove();
  const main = root.querySelector('main') ?? root.querySelector('article') ?? root.querySelector('body') ?? root;
  const text = main.structuredText
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, text };
}
