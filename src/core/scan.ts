/**
 * The cheap first look every text gets (the content script runs it on every block of every allowed page):
 * true when some fix could apply. It must never say false where the engine would change something, so the
 * engine itself starts with it. Data: bitsets of common Han characters, of GB2312, and of the GBK codes that
 * pieces of UTF-8 make.
 */
import { COMMON_HAN_BITS, COMMON_HAN_FIRST, GB2312_HAN_BITS, UTF8_LEAD_HAN_BITS, UTF8_MIDDLE_BITS, UTF8_TAIL_BITS } from './data/common-han.ts';
import type { PageEvidence } from './types.ts';
import { memoisedClasses } from './char-classes.ts';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_DIGITS = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) BASE64_DIGITS[BASE64.charCodeAt(i)] = i;

/** The bytes of a base64 text. (atob is not part of the core's ECMAScript-only environment.) */
function decodeBase64(base64: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((base64.length * 6) / 8));
  let value = 0;
  let bits = 0;
  for (let i = 0, k = 0; i < base64.length; i++) {
    value = (value << 6) | BASE64_DIGITS[base64.charCodeAt(i)];
    bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    bytes[k++] = value >> bits;
    value &= (1 << bits) - 1;
  }
  return bytes;
}

/**
 * A bitset stored in base64 (bytes least significant bit first), as a test of bit i. Decoded on first use (a
 * few kilobytes, well under a millisecond): every character of every text is looked up, a few times.
 */
function bitset(base64: string): (i: number) => boolean {
  let bytes: Uint8Array | undefined;
  return (i) => {
    bytes ??= decodeBase64(base64);
    return ((bytes[i >> 3] >> (i & 7)) & 1) === 1;
  };
}

const isCommonHan = bitset(COMMON_HAN_BITS);
const isGb2312Han = bitset(GB2312_HAN_BITS);
const isUtf8LeadHan = bitset(UTF8_LEAD_HAN_BITS);
const isUtf8Middle = bitset(UTF8_MIDDLE_BITS);
const isUtf8Tail = bitset(UTF8_TAIL_BITS);

/** Bit (cp - COMMON_HAN_FIRST) of a bitset over the Han block. */
const hasBit = (bits: (i: number) => boolean, cp: number): boolean => cp >= COMMON_HAN_FIRST && bits(cp - COMMON_HAN_FIRST);

/** The character's GBK code starts like UTF-8 Chinese: the mark of UTF-8 read as GBK. */
const looksLikeUtf8Lead = (cp: number): boolean => hasBit(isUtf8LeadHan, cp);

/** A character's bit in UTF8_MIDDLE_BITS and UTF8_TAIL_BITS (U+2000–U+9FFF, then U+FE00–U+FFFF), or -1. */
const pairShapeBit = (cp: number): number => (cp >= 0x2000 && cp <= 0x9fff ? cp - 0x2000 : cp >= 0xfe00 && cp <= 0xffff ? 0x8000 + cp - 0xfe00 : -1);

/** How many characters UTF-8 read as GBK is checked for from where the decoder started pairing bytes. */
const RHYTHM_CHECKED = 6;
/**
 * Two Chinese characters or more make three pairs or more; fewer leave an odd byte, which the decoder marks
 * (U+FFFD, or "?" once saved): a shorter rhythm is no sign, and clean text keeps one by chance (於樹 in 分別於樹林).
 */
const RHYTHM_LEAST = 3;

/**
 * How many characters from `at` keep the rhythm of UTF-8 Chinese read as GBK, up to RHYTHM_CHECKED. Every
 * third byte is a lead, so a pair starting there is a lead then a continuation byte, one starting a byte
 * later two continuations, one starting two later a continuation then the next lead (首页 → 棣栭〉, 进度数据
 * → 杩涘害鏁版嵁). A lone continuation byte 0x80 is € in GBK (退 → 侀€€). Characters the bitsets do not cover
 * (Latin-1, Greek, Cyrillic: rare beside Chinese) are taken to fit where a pair starts with a continuation.
 */
function utf8Rhythm(text: string, at: number): number {
  let k = 0;
  for (let i = at, phase = 0; i < text.length && k < RHYTHM_CHECKED; i++, k++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) break;
    if (cp === 0x20ac) {
      if (phase === 0) break;
      phase = (phase + 1) % 3;
      continue;
    }
    const bit = pairShapeBit(cp);
    const fits = phase === 0 ? looksLikeUtf8Lead(cp) : bit < 0 || (phase === 1 ? isUtf8Tail : isUtf8Middle)(bit);
    if (!fits) break;
    phase = (phase + 2) % 3;
  }
  return k;
}

/**
 * Whether the run of non-ASCII characters starting at `at` (where a GBK decoder starts pairing bytes) keeps
 * the rhythm of UTF-8 read as GBK as far as it goes up to RHYTHM_CHECKED, RHYTHM_LEAST characters or more. Short
 * garbled texts (a menu item, a title) can be made of characters common enough to show no other sign; clean
 * text keeps the rhythm this long almost never (no text of the dev pages and corpora does).
 */
function keepsUtf8Rhythm(text: string, at: number): boolean {
  let run = 0;
  while (run < RHYTHM_CHECKED && text.charCodeAt(at + run) >= 0x80) run++;
  return run >= RHYTHM_LEAST && utf8Rhythm(text, at) === run;
}

/**
 * Characters that only garbled Chinese packs densely: rare Han, private use, kana and bopomofo amid Han (GBK
 * read as Big5 turns ， into ㄛ). (Latin-1 mojibake has its own pattern below; · × © are everyday symbols on
 * Chinese pages.)
 */
export function isUnusual(cp: number): boolean {
  if (cp >= 0x3400 && cp <= 0x9fff) return !hasBit(isCommonHan, cp);
  return (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0x3040 && cp <= 0x312f) || cp === 0xfffd;
}

/**
 * Two or more Latin-1 / windows-1252 characters close together: the shape of byte-level mojibake. A no-break
 * space, ©, ® or a middle dot does not start one: Chinese pages write "&nbsp;©&nbsp;" in every footer and
 * 让·保罗·萨特 in names, while mojibake has them second (Ã© for é, Ã&nbsp; for à) or among other such characters.
 */
const SINGLE_BYTE_PAIR = /[\u0080-\u009f\u00a1-\u00a8\u00aa-\u00ad\u00af-\u00b6\u00b8-\u00ff][^\n]{0,2}[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
/**
 * The readings in a bracket (`fā`, `huì `, `wéi / wèi`): pinyin letters with their tone marks (and ḿ), then
 * more of them, spaces and "/", as long as the longest group flattened-pinyin/reading-syntax.ts accepts.
 */
const READING_GROUP = '[a-z\\u00e0-\\u01dc\\u1e3f][ /a-z\\u00e0-\\u01dc\\u1e3f]{0,28}';
/**
 * A reading in brackets, a glitch trace ("?" + reading + ")", "?!"), or injected commas (which the
 * flattened-ruby stage removes when the text itself shows enough).
 */
const FLATTENED_RUBY = new RegExp(`[(（?]${READING_GROUP}[)）]|\\?!|[,，][,，、。]`);
/** A glitch's trace at the end of a piece of text: the "?" that swallowed its reading's opening bracket (日?qǐng)). */
const ENDS_IN_GLITCH_TRACE = new RegExp(`\\?${READING_GROUP}\\)$`);
/** The same, or lossy damage. */
const PINYIN_OR_DAMAGE = new RegExp(`${FLATTENED_RUBY.source}|\ufffd|锟`);
/** With page evidence of flattened ruby, a block may hold nothing but its "!!" (！) traces. */
const BANG = /!!/;
const HAN = /[\u3400-\u9fff]/;
const NON_ASCII = /[^\0-\x7f]/;

/**
 * One bopomofo letter between Chinese characters: GBK's full-width punctuation read as Big5 (，→ ㄛ, ：→ ㄩ,
 * （ → ㄗ). Zhuyin comes in runs, with tone marks, or in brackets.
 */
function bopomofoBetweenHan(text: string, at: number): boolean {
  const cp = text.charCodeAt(at);
  return isBopomofo(cp) && isHanCode(text.charCodeAt(at - 1)) && isHanCode(text.charCodeAt(at + 1));
}
const isHanCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** Texts this short (in non-ASCII characters) get a full look for one unusual character of UTF-8's shape. */
const SHORT_TEXT = 8;
/**
 * How far apart (code units) the characters a rule takes together may be: a short text is a title or a menu
 * item, and two unusual characters count together when close. (The first look reads a page's whole text, the
 * scripts' too: unbounded, a walk from one rare character through kilobytes of ASCII cost milliseconds.)
 */
const REACH = 256;

/**
 * A character that clean simplified text, rare names included, is not made of: Han outside GB2312 (GBK's
 * extension and traditional forms, which garbling reaches as often as not), or an unusual one that is not Han
 * (private use, kana, U+FFFD). Not bopomofo: zhuyin (ㄋㄧˇ) is how teaching text writes readings.
 */
const isStrange = (cp: number, unusual: boolean): boolean =>
  cp >= COMMON_HAN_FIRST && cp <= 0x9fff ? !hasBit(isGb2312Han, cp) : unusual && !isBopomofo(cp);
export const isBopomofo = (cp: number): boolean => cp >= 0x3105 && cp <= 0x312f;

const STRANGE = 1;
const UNUSUAL = 2;
const UTF8_LEAD = 4;
const LOSS = 8; // U+FFFD or 锟, the marks of lost characters

/**
 * isStrange, isUnusual, looksLikeUtf8Lead and the marks of loss, of a BMP code unit, as the bits above: one
 * lookup, not three bitsets.
 */
const classOf = memoisedClasses((cp) => {
  const odd = isUnusual(cp);
  const loss = cp === 0xfffd || cp === 0x951f; // 锟
  return (isStrange(cp, odd) ? STRANGE : 0) | (odd ? UNUSUAL : 0) | (looksLikeUtf8Lead(cp) ? UTF8_LEAD : 0) | (loss ? LOSS : 0);
});

/** Glitches' runs of mojibake stay under a dozen characters (gbk-glitches.ts). */
const GLITCH_RUN = 16;

/**
 * Whether text[from..to] (non-ASCII characters, one run) is the run of mojibake right after a flattened-ruby
 * glitch's trace, "?reading)": a "?" that swallowed the opening bracket (日?qǐng)?bào)), then the rest of the
 * glitch (降?huò)靥鞖狻?), which the flattened-ruby stage rebuilds from its bytes. No wrong decoding made it, and
 * searching the text for one costs several times what repairing the glitch does. Asked only where a rule
 * would take those characters in.
 */
function inGlitchRun(text: string, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (text.charCodeAt(k) < 0x80) return false;
  let j = from - 1;
  while (j >= 0 && from - j <= GLITCH_RUN && text.charCodeAt(j) >= 0x80) j--;
  return text.charCodeAt(j) === 0x29 && ENDS_IN_GLITCH_TRACE.test(text.slice(Math.max(0, j - 30), j + 1));
}

/**
 * Three unusual characters within six, a short text (a garbled title or menu item) with a character shaped
 * like UTF-8 read as GBK (棣栭〉 for 首页), a text that is mostly unusual with two of them close (穝籇 for 新聞),
 * a bopomofo letter between Chinese characters (河北：→ 碩控ㄩ), a run in the rhythm of UTF-8 read as GBK, or
 * (when `lossCounts`) a mark of loss: dense enough to be worth a full look. The unusual characters' rules need
 * a strange character too: place names such as 岢岚县, 新绛县, 忻州 or 麒麟 are rare but in GB2312. (One pass over
 * the text: every text of a page gets it. Each rule only ever says yes, so the order they hold in is no matter.)
 */
function showsGarbledCharacters(text: string, lossCounts: boolean): boolean {
  let seen = 0; // the classes met so far
  let unusual = 0;
  let clustered = false;
  let nonAscii = 0;
  // The last two unusual characters (offsets), and the non-ASCII characters up to the last, for a close pair.
  let lastUnusualAt = -REACH - 1;
  let unusualBeforeAt = lastUnusualAt;
  let lastUnusualCount = 0;
  let closePair = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) continue;
    nonAscii++;
    const marks = classOf(cp);
    seen |= marks;
    // Most characters of any text, strange ones included: only unusual, UTF-8-shaped and lost ones start a rule.
    if (marks <= STRANGE) continue;
    if (lossCounts && marks & LOSS) return true;
    if (marks & UNUSUAL) {
      if (bopomofoBetweenHan(text, i)) return true;
      unusual++;
      closePair ||= i - lastUnusualAt < REACH && nonAscii - lastUnusualCount <= 3; // two or fewer between
      clustered ||= i - unusualBeforeAt < 6 && !inGlitchRun(text, unusualBeforeAt, i); // with the two before, within six
      if (clustered && seen & STRANGE) return true;
      unusualBeforeAt = lastUnusualAt;
      lastUnusualAt = i;
      lastUnusualCount = nonAscii;
    }
    if (marks & UTF8_LEAD && !(text.charCodeAt(i - 1) >= 0x80) && keepsUtf8Rhythm(text, i) && !inGlitchRun(text, i, i)) return true;
  }
  const shortUtf8Shaped = nonAscii <= SHORT_TEXT && text.length <= REACH && (seen & UTF8_LEAD) !== 0;
  return (seen & STRANGE) !== 0 && (clustered || (unusual > 0 && (shortUtf8Shaped || (closePair && unusual * 2 >= nonAscii))));
}

/**
 * The part of the scan that wrong decodings answer to: the engine skips that stage when only readings,
 * commas or page evidence made the text worth a look (its outcome must not depend on them).
 */
export const mayBeMisdecoded = (text: string): boolean => showsLoss(text) || showsMisdecoding(text);
/** U+FFFD or 锟: two native searches for one character each, several times faster than a pattern of the two. */
const showsLoss = (text: string): boolean => text.includes('\ufffd') || text.includes('锟');

/**
 * The same without U+FFFD alone: what says an outer layer's repair left another layer beneath. The lost
 * characters it marked (U+FFFD) were searched around already; they still count in the rules above.
 */
export const showsMisdecoding = (text: string): boolean => SINGLE_BYTE_PAIR.test(text) || text.includes('锟') || showsGarbledCharacters(text, false);

/** The longest match of the patterns: a bracketed reading of FLATTENED_RUBY. */
const LONGEST_MATCH = 31;

/** The patterns' matches, found one after another (every place a match starts). */
const PATTERNS = new RegExp(`${PINYIN_OR_DAMAGE.source}|${SINGLE_BYTE_PAIR.source}`, 'g');

/**
 * Where a rule can take hold of a character by itself: unusual ones, and those shaped like the start of
 * UTF-8 read as GBK (see showsGarbledCharacters).
 */
export const isMarked = (cp: number): boolean => isUnusual(cp) || looksLikeUtf8Lead(cp);

/**
 * Where in a page's whole text the scan could find something, from `from` up to `to`, in order: the starts
 * of its patterns' matches, and those of its marked characters (`marked`: a global expression of the class
 * markedCharacterClass(), made once by the caller, since making it costs) that a rule could take in. Every
 * piece of the text that `mayNeedRepair` flags without evidence holds one of them, so only the blocks of a
 * page that hold one need a look of their own.
 */
export function scanMarks(text: string, marked: RegExp, from: number, to: number): number[] {
  // A match that starts before `to` ends before this; the text around marks is read whole.
  const part = text.slice(0, to + LONGEST_MATCH);
  const marks: number[] = [];
  PATTERNS.lastIndex = from;
  // Every place a match starts: the next one may start inside this one.
  for (let match; (match = PATTERNS.exec(part)) && match.index < to; PATTERNS.lastIndex = match.index + 1) marks.push(match.index);
  marked.lastIndex = from;
  for (let match; (match = marked.exec(part)) && match.index < to; ) if (inReach(text, match.index)) marks.push(match.index);
  return marks.sort((a, b) => a - b);
}

const ASCII_RUNS = /[\0-\x7f]+/g;

/**
 * Whether a rule could take in the marked character at `at`, in some piece of `text` that holds it. One that
 * is not unusual starts a run in the rhythm of UTF-8 read as GBK, or nothing. An unusual one counts with
 * another unusual character with at most two non-ASCII characters between them (the close pair a mostly
 * unusual text needs; three unusual characters within six have one), or in a short text, with a character
 * shaped like UTF-8 read as GBK among the SHORT_TEXT - 1 non-ASCII characters on either side; both closer
 * than REACH.
 */
function inReach(text: string, at: number): boolean {
  const marked = text.charCodeAt(at);
  if (!isUnusual(marked)) return utf8Rhythm(text, at) >= RHYTHM_LEAST;
  if (looksLikeUtf8Lead(marked) || bopomofoBetweenHan(text, at)) return true;
  // The non-ASCII characters within reach on either side, the ASCII between them dropped natively: pages
  // indent their markup, and a loop stepping through that whitespace cost milliseconds before the code warmed.
  const before = text.slice(Math.max(0, at - REACH + 1), at).replace(ASCII_RUNS, '');
  const after = text.slice(at + 1, at + REACH).replace(ASCII_RUNS, '');
  for (let seen = 1; seen < SHORT_TEXT; seen++) {
    for (const cp of [before.charCodeAt(before.length - seen), after.charCodeAt(seen - 1)]) {
      if (Number.isNaN(cp)) continue;
      if ((seen <= 3 && isUnusual(cp)) || looksLikeUtf8Lead(cp)) return true;
    }
  }
  return false;
}

/**
 * The marked characters as the inside of a regular-expression class, for the content script's build to
 * put in (vite.config.ts): a search for them runs natively, where a loop over a page's text, or building
 * the class in the page, cost every page milliseconds of its main thread.
 */
export function markedCharacterClass(): string {
  let ranges = '';
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (!isMarked(cp)) continue;
    const first = cp;
    while (cp < 0xffff && isMarked(cp + 1)) cp++;
    ranges += first === cp ? String.fromCharCode(cp) : `${String.fromCharCode(first)}-${String.fromCharCode(cp)}`;
  }
  return ranges;
}

/** What the page's evidence makes worth a look by itself. */
const evidenceShows = (text: string, evidence?: PageEvidence): boolean =>
  (!!evidence?.convertedScript && HAN.test(text)) || (!!evidence?.misreadings?.length && NON_ASCII.test(text)) || (!!evidence?.flattenedRuby && BANG.test(text));

export function mayNeedRepair(text: string, evidence?: PageEvidence): boolean {
  return evidenceShows(text, evidence) || PINYIN_OR_DAMAGE.test(text) || SINGLE_BYTE_PAIR.test(text) || showsGarbledCharacters(text, false);
}

/**
 * The part of the scan that the flattened-ruby stage answers to (its readings, glitch traces and commas, or the
 * page's evidence): the engine skips that stage on text without them, as on most text a wrong decoding's
 * repair gives (its marks of lost characters made the whole scan pass it).
 */
export const mayHoldFlattenedRuby = (text: string, evidence?: PageEvidence): boolean => evidenceShows(text, evidence) || FLATTENED_RUBY.test(text);

/**
 * mayNeedRepair and mayBeMisdecoded from one look, as the engine asks both of every text: what may be misdecoded
 * needs repair (the marks of loss are among PINYIN_OR_DAMAGE's), and the rest is common to both. Looked for first,
 * as it answers both and spares garbled text the costliest pattern; the marks of loss in the same pass over the
 * characters, as two native searches cost a short text more than that pass.
 */
export function firstLook(text: string, evidence?: PageEvidence): { needsRepair: boolean; misdecoded: boolean } {
  if (SINGLE_BYTE_PAIR.test(text) || showsGarbledCharacters(text, true)) return { needsRepair: true, misdecoded: true };
  return { needsRepair: PINYIN_OR_DAMAGE.test(text) || evidenceShows(text, evidence), misdecoded: false };
}
