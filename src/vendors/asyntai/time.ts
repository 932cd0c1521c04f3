/** The last two seconds written: a chat stamps a message and, a second later, its reply. */
let recent = [
  { second: NaN, text: '' },
  { second: NaN, text: '' },
];

/** A timestamp as the reference writes them, to the second: `2024-01-15T10:30:00Z`. */
export function stamp(ms: number): string {
  const second = Math.floor(ms / 1000);
  const [a, b] = recent;
  if (a.second === second) return a.text;
  if (b.second === second) return b.text;
  const made = { second, text: new Date(second * 1000).toISOString().replace('.000Z', 'Z') };
  recent = [made, a];
  return made.text;
}

/** The reference's replies come a second after the message they answer (10:30:00, then 10:30:01). */
export const REPLY_DELAY_MS = 1000;
