/**
 * A flag's value as a whole number written in decimal digits, within `min`..`max`, else
 * undefined. `Number()` alone took `1e3`, `0x50`, ` 80` and `80.0` (`--port 1e3` listened on 1000).
 */
export function decimalInteger(raw: string, min: number, max: number): number | undefined {
  if (!/^\d{1,16}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}
