/**
 * A character's classes (bits), computed the first time the character is met and kept: the scans read every
 * character of every text, a few table lookups each, while filling a table for all 65,536 code units at once
 * cost the first repair (or the first look at a page) milliseconds.
 */

/** Set in a kept entry, so that "no class" is told from "not met yet"; never part of a result. */
const KNOWN = 0x80;

/** `classify` (bits below 0x80) memoised per BMP code unit from `first` on, `size` of them. */
export function memoisedClasses(classify: (cp: number) => number, first = 0, size = 0x10000 - first): (cp: number) => number {
  const kept = new Uint8Array(size);
  return (cp) => {
    const at = cp - first;
    let bits = kept[at];
    if (!bits) bits = kept[at] = KNOWN | classify(cp);
    return bits & ~KNOWN;
  };
}
