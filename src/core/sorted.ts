/**
 * Stable sorting of lists that are nearly always sorted already (steps, warnings, the intervals of two
 * stages' steps): a check or a merge costs less than a sort with a comparator, and gives the same order.
 */

export function isSorted<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let k = 1; k < list.length; k++) if (compare(list[k - 1], list[k]) > 0) return false;
  return true;
}

/** The list in the order a stable sort by `compare` gives (the list itself when sorted already). */
export const sortedBy = <T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] =>
  isSorted(list, compare) ? list : [...list].sort(compare);

/** `[...a, ...b]` in the order a stable sort by `compare` gives: ties keep `a`'s first. */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  if (!isSorted(a, compare) || !isSorted(b, compare)) return [...a, ...b].sort(compare);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compare(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
