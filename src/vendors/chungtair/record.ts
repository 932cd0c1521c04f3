import { withEntry } from '../../fixtures/with-entry.js';
import type { ChungtairFixtures } from './fixtures.js';

const SETTINGS = ['bot_name', 'primary_color', 'position', 'avatar_url', 'welcome', 'placeholder', 'enabled'] as const;

/** What `proxy --record` keeps of Chungtair's answers: the bot's config (GET /config), under the bot `as`. */
export function recordChungtair(
  op: string,
  res: any,
  as: string,
  current: ChungtairFixtures | undefined,
): ChungtairFixtures | undefined {
  if (op !== 'chungtairGetConfig' || res?.success !== true || typeof res.config !== 'object' || !res.config)
    return undefined;
  const bots = withEntry(
    current?.bots,
    (b) => b.token === as,
    () => ({ token: as }),
    (bot) => {
      for (const key of SETTINGS)
        if (res.config[key] !== undefined) (bot as Record<string, unknown>)[key] = res.config[key];
    },
  );
  return { ...current, bots };
}
