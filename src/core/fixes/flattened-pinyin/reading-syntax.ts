/**
 * The written shape of an inserted reading, after its opening bracket: `fā)`, `huì )` (a space before the
 * bracket), `wéi / wèi)` and `yī / yì /yí)` (every reading listed), `hui)` (toneless). A hand-written
 * scanner with fixed bounds, so no input can make it slow.
 */
import { hasToneMark, syllableAt } from './readings.ts';

export interface ReadingGroup {
  /** Index just after the closing bracket. */
  end: number;
  readings: string[];
}

const MAX_READINGS = 6;
/** Longest group between the brackets; scan.ts's pre-scan looks this far. */
const MAX_GROUP = 29;

const isClose = (c: number): boolean => c === 0x29 || c === 0xff09; // ) ）
const SPACE = 0x20;
const SLASH = 0x2f;

/** Parses readings starting at `from` (just after the opening bracket) up to the closing bracket. */
export function parseReadingGroup(text: string, from: number): ReadingGroup | undefined {
  // Made with its first reading: most groups hold one, and a list grown from empty reserves room for 17.
  let readings: string[] | undefined;
  let i = from;
  for (;;) {
    const syllable = syllableAt(text, i);
    if (!syllable) return undefined;
    const j = i + syllable.length;
    if (j - from > MAX_GROUP) return undefined;
    if (readings) readings.push(syllable);
    else readings = [syllable];
    let k = j;
    while (text.charCodeAt(k) === SPACE && k - j < 2) k++;
    if (isClose(text.charCodeAt(k))) return k - from <= MAX_GROUP ? { end: k + 1, readings } : undefined;
    if (text.charCodeAt(k) !== SLASH || readings.length >= MAX_READINGS) return undefined;
    k++;
    while (text.charCodeAt(k) === SPACE && k - j < 4) k++;
    i = k;
  }
}

/**
 * The next "(", "（" or "?" from `from` on (text.length if none): where a reading group, or a glitch trace
 * before one, may start.
 */
export function nextGroupStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08 || c === 0x3f) return i;
  }
  return text.length;
}

/** The readings as the page wrote them, for explanations. */
export const readingLabel = (readings: readonly string[]): string => (readings.length === 1 ? readings[0] : readings.join(' / '));

/**
 * Whether the page writes a space after its readings (`社會(hui) 變遷`, the toneless style), judged from all
 * of them: most must be followed by one, and toned readings (whose sites never did this) need two. Counted
 * the first time a reading is followed by a space at all.
 */
export function trailingSpaceStyle(text: string): (readings: readonly string[]) => boolean {
  let spaced: { toned: boolean; plain: boolean } | undefined;
  return (readings) => {
    spaced ??= countSpaced(text);
    return readings.some(hasToneMark) ? spaced.toned : spaced.plain;
  };
}

function countSpaced(text: string): { toned: boolean; plain: boolean } {
  const toned = { spaced: 0, all: 0 };
  const plain = { spaced: 0, all: 0 };
  for (let i = nextGroupStart(text, 0); i < text.length; i = nextGroupStart(text, i + 1)) {
    const group = parseReadingGroup(text, i + 1);
    if (!group || group.end >= text.length || text[group.end] === '\n') continue;
    const counts = group.readings.some(hasToneMark) ? toned : plain;
    counts.all++;
    if (text[group.end] === ' ') counts.spaced++;
    i = group.end - 1;
  }
  return {
    toned: toned.spaced >= 2 && toned.spaced * 5 >= toned.all * 3,
    plain: plain.spaced >= 1 && plain.spaced * 2 >= plain.all,
  };
}
