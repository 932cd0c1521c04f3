import type { ChungtairState } from './state.js';

export function chungtairBanner(state: ChungtairState): string[] {
  return [...state.bots.values()].map(
    (b) => `    ${b.token}  ${b.paused ? 'paused' : b.enabled ? 'enabled' : 'disabled'}  ${b.config.bot_name}`,
  );
}
