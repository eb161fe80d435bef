/**
 * GBK glitches: a reading the sites inserted inside a character, not after it (research §2: their
 * `bytes.replace(key, key + "(" + reading + ")")` is not multibyte-aware, so a key can match across two
 * characters). The server then decoded the bytes with a decoder that turns a lead byte followed by a
 * non-trail byte into "?" (consuming both) and drops pairs it cannot map, so the "(" after such a key is
 * swallowed: `日?qǐng)?bào)` for 日報, where D5 88 across 日|報 spelled 請.
 *
 * A "?" that stands for a swallowed byte opens a region that is rebuilt as the original bytes: observed
 * characters re-encoded, readings removed, the "?" as an unknown byte that the reading's key constrains,
 * ！ for the "!!" of the sites' A3 A1 rule. The region goes on while those bytes are out of step with the
 * observed characters (the mojibake run) and is decoded again; the decoded text is the repair. Nothing here
 * knows any particular string.
 */
import { gbkCode, gbkPair } from '../../codecs/gbk.ts';
import { codePointCost, textCost } from '../../hanzi/char-cost.ts';
import type { Finding } from './annotations.ts';
import {
  HIGH_BYTES, hiddenKeys, isBracket, isLeadByte, keyCode, readingAt, SWALLOWED, withTrailingSpace, type ReadOptions,
} from './keys.ts';
import { decodeOriginal, findDrops, firstsOfDropped, isCharacter, isDropped, LEAD, resolveSlots, SINGLE, TRAIL, UNKNOWN_ASCII, UNKNOWN_HIGH, type Slot } from './lost-bytes.ts';
import { parseReadingGroup } from './reading-syntax.ts';

/** A piece of observed text inside a region and the original bytes it stands for. */
interface Unit {
  kind: 'char' | 'insertion' | 'lost' | 'drop';
  start: number;
  end: number;
  bStart: number;
  bEnd: number;
  readings?: string[];
}

/** Original bytes of a region being rebuilt (the character before it first, as context). */
interface Region {
  bytes: number[];
  /** SINGLE, LEAD or TRAIL: what each byte is in its character. */
  roles: number[];
  /** A lead byte still waits for its trail: the bytes are out of step with the observed characters. */
  pending: boolean;
  units: Unit[];
  slots: Slot[];
  context: number;
}

const BANG = [0xa3, 0xa1]; // ！ in GBK, replaced with "!!" by the site
/** Characters after a region read as context when lost bytes are chosen. */
const RIGHT_CONTEXT = 2;
/** Mojibake runs seen in the wild stay under ~12 characters; a longer search is a wrong hypothesis. */
const MAX_REGION_UNITS = 48;
/** A region repaired without any inserted reading to anchor it must make the text far more ordinary (bits). */
const UNANCHORED_GAIN = 10;
/** An anchored repair may cost a little more: "?" is cheap, the characters it hid are not. */
const ANCHORED_SLACK = 5;

/** Closing punctuation a "?!" at the end of a quote or a paragraph stands for. */
const PUNCTUATION_ONLY = /^[。，、；：？！”’」』）】》〉]+$/;

/** What is left of a tag whose "<" a "?" swallowed: `/p>`, `br>`. */
const TAG_REMNANT = /^\/?[a-zA-Z][a-zA-Z0-9]{0,9}>/;

const isHigh = (b: number): boolean => b === UNKNOWN_HIGH || isLeadByte(b);
const isTrail = (b: number): boolean => b === UNKNOWN_HIGH || (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe);

function push(r: Region, b: number): void {
  if (r.pending && isTrail(b)) {
    r.pending = false;
    r.roles.push(TRAIL);
  } else {
    r.pending = isHigh(b); // an invalid trail is read again as a lead, as decoders do
    r.roles.push(r.pending ? LEAD : SINGLE);
  }
  r.bytes.push(b);
}

/** Pushes the original bytes of the (GBK-encodable) character text[i]. */
function pushChar(r: Region, text: string, i: number): void {
  const code = gbkCode(text.charCodeAt(i));
  if (code > 0xff) {
    push(r, code >> 8);
    push(r, code & 0xff);
  } else push(r, code);
}

function addSlot(r: Region, role: Slot['role'], candidates: readonly number[]): void {
  r.slots.push({ at: r.bytes.length, role, candidates });
  push(r, role === 'ascii' ? UNKNOWN_ASCII : UNKNOWN_HIGH);
}

const slotAt = (r: Region, at: number): Slot | undefined => (r.bytes[at] === UNKNOWN_HIGH ? r.slots.find((s) => s.at === at) : undefined);
const valuesAt = (r: Region, at: number): readonly number[] => (at < 0 ? [] : (slotAt(r, at)?.candidates ?? [r.bytes[at]]));

/** A "?" at text[i] that stands for swallowed bytes; returns the index after it, or -1 when it is a "?". */
function readQuestion(text: string, i: number, to: number, r: Region, options: ReadOptions): number {
  const n = r.bytes.length;
  // "?reading)": the key's second byte and the "(" after it became one "?".
  const reading = readingAt(text, i, to, valuesAt(r, n - 1), SWALLOWED, options);
  if (reading) {
    const prev = slotAt(r, n - 1);
    if (prev) prev.candidates = reading.leads;
    addSlot(r, 'key', reading.trails);
    // When the key is a whole character of the original bytes, both its bytes must spell one of the keys.
    if (r.roles[n - 1] === LEAD) for (const slot of [prev, r.slots.at(-1)]) if (slot) slot.codes = reading.codes;
    r.units.push({ kind: 'lost', start: i, end: i + 1, bStart: n, bEnd: n + 1 });
    r.units.push({ kind: 'insertion', start: i + 1, end: reading.end, bStart: n + 1, bEnd: n + 1, readings: reading.readings });
    return reading.end;
  }
  if (text[i + 1] === '!') {
    // "?!": a lead byte swallowed the first "!" of the "!!" that replaced A3 A1.
    addSlot(r, 'bang', HIGH_BYTES);
    for (const b of BANG) push(r, b);
    r.units.push({ kind: 'lost', start: i, end: i + 2, bStart: n, bEnd: r.bytes.length });
    return i + 2;
  }
  if (!r.pending) return -1;
  // Inside a mojibake run a reading's key may also have lost its first byte to a dropped pair.
  const group = parseReadingGroup(text, i + 1);
  const codes = new Set(group && group.end <= to ? HIGH_BYTES.flatMap((y) => hiddenKeys(y, group.readings).map((k) => (y << 8) | k.trail)) : []);
  if (group && codes.size && dropHidingKey(r, n, codes)) {
    addSlot(r, 'key', [...new Set([...codes].map((code) => code & 0xff))]);
    r.slots.at(-1)!.codes = codes;
    r.units.push({ kind: 'lost', start: i, end: i + 1, bStart: n + 2, bEnd: n + 3 });
    const end = withTrailingSpace(text, group.end, to, group.readings, options);
    r.units.push({ kind: 'insertion', start: i + 1, end, bStart: n + 3, bEnd: n + 3, readings: group.readings });
    return end;
  }
  // Otherwise this "?" is the byte that ended a character, read as a lead with the byte after it.
  addSlot(r, 'trail', HIGH_BYTES);
  const tag = TAG_REMNANT.exec(text.slice(i + 1, i + 14));
  if (tag) {
    // That byte was the "<" of markup, whose rest leaked into the text (。”?/p>): no text is lost, and the
    // remnant goes.
    r.units.push({ kind: 'lost', start: i, end: i + 1 + tag[0].length, bStart: n, bEnd: r.bytes.length });
    return i + 1 + tag[0].length;
  }
  // Before Chinese text a folded page's lost byte is most likely ","; before digits or letters ("?G基站" for
  // 5G) it was most likely one of those, and which cannot be told.
  if (i + 1 < text.length) addSlot(r, 'ascii', [text.charCodeAt(i + 1) >= 0x80 ? options.swallowed() : UNKNOWN_ASCII]);
  r.units.push({ kind: 'lost', start: i, end: i + 1, bStart: n, bEnd: r.bytes.length });
  return i + 1;
}

/** A visible reading at text[i] whose key is the two bytes before it; -1 when there is none. */
function readInsertion(text: string, i: number, to: number, r: Region, options: ReadOptions): number {
  const n = r.bytes.length;
  const reading = n >= 2 ? readingAt(text, i, to, valuesAt(r, n - 2), valuesAt(r, n - 1), options) : undefined;
  if (!reading) return -1;
  for (const slot of [slotAt(r, n - 2), slotAt(r, n - 1)]) if (slot) slot.codes = reading.codes;
  const slot = slotAt(r, n - 1);
  if (slot) slot.candidates = reading.trails;
  r.units.push({ kind: 'insertion', start: i, end: reading.end, bStart: n, bEnd: n, readings: reading.readings });
  return reading.end;
}

function readChar(text: string, i: number, r: Region): number {
  const n = r.bytes.length;
  pushChar(r, text, i);
  r.units.push({ kind: 'char', start: i, end: i + 1, bStart: n, bEnd: r.bytes.length });
  return i + 1;
}

function readUnit(text: string, i: number, to: number, r: Region, options: ReadOptions): number {
  const next = text[i] === '?' ? readQuestion(text, i, to, r, options) : isBracket(text[i]) ? readInsertion(text, i, to, r, options) : -1;
  return next >= 0 ? next : readChar(text, i, r);
}

/** Splices a pair the site's decoder dropped in at byte `at`, before the observed unit there (or at the end). */
function insertDrop(r: Region, at: number, pair: readonly [number, number]): void {
  const end = at === r.bytes.length;
  r.bytes.splice(at, 0, ...pair);
  r.roles.splice(at, 0, TRAIL, LEAD);
  if (end) r.pending = true; // the pair's second byte waits for its trail
  for (const s of r.slots) if (s.at >= at) s.at += 2;
  let index = r.units.findIndex((u) => u.bStart >= at && u.bEnd > u.bStart);
  if (index < 0) index = r.units.length;
  for (const u of r.units.slice(index)) {
    u.bStart += 2;
    u.bEnd += 2;
  }
  const textAt = r.units[index]?.start ?? r.units.at(-1)?.end ?? 0;
  r.units.splice(index, 0, { kind: 'drop', start: textAt, end: textAt, bStart: at, bEnd: at + 2 });
}

/**
 * A key whose first byte the decoder dropped, in a pair with the byte before it (數?lù)@(xiǎn)示: 顯 is EF 40,
 * and FE EF decoded to nothing; 國?jīng)濟 with 經 = BD 9B behind F8 BD). Splices the pair in at byte `at`: its
 * second byte is one of the keys' first bytes `leads`, its first completes the character before. False when
 * no pair fits.
 */
function dropHidingKey(r: Region, at: number, codes: ReadonlySet<number>): boolean {
  const leads = [...new Set([...codes].map((code) => code >> 8))];
  const before = valuesAt(r, at - 1);
  const firsts = firstsOfDropped().filter((x) => leads.some((y) => isDropped(x, y)) && before.some((l) => isCharacter(l, x)));
  if (!firsts.length) return false;
  insertDrop(r, at, [UNKNOWN_HIGH, UNKNOWN_HIGH]);
  r.slots.push(
    { at, role: 'drop', candidates: firsts },
    { at: at + 1, role: 'key', candidates: leads.filter((y) => firsts.some((x) => isDropped(x, y))), codes },
  );
  return true;
}

/** A reading right after the ASCII byte that brought a run back in step, with its key's first byte dropped. */
function readInsertionAfterDrop(text: string, i: number, to: number, r: Region, options: ReadOptions): number {
  const last = r.units.at(-1);
  if (!last || last.kind !== 'char' || last.bEnd - last.bStart !== 1 || r.roles[last.bStart] !== TRAIL) return -1;
  const group = parseReadingGroup(text, i + 1);
  if (!group || group.end > to) return -1;
  const trail = r.bytes[last.bStart];
  const codes = new Set(HIGH_BYTES.filter((y) => keyCode(y, trail, group.readings)).map((y) => (y << 8) | trail));
  if (!codes.size || !dropHidingKey(r, last.bStart, codes)) return -1;
  const end = withTrailingSpace(text, group.end, to, group.readings, options);
  r.units.push({ kind: 'insertion', start: i, end, bStart: r.bytes.length, bEnd: r.bytes.length, readings: group.readings });
  return end;
}

/** Offsets where an original character straddles two observed units: where a dropped pair could hide. */
function straddles(r: Region): number[] {
  return r.units.filter((u) => u.kind !== 'drop' && u.bEnd > u.bStart && u.bStart > r.context && r.roles[u.bStart] === TRAIL).map((u) => u.bStart);
}

/** Rebuilds the region that starts with the "?" at text[at]; undefined when no repair holds. */
export function readRegion(text: string, at: number, to: number, context: readonly number[], options: ReadOptions):
  { finding: Finding; end: number; tail: number[] } | undefined {
  const r: Region = { bytes: [], roles: [], pending: false, units: [], slots: [], context: context.length };
  for (const b of context) push(r, b);
  let i = readQuestion(text, at, to, r, options);
  if (i < 0) return undefined;
  while (i < to) {
    if (r.pending) {
      // Out of step with the observed characters: the mojibake run goes on.
      if (r.units.length >= MAX_REGION_UNITS) return undefined;
      i = readUnit(text, i, to, r, options);
      continue;
    }
    // Back in step: only a reading inserted right after the region still belongs to it (日?qǐng)?bào)).
    let next = isBracket(text[i]) ? readInsertion(text, i, to, r, options) : -1;
    if (next < 0 && isBracket(text[i])) next = readInsertionAfterDrop(text, i, to, r, options);
    if (next < 0) break;
    i = next;
  }
  if (r.pending) return undefined;
  // The characters after the region (back in step) are context for choosing lost bytes (數據顯|示).
  const end = r.bytes.length;
  for (let k = i; k < Math.min(to, i + RIGHT_CONTEXT) && text[k] !== '?' && !isBracket(text[k]); k++) pushChar(r, text, k);
  resolveSlots(r.bytes, r.roles, r.slots);
  // Only a reading's key proves a mojibake run; without one, no search for what the run may have lost.
  const anchored = r.slots.some((s) => s.role === 'key');
  const drops = anchored ? findDrops(r.bytes, r.roles, straddles(r)) : [];
  for (const drop of drops.reverse()) insertDrop(r, drop.at, drop.pair);

  const limit = end + 2 * drops.length;
  const { codes, starts } = decodeOriginal(r.bytes, 0, limit);
  const skip = starts.indexOf(r.context);
  if (skip < 0) return undefined;
  const units = r.units;
  const keys: Finding['keys'][number][] = [];
  let gain = 0;
  for (const u of units) {
    if (u.kind !== 'insertion') gain += textCost(text, u.start, u.end);
    else keys.push({ char: String.fromCharCode(gbkPair(r.bytes[u.bStart - 2], r.bytes[u.bStart - 1])), readings: u.readings ?? [] });
  }
  // A byte that cannot be told stays marked, and costs no more than the "?" that hid it.
  let after = '';
  let marks = 0;
  for (let k = skip; k < codes.length; k++) {
    const lost = codes[k] === 0xfffd;
    if (lost) marks++;
    gain -= codePointCost(lost ? 0x3f : codes[k]);
    after += String.fromCharCode(codes[k]);
  }
  const unknown = r.slots.filter((s) => s.role === 'ascii' && r.bytes[s.at] < 0).length;
  const broken = marks > unknown;
  const bang = r.slots.some((s) => s.role === 'bang');
  // A "?!" that gives only punctuation (。” at a paragraph's end) is kept, but proves nothing (Finding.proof).
  const punctuationOnly = !anchored && bang && PUNCTUATION_ONLY.test(after);
  if (broken || (anchored ? gain < -ANCHORED_SLACK : gain < UNANCHORED_GAIN && !punctuationOnly)) return undefined;
  const last = units.at(-1)!;
  return {
    finding: {
      kind: 'glitch',
      start: at,
      end: last.end,
      after,
      keys,
      guessed: drops.length > 0 || r.slots.some((s) => s.role !== 'key' && s.role !== 'ascii') || unknown > 0,
      bang,
      proof: !punctuationOnly,
    },
    end: last.end,
    tail: r.bytes.slice(starts.at(-1) ?? 0, limit),
  };
}
