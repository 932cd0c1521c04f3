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
    /** The file as it was: its other sections are kept as they are. */
    private readonly file: FixturesFile,
    private readonly save: (text: string) => void,
  ) {
    for (const r of file.replies ?? []) this.replies.set(keyOf(r), r);
  }

  /** Records one answer, with every credential the exchange carried blotted out, and saves. */
  add(reply: RecordedReply, credentials: readonly string[]): void {
    const blot = (text: string) =>
      credentials.filter((c) => c.length >= 4).reduce((t, c) => t.replaceAll(c, '[credential]'), text);
    const clean = { vendor: reply.vendor, question: blot(reply.question), answer: blot(reply.answer) };
    this.replies.set(keyOf(clean), clean);
    this.save(this.text());
  }

  text(): string {
    const replies = [...this.replies.values()].sort(
      (a, b) => compare(a.vendor, b.vendor) || compare(a.question, b.question),
    );
    return `${JSON.stringify({ ...this.file, replies }, null, 2)}\n`;
  }
}

const keyOf = (r: RecordedReply) => `${r.vendor}\u0000${r.question}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
