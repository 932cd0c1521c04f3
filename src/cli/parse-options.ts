import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../core/nearest.js';

/** A command line the CLI cannot run: said in a line or two, with the nearest right flag. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs, strict, with its errors said for a person: an unknown flag gets
 * the nearest known one (`--prot` → did you mean --port?), not parseArgs's advice about
 * positionals. `also` names flags another parser takes (proxy's, before start's).
 */
export function parseOptions<T extends Options>(
  args: string[],
  options: T,
  { positionals = false, also = [] as readonly string[] } = {},
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const typed = /'(-[^' ]+)/.exec(message)?.[1]?.split('=')[0] ?? '';
    const flags = [...Object.keys(options), ...also].map((o) => `--${o}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown option ${typed}${didYouMean(typed, flags)}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const kind = options[typed.replace(/^-+/, '')]?.type === 'boolean' ? 'takes no value' : 'needs a value';
      throw new UsageError(`${typed} ${kind}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const arg = /'([^']+)'/.exec(message)?.[1] ?? '';
      throw new UsageError(`unexpected argument ${arg}`);
    }
    throw new UsageError(message);
  }
}
