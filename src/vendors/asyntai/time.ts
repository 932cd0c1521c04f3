/** The last two seconds written: a chat stamps a message and, a second later, its reply. */
const recent = [
  { second: NaN, text: '' },
  { second: NaN, text: '' },
];
/** The minute of the last second written, and its text up to the seconds (`2024-01-15T10:30:`). */
let minute = NaN;
let minuteText = '';

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A timestamp as the reference writes them, to the second: `2024-01-15T10:30:00Z`. A
 * conversation's clock runs a second ahead with each reply, so most stamps are of a new
 * second, made from the minute's text (a Date and its ISO text each was 5% of a /chat/).
 */
export function stamp(ms: number): string {
  const second = Math.floor(ms / 1000);
  const [a, b] = recent;
  if (a.second === second) return a.text;
  if (b.second === second) return b.text;
  const m = Math.floor(second / 60);
  if (m !== minute) {
    const iso = new Date(m * 60_000).toISOString();
    minute = m;
    minuteText = iso.slice(0, iso.length - 7); // without `ss.sssZ`, whatever the year's width
  }
  const made = { second, text: `${minuteText}${pad(second - m * 60)}Z` };
  recent[1] = a;
  recent[0] = made;
  return made.text;
}

/** The instant a stamp names: read from the last two written when it is one of them. */
export function stampMs(text: string): number {
  const [a, b] = recent;
  if (text === a.text) return a.second * 1000;
  if (text === b.text) return b.second * 1000;
  return Date.parse(text);
}

/** The reference's replies come a second after the message they answer (10:30:00, then 10:30:01). */
export const REPLY_DELAY_MS = 1000;
