import { promisify } from 'node:util';
import { inflate, constants } from 'node:zlib';
import { TimeSlicer } from '../../core/yield.js';
import {
  isStream,
  nameOf,
  PdfRef,
  readObjects,
  readObjectStream,
  type PdfDict,
  type PdfFile,
  type PdfObject,
  type PdfStream,
  type PdfValue,
} from './pdf-objects.js';

const inflateAsync = promisify(inflate);

export interface InflationLimits {
  /** Pages read from the start of the file; the rest are never inflated. */
  pages: number;
  /** Bytes one page's content (its streams, forms and first-seen fonts) may inflate to. */
  pageBytes: number;
  /** Bytes the pages read, and the object streams, may inflate to in all. */
  fileBytes: number;
}

/** Why a PDF is refused before pdf.js reads it: a sentence for the client, naming the limit. */
export class InflationRefusal extends Error {}

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round(bytes / MIB)} MiB`;

/**
 * Counts what pdf.js would inflate to read the first `limits.pages` pages' text, as it
 * inflates (zlib stops at the cap, off the main thread), before any text is extracted:
 * a 154 KB file can hold a page that inflates to 40 MB, and 2,000 pages can share one
 * stream that pdf.js inflates once per page. Throws InflationRefusal past a cap; returns
 * the pages counted. Filters other than Flate (LZW, RunLength) are counted at their stored
 * size: the reading worker's memory limit and deadline bound those (docs/fidelity.md).
 */
export async function checkInflation(bytes: Uint8Array, limits: InflationLimits): Promise<number> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const slicer = new TimeSlicer(5);
  const file = await readObjects(text, () => slicer.due());
  const counter = new Counter(file, limits);
  for (const [, object] of file.objects) {
    if (isStream(object) && nameOf(object.dict.get('Type')) === 'ObjStm') {
      const decoded = await counter.decodeObjectStream(object);
      if (decoded !== undefined) readObjectStream(file, object.dict, decoded);
    }
  }
  const pages = pageList(file, limits.pages);
  for (let i = 0; i < pages.length; i++) {
    await slicer.due();
    await counter.page(i + 1, pages[i]);
  }
  return pages.length;
}

interface Page {
  dict: PdfDict;
  resources: PdfValue | undefined;
}

const MAX_REF_HOPS = 8;

function resolve(file: PdfFile, v: PdfValue | undefined): PdfObject | undefined {
  let out: PdfObject | undefined = v;
  for (let hops = 0; out instanceof PdfRef && hops < MAX_REF_HOPS; hops++) out = file.objects.get(out.num);
  return out instanceof PdfRef ? undefined : out;
}

const dictOf = (file: PdfFile, v: PdfValue | undefined): PdfDict | undefined => {
  const o = resolve(file, v);
  return o instanceof Map ? o : isStream(o) ? o.dict : undefined;
};

/**
 * The page tree's leaves in order, with their inherited resources, up to `max`; without a
 * readable catalog, the /Type /Page objects in object order (pdf.js recovers such a file
 * by a scan too).
 */
function pageList(file: PdfFile, max: number): Page[] {
  const pages: Page[] = [];
  const catalog = dictOf(file, file.root);
  const top = catalog?.get('Pages');
  if (top !== undefined) {
    const seen = new Set<PdfDict>();
    const stack: { node: PdfValue; resources: PdfValue | undefined }[] = [{ node: top, resources: undefined }];
    while (stack.length && pages.length < max) {
      const { node, resources } = stack.pop()!;
      const dict = dictOf(file, node);
      if (!dict || seen.has(dict)) continue;
      seen.add(dict);
      const own = dict.get('Resources') ?? resources;
      const kids = resolve(file, dict.get('Kids'));
      if (Array.isArray(kids)) for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k], resources: own });
      else pages.push({ dict, resources: own });
    }
    if (pages.length) return pages;
  }
  for (const [, object] of file.objects) {
    if (pages.length >= max) break;
    if (object instanceof Map && nameOf(object.get('Type')) === 'Page')
      pages.push({ dict: object, resources: object.get('Resources') });
  }
  return pages;
}

class Counter {
  private total = 0;
  private readonly sizes = new Map<PdfStream, number>();
  private readonly fontsSeen = new Set<PdfStream>();

  constructor(
    private readonly file: PdfFile,
    private readonly limits: InflationLimits,
  ) {}

  private charge(bytes: number, what: string): void {
    this.total += bytes;
    if (this.total > this.limits.fileBytes)
      throw new InflationRefusal(
        `The PDF inflates to more than ${mib(this.limits.fileBytes)} (its ${what}); the mock reads at most that much`,
      );
  }

  async decodeObjectStream(stream: PdfStream): Promise<string | undefined> {
    const cap = this.limits.fileBytes - this.total;
    const decoded = await this.inflated(stream, cap);
    this.charge(decoded === OVER ? cap + 1 : (decoded?.length ?? stream.end - stream.start), 'object streams');
    return decoded === OVER ? undefined : decoded?.toString('latin1');
  }

  /** One page's streams: each content stream as often as the page lists it, each form once, each font once a file. */
  async page(number: number, page: Page): Promise<void> {
    let bytes = 0;
    const add = async (stream: PdfStream) => {
      bytes += await this.size(stream);
      if (bytes > this.limits.pageBytes)
        throw new InflationRefusal(
          `Page ${number} of the PDF inflates to more than ${mib(this.limits.pageBytes)}; ` +
            `the mock reads at most that much a page`,
        );
    };
    const contents = resolve(this.file, page.dict.get('Contents'));
    for (const part of Array.isArray(contents) ? contents : [contents]) {
      const stream = resolve(this.file, part as PdfValue);
      if (isStream(stream)) await add(stream);
    }
    const forms = new Set<PdfStream>();
    const resourceQueue: (PdfValue | undefined)[] = [page.resources];
    const seenResources = new Set<PdfDict>();
    while (resourceQueue.length) {
      const resources = dictOf(this.file, resourceQueue.pop());
      if (!resources || seenResources.has(resources)) continue;
      seenResources.add(resources);
      for (const [, x] of dictOf(this.file, resources.get('XObject')) ?? []) {
        const form = resolve(this.file, x);
        if (!isStream(form) || forms.has(form) || nameOf(form.dict.get('Subtype')) !== 'Form') continue;
        forms.add(form);
        await add(form);
        resourceQueue.push(form.dict.get('Resources'));
      }
      for (const [, f] of dictOf(this.file, resources.get('Font')) ?? []) {
        for (const stream of this.fontStreams(f)) {
          if (this.fontsSeen.has(stream)) continue;
          this.fontsSeen.add(stream);
          await add(stream);
        }
        const type3 = dictOf(this.file, f);
        if (type3?.has('Resources')) resourceQueue.push(type3.get('Resources'));
      }
    }
    this.charge(bytes, 'first pages');
  }

  /** The streams pdf.js reads to map a font's glyphs to text: its program, ToUnicode and Type 3 glyphs. */
  private fontStreams(font: PdfValue): PdfStream[] {
    const out: PdfStream[] = [];
    const fonts = [font];
    const descendants = resolve(this.file, dictOf(this.file, font)?.get('DescendantFonts'));
    if (Array.isArray(descendants)) fonts.push(...descendants.slice(0, 4));
    for (const f of fonts) {
      const dict = dictOf(this.file, f);
      if (!dict) continue;
      const descriptor = dictOf(this.file, dict.get('FontDescriptor'));
      for (const v of [
        dict.get('ToUnicode'),
        descriptor?.get('FontFile'),
        descriptor?.get('FontFile2'),
        descriptor?.get('FontFile3'),
        ...(dictOf(this.file, dict.get('CharProcs'))?.values() ?? []),
      ]) {
        const stream = resolve(this.file, v);
        if (isStream(stream)) out.push(stream);
      }
    }
    return out;
  }

  /** A stream's inflated size, at most pageBytes + 1: past that its page is refused anyway. */
  private async size(stream: PdfStream): Promise<number> {
    let size = this.sizes.get(stream);
    if (size === undefined) {
      const decoded = await this.inflated(stream, this.limits.pageBytes);
      size = decoded === OVER ? this.limits.pageBytes + 1 : (decoded?.length ?? stream.end - stream.start);
      this.sizes.set(stream, size);
    }
    return size;
  }

  /**
   * A Flate stream inflated up to `cap` bytes, OVER past it, or undefined when it is not
   * Flate-encoded or its data is broken (pdf.js would read nothing from it either).
   */
  private async inflated(stream: PdfStream, cap: number): Promise<Buffer | typeof OVER | undefined> {
    const filter = resolve(this.file, stream.dict.get('Filter'));
    const first = Array.isArray(filter) ? nameOf(filter[0] as PdfValue) : nameOf(filter as PdfValue);
    if (first !== 'FlateDecode' && first !== 'Fl') return undefined;
    const raw = Buffer.from(stream.text.slice(stream.start, stream.end), 'latin1');
    try {
      return await inflateAsync(raw, { maxOutputLength: Math.max(1, cap), finishFlush: constants.Z_SYNC_FLUSH });
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? OVER : undefined;
    }
  }
}

const OVER = Symbol('past the cap');
