/**
 * Appends to a list kept at most `max` long, dropping the oldest items: a session that a
 * soak writes to forever keeps its latest messages, not all of them.
 */
export function appendBounded<T>(list: T[], max: number, ...items: T[]): void {
  list.push(...items);
  if (list.length > max) list.splice(0, list.length - max);
}
