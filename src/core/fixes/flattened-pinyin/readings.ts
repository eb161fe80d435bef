/**
 * Pinyin readings of Han characters (the generated pinyin-pro table) as this stage needs them: is a written
 * syllable pinyin at all, does it belong to a given character, and which GBK characters that start with a
 * given byte have it (to name the dictionary key hidden inside a glitch).
 */
import { gbkCode } from '../../codecs/gbk.ts';
import { READINGS } from '../../data/readings.ts';

const TONE_MARKS: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ê: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v',
  ń: 'n', ň: 'n', ǹ: 'n', ḿ: 'm',
};

/** A flag per code unit up to the last toned letter: every letter of every reading is looked up. */
const TONED_LETTERS = new Uint8Array(Math.max(...Object.keys(TONE_MARKS).map((ch) => ch.charCodeAt(0))) + 1);
for (const ch of Object.keys(TONE_MARKS)) TONED_LETTERS[ch.charCodeAt(0)] = 1;

/** A letter (code unit) that can appear in a written syllable: a–z or a vowel with a tone mark (or ü, ê). */
function isReadingLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c < TONED_LETTERS.length && TONED_LETTERS[c] === 1);
}

/** The syllable without tones, ü written as v (the spelling toneless sites use besides u). */
function stripTones(syllable: string): string {
  let out = '';
  for (const ch of syllable) out += TONE_MARKS[ch] ?? ch;
  return out;
}

interface Written {
  /** The letters as first met: every reading with them shares this string. */
  letters: string;
  /** A syllable of the language (toned as written, or toneless), not just letters. */
  syllable: boolean;
  toned: boolean;
  base: string;
  /** The characters with the syllable in any tone (made on first use): every key is checked against them. */
  chars?: Set<number>;
}

const WRITTEN_CACHE_SIZE = 4096;
/** What is known about each written syllable: pages repeat the same few hundred. */
const written = new Map<string, Written>();

/** The syllable asked about last: a reading is tried against every character a key can be. */
let lastAsked: Written | undefined;

function about(syllable: string): Written {
  if (lastAsked?.letters === syllable) return lastAsked;
  let w = written.get(syllable);
  if (!w) {
    const t = load();
    const base = stripTones(syllable);
    const toned = [...syllable].some((ch) => ch in TONE_MARKS && ch !== 'ü');
    w = { letters: syllable, toned, base, syllable: toned ? t.toned.has(syllable) : t.bases.has(base) || t.bases.has(base.replace(/u/g, 'v')) };
    if (written.size >= WRITTEN_CACHE_SIZE) written.clear();
    written.set(syllable, w);
  }
  return (lastAsked = w);
}

export const hasToneMark = (syllable: string): boolean => about(syllable).toned;

/**
 * The last syllables met, by a hash of their letters (a slot holds one; a different one replaces it): a
 * reading is found as it is read, without a string made and hashed for each of the hundreds on a page.
 */
const scanned: (Written | undefined)[] = new Array<Written | undefined>(1024).fill(undefined);

const lettersAt = (letters: string, text: string, from: number, to: number): boolean => {
  if (letters.length !== to - from) return false;
  for (let k = 0; k < letters.length; k++) if (letters.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
};

const MAX_SYLLABLE = 6; // zhuang, shuang

/**
 * The syllable written from text[from] on (all the letters there), as a string shared with every other reading
 * of it; undefined when there are no letters, more than a syllable has, or they are no syllable. The letters
 * are hashed as they are read.
 */
export function syllableAt(text: string, from: number): string | undefined {
  let hash = 0;
  let to = from;
  for (; to < text.length && to - from <= MAX_SYLLABLE; to++) {
    const c = text.charCodeAt(to);
    if (!isReadingLetter(c)) break;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  if (to === from || to - from > MAX_SYLLABLE) return undefined;
  const slot = hash & (scanned.length - 1);
  let w = scanned[slot];
  if (!w || !lettersAt(w.letters, text, from, to)) scanned[slot] = w = about(text.slice(from, to));
  return w.syllable ? w.letters : undefined;
}

interface Tables {
  /** Each toned syllable's characters, as the generated table lists them. */
  tonedChars: Map<string, string>;
  /** Each toneless syllable's characters (those of its toned syllables), ü also spelled u (lü → lv, lu). */
  baseChars: Map<string, string>;
  toned: Set<string>;
  bases: Set<string>;
  /**
   * Those characters as sets, made on first use: a page asks about a few hundred syllables, and making
   * sets for every character at once took tens of milliseconds of the page's main thread.
   */
  sets: Map<string, Set<number>>;
  /** GBK first byte → the Han characters with readings that start with it, and their second byte. */
  byLead?: Map<number, { char: string; trail: number }[]>;
  /** Answers of keysStartingWith by readings, then by first byte: pages repeat the same few keys. */
  keyCache: Map<string, { char: string; trail: number }[][]>;
}
let tables: Tables | undefined;

const GROUPS = (): string[] => READINGS.split('|');

/** The tables; a function this small is inlined where they are read, its builder is not. */
const load = (): Tables => (tables ??= buildTables());

function buildTables(): Tables {
  const tonedChars = new Map<string, string>();
  const baseChars = new Map<string, string>();
  const toned = new Set<string>();
  const bases = new Set<string>();
  for (const group of GROUPS()) {
    const colon = group.indexOf(':');
    const syllable = group.slice(0, colon);
    const chars = group.slice(colon + 1);
    const base = stripTones(syllable);
    toned.add(syllable);
    bases.add(base);
    tonedChars.set(syllable, (tonedChars.get(syllable) ?? '') + chars);
    for (const spelling of new Set([base, base.replace(/v/g, 'u')])) baseChars.set(spelling, (baseChars.get(spelling) ?? '') + chars);
  }
  return { tonedChars, baseChars, toned, bases, sets: new Map(), keyCache: new Map() };
}

/**
 * The characters of a toned syllable (`toned`) or of a toneless one, as a set of code points: keys are looked
 * up by the code their bytes decode to, and a number is found faster than a string made for it.
 */
function charSet(t: Tables, syllable: string, toned: boolean): Set<number> {
  const key = `${toned ? 't' : 'b'}:${syllable}`;
  let set = t.sets.get(key);
  if (!set) {
    set = new Set(Array.from((toned ? t.tonedChars : t.baseChars).get(syllable) ?? '', (ch) => ch.codePointAt(0)!));
    t.sets.set(key, set);
  }
  return set;
}

/**
 * Whether a written reading belongs to the character. Tones are not compared: sites fix one reading per
 * character from their own dictionary (tone sandhi such as 一(yì), or a tone pinyin-pro lacks), and the
 * syllable alone already ties the reading to the character.
 */
export function readingFits(cp: number, syllable: string): boolean {
  const w = about(syllable);
  return (w.chars ??= charSet(load(), w.base, false)).has(cp);
}

const KEY_CACHE_SIZE = 1024;

/** The reading is the character's with the very tone written (toneless readings carry none to compare). */
function readingExact(cp: number, syllable: string): boolean {
  return hasToneMark(syllable) ? charSet(load(), syllable, true).has(cp) : readingFits(cp, syllable);
}

const NO_KEYS: readonly { char: string; trail: number }[] = [];

/**
 * Characters whose GBK code starts with `lead` and which have every one of the readings: those with the tones
 * as written when there are any (a site writes its key's own reading), else those with the syllables.
 */
export function keysStartingWith(lead: number, readings: readonly string[]): readonly { char: string; trail: number }[] {
  const t = load();
  if (!t.byLead) {
    t.byLead = new Map();
    const withReadings = new Set<string>();
    for (const group of GROUPS()) for (const ch of group.slice(group.indexOf(':') + 1)) withReadings.add(ch);
    for (const ch of withReadings) {
      const code = ch.length === 1 ? gbkCode(ch.charCodeAt(0)) : -1;
      if (code <= 0xff) continue;
      const list = t.byLead.get(code >> 8) ?? [];
      list.push({ char: ch, trail: code & 0xff });
      t.byLead.set(code >> 8, list);
    }
  }
  const candidates = t.byLead.get(lead);
  if (!candidates) return NO_KEYS; // not a lead byte (or none of a character with a reading)
  // One reading is its own id: a string shared by every reading of the syllable, hashed once.
  const id = readings.length === 1 ? readings[0] : readings.join('/');
  let byLead = t.keyCache.get(id);
  if (!byLead) {
    if (t.keyCache.size >= KEY_CACHE_SIZE) t.keyCache.clear();
    t.keyCache.set(id, (byLead = []));
  }
  let keys = byLead[lead];
  if (!keys) {
    const fitting = candidates.filter((k) => readings.every((r) => readingFits(k.char.codePointAt(0)!, r)));
    const exact = fitting.filter((k) => readings.every((r) => readingExact(k.char.codePointAt(0)!, r)));
    byLead[lead] = keys = exact.length ? exact : fitting;
  }
  return keys;
}
