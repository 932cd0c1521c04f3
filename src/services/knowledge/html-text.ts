import { TimeSlicer } from '../../core/yield.js';

/** Text never shown to a reader, or not part of the page's content. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Bytes handed to the parser at a time; the work yields between pieces. */
const PIECE = 64 * 1024;

/**
 * A page's title and main text, from htmlparser2's Tokenizer: a state machine that builds
 * no tree and keeps no stack of open elements (a DOM parser took 12 s on 32,000 nested
 * `<div>`s and never finished 2 MB of them; htmlparser2's own Parser, which searches its
 * stack on each close, took 147 s on 400,000). Only depth counters are kept here, so the
 * work is linear. The text is that of `<main>`, else `<article>`, else the whole page,
 * without scripts, styles, navigation, headers, footers, asides and forms; blocks end lines.
 */
export async function htmlText(html: string): Promise<{ title: string; text: string }> {
  const { Tokenizer } = await import('htmlparser2'); // loaded on first use, off the start-up path
  const out = {
    main: [] as string[],
    article: [] as string[],
    body: [] as string[],
    title: [] as string[],
    h1: [] as string[],
  };
  const depth = { skipped: 0, main: 0, article: 0, title: 0, h1: 0 };
  const count = (key: keyof typeof depth, by: 1 | -1) => (depth[key] = Math.max(0, depth[key] + by));
  const text = (t: string) => {
    if (depth.title) return void out.title.push(t);
    if (depth.skipped) return;
    if (depth.h1) out.h1.push(t);
    out.body.push(t);
    if (depth.main) out.main.push(t);
    if (depth.article) out.article.push(t);
  };
  const tag = (start: number, end: number, by: 1 | -1) => {
    const name = html.slice(start, end).toLowerCase();
    if (SKIPPED.has(name)) count('skipped', by);
    else if (name === 'main' || name === 'article' || name === 'title' || name === 'h1') count(name, by);
    if (BLOCK.has(name)) text('\n');
  };
  const noop = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => tag(start, end, 1),
      onclosetag: (start, end) => tag(start, end, -1),
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (codepoint) => text(String.fromCodePoint(codepoint)),
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onopentagend: noop,
      onprocessinginstruction: noop,
      onselfclosingtag: noop,
    },
  );
  const slicer = new TimeSlicer();
  for (let at = 0; at < html.length; at += PIECE) {
    tokenizer.write(html.slice(at, at + PIECE));
    await slicer.due();
  }
  tokenizer.end();
  const tidy = (parts: string[]) =>
    parts
      .join('')
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const title = tidy(out.title).replace(/\s+/g, ' ') || tidy(out.h1).replace(/\s+/g, ' ');
  return { title, text: tidy(out.main) || tidy(out.article) || tidy(out.body) };
}
