/**
 * Finds the spans of a text that some hypothesis (bytes of one encoding read as another) repairs, and
 * keeps the best non-overlapping ones. A span counts only when its repair is much less surprising than
 * the garbled text (see char-cost.ts): clean text also re-decodes by chance, but into rare characters.
 */
import { charCost, codePointCost, isHan, isPrivateUse, textCost } from '../../hanzi/char-cost.ts';
import { hasCommonWord } from '../../hanzi/plausibility.ts';
import { isBopomofo, mayBeMisdecoded } from '../../scan.ts';
import { big5Code, TWO_CODE_POINT_PAIR } from '../../codecs/big5.ts';
import { countOf } from '../../count-of.ts';
import { gbkCode } from '../../codecs/gbk.ts';
import { decodedText, decodedUnits, decodeFrom, decodeUnit, isMostlyUtf8, NO_CANDIDATES, putCodePoint, twoCodePointUnit, type Decoded, type DecodeSpan, type LostChar } from './decoders.ts';
import type { FixId } from '../../types.ts';
import type { Hypothesis } from './hypothesis.ts';
import { prefixCosts } from './prefix-costs.ts';
import { memoisedClasses } from '../../char-classes.ts';
import { isAsciiUnit, splitRuns, unitsOf, type MisreadCodec, type Run, type Units } from './units.ts';

export interface SpanRepair {
  hypothesis: Hypothesis;
  start: number;
  end: number;
  before: string;
  /** The repaired text; lost characters are U+FFFD, listed in `lost`. */
  after: string;
  lost: LostChar[];
  /** Cost of `before` minus cost of `after`, in bits. */
  gain: number;
  /** What competing repairs are ranked by: the gain, plus the evidence of a long valid UTF-8 span. */
  score: number;
  /** A long valid UTF-8 span: its bytes are UTF-8, even when the result is another layer of mojibake. */
  provesUtf8: boolean;
}

/** Han characters this surprising (bits) are rare enough to count as garbage. */
const RARE_HAN_COST = 15;

/** Switching between garbled and clean text inside a run costs this much (aligned search). */
const SWITCH_COST = 10;

/**
 * Evidence a span brings by itself: three or more multi-byte characters re-decoding validly almost never
 * happens by chance; fewer must also make the text much less surprising (to at most this share).
 */
const STRONG_MULTIBYTE = 3;
const WEAK_MAX_COST_SHARE = 0.6;
const WEAK_MIN_GAIN = 8;
const WEAK_MAX_CHAR_COST = 15;
/** A span may hold one pair shaped like an accented Latin word per this many multi-byte characters. */
const LATIN_SHARE = 3;
/**
 * From this many characters on, a valid UTF-8 span is proof enough even when the result is still
 * garbled (the inner layer of text garbled twice, full of rare and private-use characters).
 */
const PROOF_MULTIBYTE = 4;
const UTF8_EVIDENCE_BITS = 8;
/**
 * From this many characters on, a repair is judged more leniently (see lenient): a short repair into a rare
 * character, or one making no common word, is a coincidence; a long one holding a rare name (彰化, 砲校) or
 * made of names and new words the word list lacks (ÍøÒ×ºì²Ê is 网易红彩) is still right.
 */
const LENIENT_MULTIBYTE = 4;
/** A lenient repair may hold one character rarer than its hypothesis's maxCharCost per this many. */
const CHARACTERS_PER_RARE_ONE = 10;

/** `trusted`: the page shows this wrong decoding (PageEvidence.misreadings), so a short span needs no more evidence. */
function spanRepair(h: Hypothesis, text: string, units: Units, s: number, decoded: Decoded, trusted: boolean): SpanRepair | undefined {
  let { end } = decoded;
  const { lost, multiByte } = decoded;
  // Trailing ASCII that decoded to itself is left out of the span.
  const tail = Math.min(decoded.asciiTail, end - s - 1);
  end -= tail;
  const length = decoded.length - tail; // of the repair, in decodedUnits
  if (multiByte < h.minMultiByte) return undefined;
  // Accented Latin words pair each accented letter with the letter after it; Chinese followed by an English
  // word (房產資訊Estate) has at most its last pair so.
  if (decoded.latinWords * LATIN_SHARE > multiByte) return undefined;
  if (h.mostlyThreeByte && decoded.twoByte * 2 > multiByte) return undefined;
  // A repair that is mostly U+FFFD is no repair: UTF-8 read as Big5 loses most bytes, and 锟斤拷 is
  // U+FFFD itself, saved and garbled again.
  const { marks } = decoded; // an ASCII tail holds none
  const replaced = marks - lost.length;
  if (replaced * 3 > multiByte || lost.length * 2 > multiByte) return undefined;
  // Both limits from one pass over the decoded code units (every character's cost is looked up once), before a
  // string is made of them: most long spans that fail, fail here.
  const rareAllowed = Math.floor(multiByte / CHARACTERS_PER_RARE_ONE);
  const costs = h.maxCharCost !== undefined || h.maxMeanCost !== undefined ? costsOf(length, h.maxCharCost ?? Infinity, rareAllowed) : undefined;
  if (h.maxCharCost !== undefined) {
    const rare = costs!.costlier;
    if (rare > 0 && (rare > rareAllowed || !isLenient(units, s, end, multiByte, trusted))) return undefined;
  }
  if (h.maxMeanCost !== undefined && costs!.mean > h.maxMeanCost) return undefined;
  const start = units.at[s];
  const stop = units.endAt[end - 1];
  const before = text.slice(start, stop);
  if (h.minGarbage !== undefined && !trusted && garbageShare(before, h) < h.minGarbage) return undefined;
  const after = decodedText(length);
  if (before === after) return undefined;
  if (h.needsWord && !hasCommonWord(after) && !isLenient(units, s, end, multiByte, trusted)) return undefined;
  const beforeCost = prefixCosts.between(start, stop);
  // The decoder's sum counts the ASCII tail left out, so with one the repair is costed again.
  const gain = beforeCost - (tail ? textCost(after) : decoded.cost);
  const intactLong = multiByte - decoded.twoByte - marks;
  const provesUtf8 = h.encoding === 'utf-8' && intactLong >= PROOF_MULTIBYTE;
  // Invisible C1 controls in the result: its bytes are UTF-8, but what it gives is still cp1252 mojibake.
  const proof = provesUtf8 && !/[\u0080-\u009f]/.test(after);
  if (gain < (trusted ? 1 : h.minGain) && !proof) return undefined;
  if (multiByte < STRONG_MULTIBYTE && !trusted && !weakRepairHolds(after, beforeCost, gain, multiByte)) return undefined;
  // UTF-8 read as Big5 taken for GBK read as Big5 (or the other way round) gives UTF-8 mojibake again (銝𦠜絲 →
  // 涓婃捣 for 上海): the bytes were UTF-8, and lost bytes left them beyond repair.
  if (h.search === 'aligned' && mayBeMisdecoded(after.replaceAll('\ufffd', ''))) return undefined;
  const score = gain + (proof ? UTF8_EVIDENCE_BITS * multiByte : 0);
  return { hypothesis: h, start, end: stop, before, after, lost, gain, score, provesUtf8 };
}

/**
 * Whether a span from unit `s` to `end` is judged leniently (see LENIENT_MULTIBYTE). Western text never puts so
 * many accented letters side by side that they pair up into Chinese; UTF-8 mojibake does (Ã¨Â· → 猫路), but its
 * bytes are mostly valid UTF-8, as Chinese in GBK or Big5 rarely is. Asked only when needed: most spans fail or
 * pass the checks either way. (A function of its own, not a closure in spanRepair: that cost every span tried
 * an allocation.)
 */
function isLenient(units: Units, s: number, end: number, multiByte: number, trusted: boolean): boolean {
  return trusted || (multiByte >= LENIENT_MULTIBYTE && !isMostlyUtf8(units.bytes, units.byteOf[s], units.byteOf[end]));
}

/** Share of the non-ASCII characters that only garbling produces in Chinese text (by the hypothesis's decoder). */
function garbageShare(text: string, h: Hypothesis): number {
  const big5 = h.misreadAs === 'big5';
  let nonAscii = 0;
  let garbage = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x80) continue;
    nonAscii++;
    if (isGarbage(cp) || (big5 && isBig5Punctuation(cp))) garbage++;
  }
  return nonAscii ? garbage / nonAscii : 0;
}

/**
 * A short repair must turn rare characters into common Chinese ones (not ∹, not Armenian …). A lone
 * two-byte character beyond Latin-1 (Ä£ → ģ) is as likely an accented capital beside a symbol.
 */
function weakRepairHolds(after: string, beforeCost: number, gain: number, multiByte: number): boolean {
  if (gain < WEAK_MIN_GAIN || beforeCost - gain > WEAK_MAX_COST_SHARE * beforeCost) return false;
  if (multiByte === 1 && /[\u0100-\u07ff]/.test(after)) return false;
  return [...after].every((c) => c.charCodeAt(0) < 0x80 || c === '\ufffd' || charCost(c) <= WEAK_MAX_CHAR_COST);
}

/**
 * Of the first `length` decoded code units (decodedUnits), how many characters cost more than `bits`
 * (`costlier`), and the mean cost of the non-ASCII ones (`mean`), leaving out lost ones. Once more than `most`
 * cost more, the span fails whatever the rest: the pass ends there (`mean` then covers what it read).
 */
function costsOf(length: number, bits: number, most: number): { costlier: number; mean: number } {
  let costlier = 0;
  let n = 0;
  let total = 0;
  for (let i = 0; i < length; i++) {
    // A code point is read only at a high surrogate that has its low one (as codePointAt would).
    const c = decodedUnits[i];
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const low = decodedUnits[i + 1];
      if (low >= 0xdc00 && low <= 0xdfff) cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
    }
    if (cp > 0xffff) i++;
    if (cp === 0xfffd) continue;
    const cost = codePointCost(cp);
    if (cost > bits && ++costlier > most) break;
    if (cp < 0x80) continue;
    n++;
    total += cost;
  }
  return { costlier, mean: n ? total / n : 0 };
}

/** The text's units as a codec read them, and their runs. */
type UnitsAs = (codec: MisreadCodec) => { units: Units; runs: Run[] };

/**
 * UTF-8 read as a double-byte encoding leaves characters whose first byte is a UTF-8 lead of Chinese
 * (E3–EF); a run without one is not worth decoding.
 */
function showsUtf8Leads(units: Units, run: Run): boolean {
  for (let u = run.first; u < run.last; u++) {
    const lead = units.bytes[units.byteOf[u]];
    if (lead >= 0xe3 && lead <= 0xef) return true;
  }
  return false;
}

const NOTHING_PROVEN = new Uint8Array(0);
const NON_ASCII = /[^\0-\x7f]/;

function allProven(text: string, proven: Uint8Array): boolean {
  // From one unproven character to the next by a native search: proofs cover most of a text.
  for (let i = proven.indexOf(0); i >= 0 && i < text.length; i = proven.indexOf(0, i + 1)) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Runs of the codec's units, cut where `proven` marks text already explained as UTF-8. */
function openRuns(units: Units, runs: Run[], proven: Uint8Array): Run[] {
  return proven.length ? splitRuns(runs, (u) => proven[units.at[u]] === 1) : runs;
}

/**
 * A reused array: each call gives it with its first `length` entries zero (valid until the next call). Every
 * search of every text needs a few such arrays, and allocating a typed array costs more than clearing one.
 */
function reusedArray(): (length: number) => Uint8Array {
  let array = new Uint8Array(1024);
  return (length) => {
    if (array.length < length) array = new Uint8Array(2 * length);
    else array.fill(0, 0, length);
    return array;
  };
}

const visitedBytes = reusedArray();
const provenChars = reusedArray();
const takenChars = reusedArray();

function searchSpans(h: Hypothesis, text: string, unitsAs: UnitsAs, proven: Uint8Array, trusted: boolean): SpanRepair[] {
  const found: SpanRepair[] = [];
  const { units, runs } = unitsAs(h.misreadAs);
  // Byte offsets where a decoding had a character start: starting there again would only decode a tail
  // of the same text (this keeps the search linear). A repair skips past its own.
  const visited = visitedBytes(units.byteOf[units.count] + 1);
  for (const run of openRuns(units, runs, proven)) {
    if (h.encoding === 'utf-8' && h.misreadAs !== 'single-byte' && !showsUtf8Leads(units, run)) continue;
    // One span for the run, moved from start to start: most starts fail at once, and an object made for each
    // cost more than their decoding.
    const span: DecodeSpan = { units, run, start: run.first, visited };
    for (let s = run.first; s < run.last; ) {
      const p = units.byteOf[s];
      let decoded: Decoded | undefined;
      if (units.bytes[p] >= 0x80 && !visited[p]) {
        span.start = s;
        decoded = decodeFrom(h, span);
      }
      const repair = decoded && decoded.end > s ? spanRepair(h, text, units, s, decoded, trusted) : undefined;
      if (repair) {
        found.push(repair);
        s = decoded!.end;
        continue;
      }
      s++;
    }
  }
  return found;
}

/** Cost-minimising segmentation of a run into kept and re-decoded stretches (units line up 1:1). */
function searchAligned(h: Hypothesis, text: string, unitsAs: UnitsAs, proven: Uint8Array, trusted: boolean): SpanRepair[] {
  const found: SpanRepair[] = [];
  const { units, runs: all } = unitsAs(h.misreadAs);
  const encoding = h.encoding === 'utf-8' ? undefined : h.encoding;
  // 锟 marks 锟斤拷 damage: its bytes are U+FFFD's, not the text's, so runs stop there. Japanese (kana
  // without the private-use characters Big5 read as GBK always leaves) re-decodes into plausible Han.
  const runs = splitRuns(openRuns(units, all, proven), (u) => text.charCodeAt(units.at[u]) === 0x9515).filter((run) => !looksJapanese(text, units, run));
  for (const run of runs) {
    const n = run.last - run.first;
    const unit = (i: number) => run.first + i;
    // Segmenting by cost only pays where garbling shows (this also keeps clean text cheap).
    if (h.minGarbage !== undefined && !trusted && garbageShare(text.slice(units.at[run.first], units.endAt[run.last - 1]), h) < h.minGarbage) continue;
    // Plain arrays and loops: this runs for every run of every text that shows garbage, most of them a few
    // units long, where allocating typed arrays cost more than the search.
    const decoded: number[] = [];
    // Least cost of the units so far with the last one kept or re-decoded; per unit, the state before it.
    let kept = 0;
    let redecoded = 0;
    const beforeKept: number[] = [];
    const beforeRedecoded: number[] = [];
    for (let i = 0; i < n; i++) {
      const d = encoding ? decodeUnit(encoding, units, unit(i)) : -1;
      decoded.push(d);
      const keepCost = codePointCost(text.codePointAt(units.at[unit(i)])!);
      const decodeCost = d === TWO_CODE_POINT_PAIR ? textCost(twoCodePointUnit(units, unit(i))) : d < 0 ? Infinity : codePointCost(d);
      if (i === 0) {
        // Nothing before the first unit (its entries are never read).
        kept = keepCost;
        redecoded = decodeCost;
        beforeKept.push(0);
        beforeRedecoded.push(1);
        continue;
      }
      beforeKept.push(kept <= redecoded + SWITCH_COST ? 0 : 1);
      beforeRedecoded.push(redecoded <= kept + SWITCH_COST ? 1 : 0);
      const keptNow = Math.min(kept, redecoded + SWITCH_COST) + keepCost;
      redecoded = Math.min(redecoded, kept + SWITCH_COST) + decodeCost;
      kept = keptNow;
    }
    const states: number[] = new Array<number>(n);
    let state = redecoded < kept ? 1 : 0;
    for (let i = n - 1; i >= 0; i--) {
      states[i] = state;
      state = state ? beforeRedecoded[i] : beforeKept[i];
    }
    for (let i = 0; i < n; ) {
      if (!states[i] || isAsciiUnit(units, unit(i))) {
        i++;
        continue;
      }
      let j = i;
      let length = 0; // code units of the repair, in decodedUnits
      let cost = 0;
      let marks = 0;
      let multiByte = 0;
      const lost: LostChar[] = [];
      while (j < n && states[j]) {
        const d = decoded[j];
        if (d === 0xfffd) {
          lost.push({ index: length, candidates: NO_CANDIDATES });
          marks++;
        }
        if (!isAsciiUnit(units, unit(j))) multiByte++;
        if (d === TWO_CODE_POINT_PAIR) {
          const pair = twoCodePointUnit(units, unit(j));
          for (const ch of pair) length = putCodePoint(length, ch.codePointAt(0)!);
          cost += textCost(pair);
          marks += countOf('\ufffd', pair);
        } else {
          length = putCodePoint(length, d);
          cost += codePointCost(d);
        }
        j++;
      }
      const repair = spanRepair(h, text, units, unit(i), { end: unit(j), length, lost, multiByte, twoByte: 0, latinWords: 0, asciiTail: 0, cost, marks }, trusted);
      if (repair) found.push(repair);
      i = j;
    }
  }
  return found;
}

function looksJapanese(text: string, units: Units, run: Run): boolean {
  let kana = 0;
  for (let u = run.first; u < run.last; u++) {
    const cp = text.charCodeAt(units.at[u]);
    if (isPrivateUse(cp)) return false;
    if (cp >= 0x3041 && cp <= 0x3096) kana++; // letters: ゛゜ alone are what GBK's 日 and the like become in Big5
  }
  return kana >= 2;
}

/**
 * Bopomofo and small punctuation forms (ㄛ ﹝ ﹜): what GBK's full-width punctuation becomes when a Big5 decoder
 * reads it (，→ ㄛ, 。→ ﹝), beside Han characters that mean nothing. Garbage for that decoder's hypotheses
 * only: zhuyin (ㄋㄧˇ) is what teaching text writes, and no other misreading makes it.
 */
const isBig5Punctuation = (cp: number): boolean => isBopomofo(cp) || (cp >= 0xfe50 && cp <= 0xfe6f);
const isGarbage = (cp: number): boolean => isPrivateUse(cp) || (isHan(cp) && codePointCost(cp) >= RARE_HAN_COST);
const isUtf8Lead = (code: number): boolean => code > 0xff && code >> 8 >= 0xe3 && code >> 8 <= 0xef;

/** The marks that garbling leaves in a text (see showsTrace), outside `proven` text. */
interface Traces {
  /** Characters whose GBK code starts with a UTF-8 lead byte of Chinese. */
  utf8InGbk: boolean;
  utf8InBig5: boolean;
  garbage: boolean;
  big5Punctuation: boolean;
}

const UTF8_IN_GBK = 1;
const UTF8_IN_BIG5 = 2;
const GARBAGE = 4;
const BIG5_PUNCTUATION = 8;
/** The marks that end the pass once all seen. */
const EVERY_MARK = UTF8_IN_GBK | UTF8_IN_BIG5 | GARBAGE;

/** The marks (bits above) of a BMP character. */
const marksOf = memoisedClasses((cp) => {
  // In both codes, pairs with such a lead are Han characters.
  const han = cp >= 0x4e00 && cp <= 0x9fff;
  return (
    (han && isUtf8Lead(gbkCode(cp)) ? UTF8_IN_GBK : 0) |
    (han && isUtf8Lead(big5Code(cp)) ? UTF8_IN_BIG5 : 0) |
    (isGarbage(cp) ? GARBAGE : 0) |
    (isBig5Punctuation(cp) ? BIG5_PUNCTUATION : 0)
  );
});

/** One pass over the text, ending as soon as every mark but Big5's punctuation has been seen. */
function tracesIn(text: string, proven: Uint8Array): Traces {
  const anyProven = proven.length > 0;
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const open = cp >= 0x80 && !(anyProven && proven[i]);
    if (cp > 0xffff) {
      i++;
      if (open && isGarbage(cp)) marks |= GARBAGE;
    } else if (open) marks |= marksOf(cp);
    else continue;
    if ((marks & EVERY_MARK) === EVERY_MARK) break;
  }
  return {
    utf8InGbk: (marks & UTF8_IN_GBK) !== 0,
    utf8InBig5: (marks & UTF8_IN_BIG5) !== 0,
    garbage: (marks & GARBAGE) !== 0,
    big5Punctuation: (marks & BIG5_PUNCTUATION) !== 0,
  };
}

/**
 * Whether the text shows the mark the hypothesis's garbling always leaves outside proven text: UTF-8
 * Chinese read as a double-byte code gives characters whose code starts with a UTF-8 lead; the aligned
 * searches need garbage. Without it the search could find nothing, so the text is not even turned into
 * units (most text on a page that needs repair is one kind of garbage, or none).
 */
function showsTrace(h: Hypothesis, traces: () => Traces): boolean {
  if (h.search === 'aligned') return h.minGarbage === undefined || traces().garbage || (h.misreadAs === 'big5' && traces().big5Punctuation);
  if (h.encoding !== 'utf-8' || h.misreadAs === 'single-byte') return true;
  return h.misreadAs === 'gbk' ? traces().utf8InGbk : traces().utf8InBig5;
}

/** When this share of a text's non-ASCII characters is U+FFFD, most bytes are gone: leave it, warn. */
const BEYOND_REPAIR_SHARE = 0.3;

/**
 * `marks` of the text's U+FFFD are the engine's own, from undoing an outer layer: each stands for one
 * character that lost a byte there, not for bytes a decoder threw away, and the layer beneath is intact.
 */
function beyondRepair(text: string, marks: number): boolean {
  let replaced = countOf('\ufffd', text) - marks;
  // Most texts have no U+FFFD beyond the marks: no need to count their non-ASCII characters.
  if (replaced <= 0) return false;
  let nonAscii = 0;
  replaced = -marks;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) replaced++;
  }
  return replaced > BEYOND_REPAIR_SHARE * nonAscii;
}

function someTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/**
 * The best non-overlapping repairs over all hypotheses, in text order. `lostMarks`: how many of the text's
 * U+FFFD mark characters an earlier layer's repair lost (see beyondRepair). `trusted`: the hypotheses the
 * text's page shows (PageEvidence.misreadings).
 */
export function findRepairs(text: string, hypotheses: readonly Hypothesis[], lostMarks = 0, trusted: readonly FixId[] = []): SpanRepair[] {
  if (beyondRepair(text, lostMarks)) return [];
  prefixCosts.reset(text);
  const byCodec: Partial<Record<MisreadCodec, ReturnType<UnitsAs>>> = {};
  const unitsAs: UnitsAs = (codec) => (byCodec[codec] ??= unitsOf(codec, text));
  // Latin-1 / windows-1252 readings need at least two such characters side by side somewhere (or their page).
  const singleByte = /[\u0080-\u00ff][\u0080-\u00ff\u0152-\u2122]/.test(text);
  const tried = (h: Hypothesis): boolean => h.misreadAs !== 'single-byte' || singleByte || trusted.includes(h.id);
  // Valid UTF-8 over a long stretch is proof; text it covers needs no other hypothesis, and once all of
  // the text's non-ASCII characters are covered, the search is over. The place after the text stays unproven:
  // allProven's search for the next unproven place stops there, not in what a longer text left in the buffer.
  const proven = provenChars(text.length + 1);
  let anyProven = false;
  // Whether every non-ASCII character is proven: asked again only when a search proved more.
  let done = !NON_ASCII.test(text);
  const all: SpanRepair[] = [];
  // Looked for when a hypothesis needs them: a text its first search explains whole never does.
  let traces: Traces | undefined;
  const allTraces = (): Traces => (traces ??= tracesIn(text, NOTHING_PROVEN));
  for (const h of hypotheses) {
    if (h.encoding !== 'utf-8' || !tried(h) || !showsTrace(h, allTraces)) continue;
    let proves = false;
    for (const r of searchSpans(h, text, unitsAs, NOTHING_PROVEN, trusted.includes(h.id))) {
      all.push(r);
      if (r.provesUtf8) proven.fill(1, r.start, r.end);
      proves ||= r.provesUtf8;
    }
    anyProven ||= proves;
    if (proves) done = allProven(text, proven);
    if (done) break;
  }
  if (!done) {
    const open = anyProven ? proven : NOTHING_PROVEN;
    let openTraces: Traces | undefined;
    // These searches ask for garbage and Big5's punctuation only: outside proven text there is none of what
    // the whole text has none of.
    const noneAnywhere = traces !== undefined && !traces.garbage && !traces.big5Punctuation;
    const tracesOutside = open === NOTHING_PROVEN || noneAnywhere ? allTraces : (): Traces => (openTraces ??= tracesIn(text, open));
    for (const h of hypotheses) {
      if (h.encoding === 'utf-8' || !tried(h)) continue;
      const pageShows = trusted.includes(h.id);
      if (!pageShows && !showsTrace(h, tracesOutside)) continue;
      all.push(...(h.search === 'spans' ? searchSpans(h, text, unitsAs, open, pageShows) : searchAligned(h, text, unitsAs, open, pageShows)));
    }
  }
  // Most texts have one candidate (or none): nothing to choose.
  if (all.length < 2) return all;
  all.sort((a, b) => b.score - a.score);
  // Best first; a span is kept when none of its characters is taken yet (linear in the text's length).
  const taken = takenChars(text.length);
  const chosen: SpanRepair[] = [];
  for (const r of all) {
    // Nothing is taken before the first.
    if (chosen.length && someTaken(taken, r.start, r.end)) continue;
    taken.fill(1, r.start, r.end);
    chosen.push(r);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
