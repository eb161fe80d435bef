/**
 * Which character an inserted reading belongs to. The sites insert `(reading)` after the bytes of a dictionary
 * key, so the two original bytes before a reading must spell a character that has it (the key); when a "?"
 * swallowed the key's second byte, the candidates are the characters that start with the byte before.
 */
import { gbkPair } from '../../codecs/gbk.ts';
import { parseReadingGroup } from './reading-syntax.ts';
import { keysStartingWith, readingFits } from './readings.ts';
import { isTraditionalOnly } from './script-conversion.ts';

export interface ReadOptions {
  /** Whether the site put a space after this reading (`社會(hui) 變遷`); the space then goes with it. */
  trailingSpace: (readings: readonly string[]) => boolean;
  /** What a non-trail byte swallowed by "?" before Chinese text is taken to be: "," on pages folded to
   * ASCII, else unknown (UNKNOWN_ASCII). Asked only for such a byte: telling whether a page is folded
   * reads all of it. */
  swallowed: () => number;
}

export const isBracket = (ch: string | undefined): boolean => ch === '(' || ch === '（';
/** A byte the decoder reads as the lead of a pair. */
export const isLeadByte = (b: number): boolean => b >= 0x81 && b <= 0xfe;

/** Every byte value a lead can have: the candidates of a byte that is known only to have been one. */
export const HIGH_BYTES: readonly number[] = Array.from({ length: 0xfe - 0x81 + 1 }, (_, k) => 0x81 + k);

/** The code of the character two bytes spell when it has every one of the readings, else 0. */
export function keyCode(lead: number, trail: number, readings: readonly string[]): number {
  const cp = gbkPair(lead, trail);
  if (cp <= 0) return 0;
  for (const reading of readings) if (!readingFits(cp, reading)) return 0;
  return cp;
}

/** hiddenKeys by the keys starting with the lead, which keysStartingWith keeps while they are asked for. */
const hidden = new WeakMap<readonly { char: string; trail: number }[], readonly { char: string; trail: number }[]>();

/**
 * Keys starting with `lead` whose second byte a "?" swallowed (so the decoder read it as a lead). Sites'
 * dictionaries hold traditional forms: when some candidates are, the others are not considered.
 */
export function hiddenKeys(lead: number, readings: readonly string[]): readonly { char: string; trail: number }[] {
  const all = keysStartingWith(lead, readings);
  let keys = hidden.get(all);
  if (!keys) {
    const swallowed = all.filter((k) => isLeadByte(k.trail));
    const traditional = swallowed.filter((k) => isTraditionalOnly(k.char));
    hidden.set(all, (keys = traditional.length ? traditional : swallowed));
  }
  return keys;
}

/** Where an inserted reading ends: after the space the site writes with it, if it writes one. */
export const withTrailingSpace = (text: string, end: number, to: number, readings: readonly string[], options: ReadOptions): number =>
  text.charCodeAt(end) === 0x20 && end < to && options.trailingSpace(readings) ? end + 1 : end;

/** Stands for "any byte the decoder read as a lead": the key's second byte that a "?" swallowed. */
export const SWALLOWED: readonly number[] = [];

export interface Reading {
  /** Index after the reading (and its trailing space). */
  end: number;
  readings: string[];
  /** The keys it can follow, as lead << 8 | trail, and the bytes those use. */
  codes: Set<number>;
  leads: number[];
  trails: number[];
}

/**
 * A reading group after text[i] (a bracket there, or a "?" that swallowed it) whose key is a lead byte from
 * `leads` and a trail byte from `trails` (or SWALLOWED); undefined when the readings belong to no such key.
 */
export function readingAt(text: string, i: number, to: number, leads: readonly number[], trails: readonly number[], options: ReadOptions): Reading | undefined {
  const group = parseReadingGroup(text, i + 1);
  if (!group || group.end > to) return undefined;
  const found: Reading = { end: group.end, readings: group.readings, codes: new Set(), leads: [], trails: [] };
  for (const lead of leads) {
    if (trails === SWALLOWED) for (const k of hiddenKeys(lead, group.readings)) addKey(found, lead, k.trail);
    else for (const trail of trails) if (keyCode(lead, trail, group.readings)) addKey(found, lead, trail);
  }
  if (!found.codes.size) return undefined;
  found.end = withTrailingSpace(text, group.end, to, group.readings, options);
  return found;
}

/** Adds a key to those the reading can follow; leads are tried in turn, so a lead not last added is new. */
function addKey(reading: Reading, lead: number, trail: number): void {
  reading.codes.add((lead << 8) | trail);
  if (reading.leads.at(-1) !== lead) reading.leads.push(lead);
  if (!reading.trails.includes(trail)) reading.trails.push(trail);
}
