let last = { second: NaN, text: '' };

/**
 * A timestamp as the reference writes them, to the second: `2024-01-15T10:30:00Z`. The
 * last one is reused within its second (a chat stamps each message and reply).
 */
export function stamp(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== last.second) last = { second, text: new Date(second * 1000).toISOString().replace('.000Z', 'Z') };
  return last.text;
}

/** The reference's replies come a second after the message they answer (10:30:00, then 10:30:01). */
export const REPLY_DELAY_MS = 1000;
