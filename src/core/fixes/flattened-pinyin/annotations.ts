/**
 * Reading a text for what the mirror sites inserted: every `(reading)` whose key (the two original bytes
 * before it) is a character with that reading. After its own character it is an annotation (發(fā)); after a
 * Latin letter whose byte completed a key it is a glitch (在A(yíng)I: DA 41 across 在|A spells 贏). A "?" that
 * may have swallowed a byte hands over to the glitch regions (gbk-glitches.ts).
 */
import { gbkCode, gbkPair, isGbkEncodable } from '../../codecs/gbk.ts';
import { readRegion } from './gbk-glitches.ts';
import { keyCode, withTrailingSpace, type ReadOptions } from './keys.ts';
import { nextGroupStart, parseReadingGroup } from './reading-syntax.ts';

export interface Finding {
  kind: 'annotation' | 'glitch';
  start: number;
  end: number;
  /** The repaired text, still traditional (empty for an annotation). */
  after: string;
  /** Each inserted reading with the character its bytes followed (the dictionary key). */
  keys: readonly { char: string; readings: readonly string[] }[];
  /** Bytes were lost and chosen by likelihood. */
  guessed: boolean;
  /** The region held the trace of the ！ → "!!" rule. */
  bang: boolean;
  /**
   * The finding is the sites' mark by itself. Not so a "?!" that decodes to nothing but punctuation (品?!? at
   * the end of a paragraph is 。” cut by the rule, but "真的?!?" is how people write): repaired only where the
   * text or its page shows the corruption otherwise.
   */
  proof: boolean;
}

/** "?!" tried as the trace of the ！ rule: a page has a few, so beyond this many per character it is punctuation. */
const BANG_TRIES_PER_CHAR = 1 / 256;
const BANG_TRIES_MIN = 16;

/**
 * A page repeats the same annotations (發(fā) hundreds of times): they share one list of keys, which keeps a
 * long page's findings small (findings are only read). Found by the key's code (a slot per its low bits), then
 * by its readings as written, without a map lookup or a string made; a list found there was checked against
 * its readings already.
 */
interface SharedKeys {
  code: number;
  written: string;
  keys: Finding['keys'];
  /** Another key in the same slot, or the same key with other readings. */
  next: SharedKeys | undefined;
}
const SHARED_KEYS_SIZE = 4096;
/** As many slots as keys kept. */
const sharedKeys = new Array<SharedKeys | undefined>(SHARED_KEYS_SIZE).fill(undefined);
let sharedCount = 0;

/**
 * The keys of readings after the bytes `lead` `trail`, which spell the character `code` (≤ 0: none), when it
 * has every one of them.
 */
function keysAfter(code: number, lead: number, trail: number, readings: readonly string[]): Finding['keys'] | undefined {
  if (code <= 0) return undefined;
  const written = readings.length === 1 ? readings[0] : readings.join('/');
  const slot = code & (sharedKeys.length - 1);
  let shared = sharedKeys[slot];
  while (shared && (shared.code !== code || shared.written !== written)) shared = shared.next;
  if (shared) return shared.keys;
  if (!keyCode(lead, trail, readings)) return undefined;
  if (sharedCount >= SHARED_KEYS_SIZE) {
    sharedKeys.fill(undefined);
    sharedCount = 0;
  }
  const keys = [{ char: String.fromCharCode(code), readings }];
  sharedKeys[slot] = { code, written, keys, next: sharedKeys[slot] };
  sharedCount++;
  return keys;
}

const QUESTION = 0x3f;
const BANG = 0x21;

/** After "?!" comes the rest of a mojibake run: a character read from two bytes, or a "?" (。”?/p>). */
const mayFollowBang = (c: number): boolean => c === QUESTION || c >= 0x80;

/** The end of the stretch of GBK-encodable text from text[i] on. */
function stretchEnd(text: string, i: number): number {
  while (i < text.length && isGbkEncodable(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A reading whose key is the two bytes before its bracket. A long page holds thousands of them, and allocating
 * them cost a quarter of reading such a page (and most of the garbage collection after): what every one of
 * them holds alike (nothing put back, no byte guessed, proof by itself) stands once, on the prototype.
 */
class AlignedReading implements Finding {
  readonly kind: Finding['kind'];
  readonly start: number;
  readonly end: number;
  readonly keys: Finding['keys'];
  declare readonly after: string;
  declare readonly guessed: boolean;
  declare readonly bang: boolean;
  declare readonly proof: boolean;
  constructor(kind: Finding['kind'], start: number, end: number, keys: Finding['keys']) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.keys = keys;
  }
}
Object.assign(AlignedReading.prototype, { after: '', guessed: false, bang: false, proof: true });

/**
 * Annotations and glitches in every stretch the site's GBK round trip could have produced (every character
 * encodable in GBK), read from one bracket or "?" to the next: only the characters just before one are
 * encoded, and where a stretch ends is looked for only at a "?", whose region may run on to there.
 */
export function readText(text: string, options: ReadOptions): Finding[] {
  const findings: Finding[] = [];
  let bangTries = BANG_TRIES_MIN + text.length * BANG_TRIES_PER_CHAR;
  // From `plain` on, the characters are observed as they are; before them stand the original bytes
  // `plainLead` `plainTrail` (-1: none), one character when `plainWhole`.
  let plain = 0;
  let plainLead = -1;
  let plainTrail = -1;
  let plainWhole = false;
  // Until `to`, the stretch holding the "?" read last goes on.
  let to = 0;
  for (let i = nextGroupStart(text, 0); i < text.length; i = nextGroupStart(text, i + 1)) {
    const open = text.charCodeAt(i) !== QUESTION;
    if (!open && text.charCodeAt(i + 1) === BANG && !(mayFollowBang(text.charCodeAt(i + 2)) && bangTries-- > 0)) continue;
    // The two original bytes before text[i]: only the one or two characters before a bracket or a "?" are
    // encoded, not every character. One that GBK cannot encode ends the stretch: nothing stands before the next.
    const unencodable = i > plain && !isGbkEncodable(text.charCodeAt(i - 1)) ? i : i - 1 > plain && !isGbkEncodable(text.charCodeAt(i - 2)) ? i - 1 : -1;
    if (unencodable >= 0) {
      plain = unencodable;
      plainLead = plainTrail = -1;
      plainWhole = false;
    }
    let lead: number = plainLead;
    let trail: number = plainTrail;
    let wholeChar: boolean = plainWhole;
    let key = -1; // the character the bytes spell, when it is the one before text[i]
    if (i !== plain) {
      const before = text.charCodeAt(i - 1);
      const code = gbkCode(before);
      wholeChar = code > 0xff;
      lead = wholeChar ? code >> 8 : i - 1 > plain ? gbkCode(text.charCodeAt(i - 2)) & 0xff : plainTrail;
      trail = wholeChar ? code & 0xff : code;
      // GBK decodes a character's two bytes back to it, but for private-use ones.
      if (wholeChar && !(before >= 0xe000 && before <= 0xf8ff)) key = before;
    }
    if (open) {
      // The common, aligned case: a reading group (GBK encodes every character one is written with) whose key
      // is the two bytes before the bracket.
      const group = parseReadingGroup(text, i + 1);
      const keys = group && keysAfter(key >= 0 ? key : gbkPair(lead, trail), lead, trail, group.readings);
      if (!keys) continue;
      // A space after the group (encodable) goes on with its stretch.
      const end = withTrailingSpace(text, group.end, text.length, group.readings, options);
      // After its own character, or completing a key with the byte before a Latin letter (在A(yíng)I).
      findings.push(new AlignedReading(wholeChar ? 'annotation' : 'glitch', i, end, keys));
      // The reading adds no bytes: the ones before it stand before what follows.
      plainLead = lead;
      plainTrail = trail;
      plainWhole = wholeChar;
      plain = end;
      i = end - 1;
    } else {
      if (i >= to) to = stretchEnd(text, i);
      const region = readRegion(text, i, to, wholeChar ? [lead, trail] : trail >= 0 ? [trail] : [], options);
      if (!region) continue;
      findings.push(region.finding);
      plainWhole = region.tail.length === 2;
      plainLead = plainWhole ? region.tail[0] : -1;
      plainTrail = region.tail.at(-1) ?? -1;
      plain = region.end;
      i = region.end - 1;
    }
  }
  return findings;
}
