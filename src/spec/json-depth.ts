/** The deepest nesting of objects and arrays a JSON body may have; deeper is refused (400). */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests deeper than `max`, in one linear pass that never recurses (the
 * text may not even be valid JSON yet). Deep values would otherwise reach recursive code
 * later (schema checks, serialisers) and fail there, after a write.
 */
export function nestsDeeperThan(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > max) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return false;
}
