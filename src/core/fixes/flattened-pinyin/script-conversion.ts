/**
 * Back from a mirror site's traditional characters to simplified: OpenCC's Taiwan→mainland character chain
 * (TWVariantsRevPhrases + TWVariantsRev, then TSPhrases + TSCharacters), which turns 發揮著 into 发挥着 where
 * plain t2s keeps 著, plus the sites' own mis-mappings. Never a phrase config (twp): those rewrite vocabulary
 * (核心→内核). Every table maps a character or phrase to one of the same length, so positions stay aligned.
 */
import { Trie, type DictGroup, type DictLike } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { simplifiedCode } from '../../hanzi/variants.ts';

/** Forms the sites' one-to-one converters write that OpenCC does not read: 陜 (U+965C) for 陕. */
const SITE_MISMAPPINGS: [string, string][] = [['陜', '陕']];

/** What a BMP code unit starts in a table (the low bits of its Stage.entries entry). */
const NO_KEY = 0;
/** Only the key that is the character itself. */
const OWN_KEY = 1;
/** A key of two characters or more (a phrase), and maybe its own. */
const PHRASE = 2;
/** A high surrogate: the astral character it starts may start a key. */
const ASTRAL = 3;
/** An ideographic description character: OpenCC passes over the sequence it starts whole. */
const IDS_OPERATOR = 4;
/** A flag beside those: the chain's earlier table reads the character (may change it), so this one only after. */
const EARLIER_CHANGE = 8;
/** The bits of an entry those use; above them, the value of the character's own key. */
const KIND_BITS = 0xf;
const VALUE_SHIFT = 4;

/** What a BMP code unit is to the Taiwan variants' keys (their `keyChars`). */
const IN_KEY = 1;
/** A character a key changes, or an ideographic description character: where the variants are read. */
const TO_READ = 2;

/**
 * One table of the chain (OpenCC's Trie, as its ConverterFactory builds it), with what its keys start with:
 * most characters start no key, and most others no phrase where they stand, so their key is at most the
 * character itself, whose value is read from an array without a look into the trie.
 */
interface Stage {
  trie: Trie;
  /**
   * Per code unit, NO_KEY, OWN_KEY, PHRASE, ASTRAL or IDS_OPERATOR with EARLIER_CHANGE, and above them the code
   * point its own key changes it to (0: none, or itself): one lookup per character read, and 0 for most of them.
   */
  entries: Int32Array;
  /** Bits of the first two code units of each phrase that starts in the BMP, hashed. */
  phrasePairs: Uint8Array;
  /** Astral code points that start a key: looked up in the trie. */
  astralStarts: Set<number>;
}

/** `earlier`: the key characters (keyCharsOf) of the tables the chain converts the text with first. */
function stage(group: DictGroup, earlier?: Uint8Array): Stage {
  const trie = new Trie();
  trie.loadDictGroup(group);
  const starts = new Uint8Array(0x10000);
  const phrasePairs = new Uint8Array(PAIR_BITS >> 3);
  const singles = new Int32Array(0x10000);
  const astralStarts = new Set<number>();
  // As loadDictGroup: the first table's value wins, and within a table the last line's.
  for (const dict of [...group].reverse()) {
    for (const [key, value] of entries(dict)) {
      const cp = key.codePointAt(0);
      if (cp === undefined) continue; // an empty key never matches
      if (cp > 0xffff) {
        astralStarts.add(cp);
      } else if (key.length > 1) {
        starts[cp] = PHRASE;
        const bit = pairBit(cp, key.charCodeAt(1));
        phrasePairs[bit >> 3] |= 1 << (bit & 7);
      } else {
        singles[cp] = value.codePointAt(0)!;
        if (starts[cp] === NO_KEY) starts[cp] = OWN_KEY;
      }
    }
  }
  starts.fill(ASTRAL, 0xd800, 0xdc00);
  starts.fill(IDS_OPERATOR, 0x2ff0, 0x3000);
  // Characters the chain's earlier table reads (an astral one by its first code unit).
  if (earlier) for (let c = 0; c <= 0xffff; c++) if (earlier[c] & TO_READ) starts[c] |= EARLIER_CHANGE;
  // A character whose own key keeps it, and that starts nothing else, is one the table passes over.
  const table = new Int32Array(0x10000);
  for (let c = 0; c <= 0xffff; c++) {
    const kind = starts[c] === OWN_KEY && singles[c] === c ? NO_KEY : starts[c];
    table[c] = kind | (singles[c] === c ? 0 : singles[c] << VALUE_SHIFT);
  }
  return { trie, entries: table, phrasePairs, astralStarts };
}

/** Bits for the phrases' first two code units: a few thousand phrases, so few other pairs share one. */
const PAIR_BITS = 1 << 17;
const pairBit = (first: number, second: number): number => (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_BITS - 1);

/** Whether a phrase may start with the BMP code unit `first` followed by `second` (false: surely none does). */
const mayStartPhrase = ({ phrasePairs }: Stage, first: number, second: number): boolean => {
  const bit = pairBit(first, second);
  return ((phrasePairs[bit >> 3] >> (bit & 7)) & 1) === 1;
};

const entries = (dict: DictLike): readonly (readonly [string, string])[] =>
  typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict;

/**
 * The characters a conversion changes, in the order they stand: `at` their offsets in its input, `to` their
 * new code points (one each: keys and values have as many code points). A text is converted by the changes
 * alone, with no converted copy of it made and compared with it again.
 */
export interface Changes {
  at: number[];
  to: number[];
}

/** Adds the code points where `value` differs from the text it replaces at `at` (as many code points). */
function addDifferences(changes: Changes, text: string, at: number, value: string): void {
  for (let i = at, j = 0; j < value.length; ) {
    const was = text.codePointAt(i)!;
    const now = value.codePointAt(j)!;
    if (was !== now) {
      changes.at.push(i);
      changes.to.push(now);
    }
    i += was > 0xffff ? 2 : 1;
    j += now > 0xffff ? 2 : 1;
  }
}

/**
 * Trie.convert's changes to text[from, to) (longest key first, from left to right; no key runs on past `to`),
 * added to `changes`, asking the trie only where a phrase or an astral key can start. With `beforeEarlier`, the
 * text has not been through the chain's earlier table. False where reading stopped: at an ideographic
 * description, or with `beforeEarlier` where the earlier table would change a character.
 */
function readKeys(stage: Stage, text: string, changes: Changes, from: number, to: number, beforeEarlier: boolean): boolean {
  const { trie, entries, astralStarts } = stage;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const entry = entries[c];
    if (entry === 0) continue;
    if (entry & EARLIER_CHANGE && beforeEarlier) return false;
    const start = entry & KIND_BITS & ~EARLIER_CHANGE;
    if (start === IDS_OPERATOR) return false;
    let match: { end: number; value: string } | null = null;
    if (start === ASTRAL) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff && astralStarts.has(cp)) match = trie.matchPrefix(text, i);
      // Where the trie finds nothing, an astral character is left as it is.
      if (!match) {
        if (cp > 0xffff) i++;
        continue;
      }
    } else if (start === PHRASE && mayStartPhrase(stage, c, text.charCodeAt(i + 1))) {
      match = trie.matchPrefix(text, i);
    }
    if (match) {
      if (beforeEarlier) for (let k = i + 1; k < match.end; k++) if (entries[text.charCodeAt(k)] & EARLIER_CHANGE) return false;
      addDifferences(changes, text, i, match.value);
      i = match.end - 1;
      continue;
    }
    // Where the trie finds nothing, the character's own key is all that can change it.
    const single = entry >> VALUE_SHIFT;
    if (single) {
      changes.at.push(i);
      changes.to.push(single);
    }
  }
  return true;
}

/** Trie.convert's changes, read whole: OpenCC passes over an ideographic description sequence at once. */
function wholeChanges({ trie }: Stage, text: string): Changes {
  const whole: Changes = { at: [], to: [] };
  addDifferences(whole, text, 0, trie.convert(text));
  return whole;
}

/**
 * Trie.convert's changes. With `beforeEarlier`, the text has not been through the chain's earlier table:
 * undefined where that table would change any of it (or it holds an ideographic description), else the
 * changes, the earlier table's being none.
 */
function changesWith(stage: Stage, text: string, beforeEarlier: boolean): Changes | undefined {
  const changes: Changes = { at: [], to: [] };
  if (readKeys(stage, text, changes, 0, text.length, beforeEarlier)) return changes;
  return beforeEarlier ? undefined : wholeChanges(stage, text);
}

/**
 * The Taiwan variants' changes. Their keys hold under a thousand characters, and no key runs across another
 * character: only each stretch of key characters around a character they change (a few in a hundred) is read.
 */
function variantChanges(stage: Stage, keyChars: Uint8Array, text: string): Changes {
  const changes: Changes = { at: [], to: [] };
  for (let i = 0; i < text.length; ) {
    let changed = i;
    while (changed < text.length && !(keyChars[text.charCodeAt(changed)] & TO_READ)) changed++;
    if (changed === text.length) break;
    if (!(keyChars[text.charCodeAt(changed)] & IN_KEY)) return wholeChanges(stage, text); // an ideographic description
    let from = changed;
    while (from > i && keyChars[text.charCodeAt(from - 1)] & IN_KEY) from--;
    i = changed + 1;
    while (i < text.length && keyChars[text.charCodeAt(i)] & IN_KEY) i++;
    readKeys(stage, text, changes, from, i, false);
  }
  return changes;
}

/** Per BMP code unit, IN_KEY and TO_READ for the keys of `group` (surrogates: in a key, as astral ones may be). */
function keyCharsOf(group: DictGroup): Uint8Array {
  const keyChars = new Uint8Array(0x10000);
  keyChars.fill(IN_KEY, 0xd800, 0xe000);
  keyChars.fill(TO_READ, 0x2ff0, 0x3000);
  for (const dict of group) {
    for (const [key, value] of entries(dict)) {
      for (let i = 0; i < key.length; i++) keyChars[key.charCodeAt(i)] |= IN_KEY;
      const changed: Changes = { at: [], to: [] };
      addDifferences(changed, key, 0, value);
      for (const at of changed.at) keyChars[key.charCodeAt(at)] |= TO_READ;
    }
  }
  return keyChars;
}

/** The character of a code point: String.fromCodePoint is a call into the engine's C++, fromCharCode is not. */
export const charOf = (cp: number): string => (cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp));

/** The text with the changes made. */
export function applyChanges(text: string, { at, to }: Changes): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < at.length; k++) {
    out += text.slice(from, at[k]) + charOf(to[k]);
    from = at[k] + (text.codePointAt(at[k])! > 0xffff ? 2 : 1);
  }
  return from ? out + text.slice(from) : text;
}

/**
 * `first`'s changes to the text followed by `second`'s to the text they make, as changes to the text: a
 * character both change takes the second's code point, and is left out where that is its own again.
 */
function composed(text: string, first: Changes, second: Changes): Changes {
  if (!first.at.length) return second;
  const out: Changes = { at: [], to: [] };
  const lengthChange = (k: number): number => (first.to[k] > 0xffff ? 2 : 1) - (text.codePointAt(first.at[k])! > 0xffff ? 2 : 1);
  // `second` counts offsets in the changed text: `shift` is how far they lie past the same characters' here.
  let shift = 0;
  let k = 0;
  for (let j = 0; j < second.at.length; j++) {
    for (; k < first.at.length && first.at[k] + shift < second.at[j]; k++) {
      out.at.push(first.at[k]);
      out.to.push(first.to[k]);
      shift += lengthChange(k);
    }
    const at = second.at[j] - shift;
    // Only where the first changed the character can the second make it its own again.
    if (k < first.at.length && first.at[k] === at) {
      shift += lengthChange(k++);
      if (second.to[j] === text.codePointAt(at)) continue;
    }
    out.at.push(at);
    out.to.push(second.to[j]);
  }
  for (; k < first.at.length; k++) {
    out.at.push(first.at[k]);
    out.to.push(first.to[k]);
  }
  return out;
}

interface Stages {
  variants: Stage;
  variantKeyChars: Uint8Array;
  /**
   * Per BMP code unit the Taiwan variants may change (TO_READ), what they make of it wherever it stands: its own
   * key's value (or itself); -1 where that depends on its neighbours (a variant phrase holds it) or is no
   * single BMP character.
   */
  loneVariants: Int32Array;
  characters: Stage;
}

let stages: Stages | undefined;

function buildStages(): Stages {
  const group: DictGroup = [TWVariantsRevPhrases, TWVariantsRev];
  const variants = stage(group);
  const variantKeyChars = keyCharsOf(group);
  return { variants, variantKeyChars, loneVariants: loneVariantsOf(group, variants, variantKeyChars), characters: stage([TSPhrases, TSCharacters, SITE_MISMAPPINGS], variantKeyChars) };
}

function loneVariantsOf(group: DictGroup, variants: Stage, keyChars: Uint8Array): Int32Array {
  const inPhrase = new Uint8Array(0x10000);
  for (const dict of group) for (const [key] of entries(dict)) if (key.length > 1) for (let i = 0; i < key.length; i++) inPhrase[key.charCodeAt(i)] = 1;
  const lone = new Int32Array(0x10000).fill(-1);
  for (let c = 0; c <= 0xffff; c++) {
    const entry = variants.entries[c];
    const kind = entry & KIND_BITS;
    if (!(keyChars[c] & TO_READ) || inPhrase[c] || (kind !== NO_KEY && kind !== OWN_KEY)) continue;
    const value = entry >> VALUE_SHIFT;
    if (value <= 0xffff) lone[c] = value || c;
  }
  return lone;
}

/** A span of a text replaced with other text (a repair step). */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly after: string;
}

/** The text with the replacements made (in text order, none overlapping). */
export function withReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.start) + r.after;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * The first code unit of the text with the replacements made, from text offset `at` on, where replacements[k]
 * is the first that starts there or later (NaN at the end).
 */
function joinedCodeAt(text: string, replacements: readonly Replacement[], k: number, at: number): number {
  for (; k < replacements.length && replacements[k].start === at; k++) {
    if (replacements[k].after) return replacements[k].after.charCodeAt(0);
    at = replacements[k].end;
  }
  return text.charCodeAt(at);
}

/**
 * readKeys of the characters' table over a piece of the joined text, piece[from, to), which stands at `at` in
 * it; `next` is the joined text's code unit after the piece. A Taiwan variant is read as what the variants make
 * of it where that needs no neighbour (loneVariants). False where a piece cannot tell: where a phrase may start,
 * at another variant, an astral character or an ideographic description.
 */
function readPiece({ characters, loneVariants }: Stages, piece: string, from: number, to: number, at: number, next: number, changes: Changes): boolean {
  const { entries } = characters;
  for (let i = from; i < to; i++) {
    const c = piece.charCodeAt(i);
    let entry = entries[c];
    if (entry === 0) continue;
    let cp = c;
    if (entry & EARLIER_CHANGE) {
      cp = loneVariants[c];
      if (cp < 0) return false;
      entry = entries[cp] & ~EARLIER_CHANGE;
    }
    const kind = entry & KIND_BITS;
    if (kind === ASTRAL || kind === IDS_OPERATOR) return false;
    if (kind === PHRASE) {
      const second = i + 1 < to ? piece.charCodeAt(i + 1) : next;
      // A phrase reads the next character as the variants leave it.
      if (entries[second] & EARLIER_CHANGE || mayStartPhrase(characters, cp, second)) return false;
    }
    const now = entry >> VALUE_SHIFT || cp;
    if (now !== c) {
      changes.at.push(at + i - from);
      changes.to.push(now);
    }
  }
  return true;
}

/**
 * simplifiedChanges of the text with the replacements made (its offsets in that text), read piece by piece:
 * the text between replacements, and each one's text. A flattened ruby text holds a replacement every few
 * characters, and the text joined from them is made of as many strings, slower to read than the pieces. Where
 * the pieces cannot tell (readPiece), the joined text is converted.
 */
export function simplifiedChangesAfter(text: string, replacements: readonly Replacement[]): Changes {
  const all = (stages ??= buildStages());
  const changes: Changes = { at: [], to: [] };
  let from = 0;
  let at = 0; // where text[from] stands in the joined text
  for (let k = 0; k <= replacements.length; k++) {
    const r: Replacement | undefined = replacements[k];
    const to = r ? r.start : text.length;
    if (!readPiece(all, text, from, to, at, r ? joinedCodeAt(text, replacements, k, to) : NaN, changes)) break;
    if (!r) return changes;
    at += to - from;
    if (!readPiece(all, r.after, 0, r.after.length, at, joinedCodeAt(text, replacements, k + 1, r.end), changes)) break;
    at += r.after.length;
    from = r.end;
  }
  return simplifiedChanges(withReplacements(text, replacements));
}

/** The changes that bring the text back to simplified (as many code points). */
export function simplifiedChanges(text: string): Changes {
  const { variants, variantKeyChars, characters } = (stages ??= buildStages());
  // The Taiwan variants change a few dozen characters: a text with none of them is converted in one pass.
  const direct = changesWith(characters, text, true);
  if (direct) return direct;
  const first = variantChanges(variants, variantKeyChars, text);
  return composed(text, first, changesWith(characters, applyChanges(text, first), false)!);
}

const MISMAPPED = new Set(SITE_MISMAPPINGS.map(([traditional]) => traditional.codePointAt(0)));

const convertsToOther = (cp: number): boolean => simplifiedCode(cp) !== cp || MISMAPPED.has(cp);

/**
 * Whether each BMP code point is traditional-only, as a bit (made on first use, 8 KB): every character of a
 * text may be looked up, and the table of simplified forms is 32 times as large.
 */
let traditionalOnlyBits: Uint8Array | undefined;

function buildTraditionalOnlyBits(): Uint8Array {
  const bits = new Uint8Array(0x10000 >> 3);
  for (let cp = 0; cp <= 0xffff; cp++) if (convertsToOther(cp)) bits[cp >> 3] |= 1 << (cp & 7);
  return bits;
}

/** A traditional form that simplified text does not use (發, 國; not 著, which both scripts write). */
export function isTraditionalOnlyCode(cp: number): boolean {
  if (cp > 0xffff) return convertsToOther(cp);
  const bits = (traditionalOnlyBits ??= buildTraditionalOnlyBits());
  return ((bits[cp >> 3] >> (cp & 7)) & 1) === 1;
}
export const isTraditionalOnly = (ch: string): boolean => isTraditionalOnlyCode(ch.codePointAt(0) ?? 0);

/** Whether text.slice(from, to) holds a traditional-only character (told at the first: most texts hold one early or none). */
export function holdsTraditionalOnly(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdfff && i + 1 < to ? text.codePointAt(i)! : c;
    if (cp > 0xffff) i++;
    if (isTraditionalOnlyCode(cp)) return true;
  }
  return false;
}
