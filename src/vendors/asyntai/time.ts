/** A timestamp as the reference writes them, to the second: `2024-01-15T10:30:00Z`. */
export const stamp = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** The reference's replies come a second after the message they answer (10:30:00, then 10:30:01). */
export const REPLY_DELAY_MS = 1000;
