/**
 * Bytes the corruption destroyed, chosen by likelihood in context. A "?" swallowed one byte: when a reading
 * follows, the byte completes that reading's key (usually one choice); otherwise it is the byte that makes
 * the text around it read most ordinarily. The site's decoder also dropped byte pairs it could not map
 * (user-defined GBK codes, which arise inside mojibake runs): an uncommon character in a repaired run is
 * tested for such a pair in its middle.
 */
import { gbkPair } from '../../codecs/gbk.ts';
import { codePointGlyphCost, withCharBits } from '../../hanzi/plausibility.ts';
import { simplifiedCode } from '../../hanzi/variants.ts';
import { sortedBy } from '../../sorted.ts';
import { HIGH_BYTES } from './keys.ts';

export interface Slot {
  /** Offset in the original bytes. */
  at: number;
  /** key: a byte of a dictionary key; trail: the byte a "?" inside a mojibake run stood for;
   * bang: the byte before a ！ that became "!!"; ascii: the non-trail byte swallowed with a trail (its one
   * candidate is a guess, or UNKNOWN_ASCII);
   * drop: the first byte of a dropped pair whose second byte a reading names. */
  role: 'key' | 'trail' | 'bang' | 'ascii' | 'drop';
  candidates: readonly number[];
  /** The character holding this byte must be one of these (lead << 8 | trail): a key whose reading follows. */
  codes?: ReadonlySet<number>;
}

/** What each original byte is in its character. */
export const SINGLE = 0;
export const LEAD = 1;
export const TRAIL = 2;

/** Placeholders: an unknown byte that was high (≥ 0x81), or ASCII and cannot be told (decodes as U+FFFD). */
export const UNKNOWN_HIGH = -1;
export const UNKNOWN_ASCII = -2;

const isPrivateUse = (cp: number): boolean => cp >= 0xe000 && cp <= 0xf8ff;

/**
 * WHATWG gbk decoding of the character at bytes[i] (bytes from `to` on not read; unknown ones as U+FFFD): its
 * code point (all BMP) times two, plus one when it takes two bytes. Candidates' windows are read by it without
 * an array made for each.
 */
function charAt(bytes: readonly number[], i: number, to: number): number {
  const b = bytes[i];
  if (b >= 0 && b < 0x80) return b * 2;
  if (b === 0x80) return 0x20ac * 2; // €
  if (b < 0 || b === 0xff || i + 1 >= to) return 0xfffd * 2;
  const cp = gbkPair(b, bytes[i + 1]);
  return (cp > 0 ? cp : 0xfffd) * 2 + (cp > 0 || bytes[i + 1] >= 0x80 ? 1 : 0);
}

/** WHATWG gbk decoding of original bytes[from, to): the characters' code points and where each starts. */
export function decodeOriginal(bytes: readonly number[], from = 0, to = bytes.length): { codes: number[]; starts: number[] } {
  const codes: number[] = [];
  const starts: number[] = [];
  for (let i = from; i < to; ) {
    const char = charAt(bytes, i, to);
    starts.push(i);
    codes.push(char >> 1);
    i += 1 + (char & 1);
  }
  return { codes, starts };
}

/** Window of whole characters around byte `at`: its own and about two on either side. */
function windowAround(roles: readonly number[], at: number): [number, number] {
  let from = at;
  for (let chars = 0; from > 0 && chars < 3; ) if (roles[--from] !== TRAIL) chars++;
  let to = at + 1;
  for (let chars = 0; to < roles.length && chars < 3; to++) if (roles[to] !== TRAIL) chars++;
  while (to < roles.length && roles[to] === TRAIL) to++;
  return [from, Math.min(to, roles.length)];
}

/** The plausibility of the decoded bytes[from, to). */
function windowBits(bytes: readonly number[], from: number, to: number): number {
  let bits = 0;
  let previous = -1;
  let previousSimple = -1;
  for (let i = from; i < to; ) {
    const char = charAt(bytes, i, to);
    const simple = simplifiedCode(char >> 1);
    bits = withCharBits(bits, previous, previousSimple, char >> 1, simple);
    previous = char >> 1;
    previousSimple = simple;
    i += 1 + (char & 1);
  }
  return bits;
}

/** How many of the likeliest choices by their own characters are then read in context. */
const SHORTLIST = 6;

/**
 * Adds a choice to a list of the `size` lowest by cost, as a stable sort of all of them would order them
 * (among equal costs, the first added first): most of a slot's choices never enter it.
 */
export function keepLowest<T extends { cost: number }>(list: T[], item: T, size: number): void {
  let at = list.length;
  while (at > 0 && list[at - 1].cost > item.cost) at--;
  if (at >= size) return;
  if (list.length < size) list.push(item);
  // Those after it move down one (the last falls off a full list): a splice costs more at these lengths.
  for (let k = list.length - 1; k > at; k--) list[k] = list[k - 1];
  list[at] = item;
}

/** Whether keepLowest would add a choice of this cost: most choices are not, and are then not made. */
export const entersLowest = (list: readonly { cost: number }[], cost: number, size: number): boolean =>
  list.length < size || list[size - 1].cost > cost;

/** Cost of the character two bytes make (Infinity when they make none). */
function pairCost(lead: number, trail: number): number {
  const cp = gbkPair(lead, trail);
  return cp > 0 && !isPrivateUse(cp) ? codePointGlyphCost(cp) : Infinity;
}

/** Whether two bytes make a real character (not private use, not invalid). */
export const isCharacter = (lead: number, trail: number): boolean => pairCost(lead, trail) < Infinity;

/** Whether the site's decoder dropped this pair: it decodes to a private-use (user-defined) character. */
export const isDropped = (lead: number, trail: number): boolean => isPrivateUse(gbkPair(lead, trail));

interface Choice {
  value: number;
  partner: number;
  cost: number;
}

/**
 * Shortlists of a slot that may be any high byte next to a known byte, by that byte and whether the slot leads:
 * ranking all 126 values took most of a slot's time, and the same ones recur (a "?!" stands before the A3 of ！).
 */
const highByteChoices = new Map<number, readonly Choice[]>();

/** The slot's likeliest values (with their partners when the partner is a slot too) by the character alone. */
function rankChoices(slot: Slot, isLead: boolean, partners: readonly number[], partnerSlot: Slot | undefined): readonly Choice[] {
  const shared = slot.candidates === HIGH_BYTES && !slot.codes && !partnerSlot;
  const id = partners[0] * 2 + (isLead ? 1 : 0);
  const known = shared ? highByteChoices.get(id) : undefined;
  if (known) return known;
  const ranked: Choice[] = [];
  for (const value of slot.candidates) {
    for (const partner of partners) {
      const lead = isLead ? value : partner;
      const trail = isLead ? partner : value;
      const code = (lead << 8) | trail;
      if (slot.codes?.has(code) === false || partnerSlot?.codes?.has(code) === false) continue;
      const cost = pairCost(lead, trail);
      if (cost < Infinity && entersLowest(ranked, cost, SHORTLIST)) keepLowest(ranked, { value, partner, cost }, SHORTLIST);
    }
  }
  if (shared) highByteChoices.set(id, ranked);
  return ranked;
}

/**
 * Fixes every slot's byte. The other byte of its character may be a later slot (日?qǐng)?bào) hides both
 * bytes of 報): the two are then chosen together.
 */
export function resolveSlots(bytes: number[], roles: readonly number[], slots: readonly Slot[]): void {
  // Bytes with one possible value first: they are context for the others (車?lì)^(guò): 過 for 超).
  for (const slot of slots) if (slot.candidates.length === 1) bytes[slot.at] = slot.candidates[0];
  for (const slot of sortedBy(slots, (a, b) => a.at - b.at)) {
    if (slot.candidates.length === 1) continue;
    const partnerAt = roles[slot.at] === LEAD ? slot.at + 1 : slot.at - 1;
    const partnerSlot = bytes[partnerAt] === UNKNOWN_HIGH ? slots.find((s) => s.at === partnerAt) : undefined;
    const partners = partnerSlot ? partnerSlot.candidates : [bytes[partnerAt]];
    // Rank by the character alone, then read the likeliest few in context.
    const ranked = rankChoices(slot, roles[slot.at] === LEAD, partners, partnerSlot);
    const [from, to] = windowAround(roles, slot.at);
    let best = ranked[0]?.value ?? slot.candidates[0];
    let bestBits = Infinity;
    for (const { value, partner } of ranked.length > 1 ? ranked : []) {
      bytes[slot.at] = value;
      if (partnerSlot) bytes[partnerAt] = partner;
      const bits = windowBits(bytes, from, to);
      if (bits < bestBits) {
        best = value;
        bestBits = bits;
      }
    }
    bytes[slot.at] = best;
    if (partnerSlot) bytes[partnerAt] = UNKNOWN_HIGH;
  }
}

/** Both characters a drop would restore must be ordinary (bits). */
const ORDINARY = 13;
/** Pairs by their own characters that are then read in context. */
const DROP_SHORTLIST = 24;
/**
 * What assuming a dropped pair costs (bits). Not much: inside a mojibake run about one pair in ten is a
 * user-defined code (a trail byte of AA–AF or F8–FE before a lead byte of A1 or more).
 */
const DROP_PRIOR = 4;
/**
 * Only a character less common than this in a repaired run is tested for a drop: an ordinary one is almost
 * always the original, and two common characters forming a word can outscore it by chance (京津冀 → 京津见到).
 */
const RARE = 12;

let droppedFirsts: number[] | undefined;
/** First bytes of the pairs that decode to private-use characters (the site's decoder emitted nothing). */
export function firstsOfDropped(): readonly number[] {
  if (!droppedFirsts) {
    droppedFirsts = [];
    for (let x = 0x81; x <= 0xfe; x++) {
      for (let y = 0x40; y <= 0xfe; y++) {
        if (!isDropped(x, y)) continue;
        droppedFirsts.push(x);
        break;
      }
    }
  }
  return droppedFirsts;
}

/** Bytes that make an ordinary character before `trail`, with its cost, cheapest first (made per byte). */
const secondsBefore: ({ y: number; cost: number }[] | undefined)[] = [];

function ordinarySeconds(trail: number): { y: number; cost: number }[] {
  let list = secondsBefore[trail];
  if (!list) {
    list = [];
    for (let y = 0x81; y <= 0xfe; y++) {
      const cost = pairCost(y, trail);
      if (cost <= ORDINARY) list.push({ y, cost });
    }
    secondsBefore[trail] = list.sort((a, b) => a.cost - b.cost); // a stable sort: ties stay in byte order
  }
  return list;
}

/**
 * A common character is almost always the original one. Full-width forms (the A3 row) are not: inside a
 * run they are what is left of a split ， (A3 AC), whose AC starts a user-defined pair with the next byte.
 */
function isOrdinaryInRun(lead: number, trail: number): boolean {
  const cp = gbkPair(lead, trail);
  return pairCost(lead, trail) < RARE && !(cp >= 0xff01 && cp <= 0xff5e);
}

/**
 * Dropped pairs to splice in before byte `at`, for each `at` in `boundaries` where a character straddles two
 * observed characters: kept where the text around reads more ordinarily with the pair than without.
 */
export function findDrops(bytes: readonly number[], roles: readonly number[], boundaries: readonly number[]): { at: number; pair: [number, number] }[] {
  const drops: { at: number; pair: [number, number] }[] = [];
  for (const at of boundaries) {
    const lead = bytes[at - 1];
    const trail = bytes[at];
    if (isOrdinaryInRun(lead, trail)) continue;
    const shortlist: { x: number; y: number; cost: number }[] = [];
    for (const x of firstsOfDropped()) {
      const first = pairCost(lead, x);
      if (first > ORDINARY) continue;
      // Cheapest first (ties in byte order, as they are met when all are tried): the first that does not
      // make the shortlist ends the search, for none after it would.
      for (const second of ordinarySeconds(trail)) {
        const cost = first + second.cost;
        if (!entersLowest(shortlist, cost, DROP_SHORTLIST)) break;
        if (isDropped(x, second.y)) keepLowest(shortlist, { x, y: second.y, cost }, DROP_SHORTLIST);
      }
    }
    if (!shortlist.length) continue;
    const [from, to] = windowAround(roles, at);
    let best: [number, number] | undefined;
    let bestBits = windowBits(bytes, from, to) - DROP_PRIOR;
    // The window with the pair spliced in, its two bytes set for each candidate.
    const spliced = [...bytes.slice(from, at), 0, 0, ...bytes.slice(at, to)];
    for (const { x, y } of shortlist) {
      spliced[at - from] = x;
      spliced[at - from + 1] = y;
      const bits = windowBits(spliced, 0, spliced.length);
      if (bits < bestBits) {
        best = [x, y];
        bestBits = bits;
      }
    }
    if (best) drops.push({ at, pair: best });
  }
  return drops;
}
