import type { FixturesFile, RecordedReply } from '../fixtures/types.js';

/**
 * What the real services answered through `proxy --record`, kept as a fixtures file that
 * `start --fixtures` reads: each question with its answer, which the reply engine then
 * gives back offline. Recording again merges (the newer answer to a question wins); the
 * file lists replies sorted by vendor and question, so the same traffic writes the same
 * bytes. Credentials seen in the traffic never reach it.
 */
export class ReplyRecorder {
  private readonly replies = new Map<string, RecordedReply>();

  constructor(
    /** The file as it was: what is not recorded again is kept as it is. */
    private readonly file: FixturesFile,
    private readonly save: (text: string) => void,
    /** Whom each vendor's records go under (`--record-as`), by vendor; else the vendor's `recordAs`. */
    readonly as: Record<string, string> = {},
  ) {
    for (const r of file.replies ?? []) this.replies.set(keyOf(r), r);
  }

  /** Records one answer, with every credential the exchange carried blotted out, and saves. */
  add(reply: RecordedReply, credentials: readonly string[]): void {
    const blot = blotter(credentials);
    const clean = { vendor: reply.vendor, question: blot(reply.question), answer: blot(reply.answer) };
    this.replies.set(keyOf(clean), clean);
    this.save(this.text());
  }

  /** Each vendor's section as recorded so far, written or not yet whole enough to be. */
  private readonly pending = new Map<string, unknown>();

  /** A vendor's fixtures section as recorded so far (the file's, at first). */
  section(vendor: string): unknown {
    return this.pending.has(vendor) ? this.pending.get(vendor) : this.file[vendor];
  }

  /** A value with every credential in it blotted out. */
  clean<T>(value: T, credentials: readonly string[]): T {
    return JSON.parse(blotter(credentials)(JSON.stringify(value)));
  }

  /**
   * Takes a vendor's section as it now stands (cleaned first: `clean`); saves it once a
   * fixtures file may hold it (an account is whole only with its websites, say).
   */
  setSection(vendor: string, section: unknown, whole: boolean): void {
    this.pending.set(vendor, section);
    if (!whole) return;
    this.file[vendor] = section;
    this.save(this.text());
  }

  text(): string {
    const replies = [...this.replies.values()].sort(
      (a, b) => compare(a.vendor, b.vendor) || compare(a.question, b.question),
    );
    return `${JSON.stringify({ ...this.file, replies }, null, 2)}\n`;
  }
}

/** Replaces each credential (of 4 characters or more) with a mark; a JSON string stays one. */
const blotter = (credentials: readonly string[]) => (text: string) =>
  credentials.filter((c) => c.length >= 4 && !/["\\]/.test(c)).reduce((t, c) => t.replaceAll(c, '[credential]'), text);

const keyOf = (r: RecordedReply) => `${r.vendor}\u0000${r.question}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
