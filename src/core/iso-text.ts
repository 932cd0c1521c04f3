/**
 * An instant's ISO 8601 text, kept for the last instant asked: most callers ask for the
 * same millisecond again (many requests land in one), and a Date and its text each time
 * were a few percent of a request.
 */
export class IsoText {
  private ms = NaN;
  private text = '';

  of(ms: number): string {
    if (ms !== this.ms) {
      this.text = new Date(ms).toISOString();
      this.ms = ms;
    }
    return this.text;
  }
}
