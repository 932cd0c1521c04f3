import { closestMatch } from 'leven';

/**
 * The candidate a mistyped name most likely meant, or none, compared without case: one
 * edit for a name of three letters or less, else two (a swap of two letters is two) up to
 * a third of its length, at most three.
 */
export function nearest(given: string, candidates: readonly string[]): string | undefined {
  const maxDistance = given.length <= 3 ? 1 : Math.min(3, Math.max(2, Math.floor(given.length / 3)));
  const lower = candidates.map((c) => c.toLowerCase());
  const hit = closestMatch(given.toLowerCase(), lower, { maxDistance });
  return hit === undefined ? undefined : candidates[lower.indexOf(hit)];
}

/** ` (did you mean X?)` for the nearest candidate, or nothing. */
export const didYouMean = (given: string, candidates: readonly string[]): string => {
  const hit = nearest(given, candidates);
  return hit === undefined ? '' : ` (did you mean ${hit}?)`;
};
