/**
 * Stage: flattened ruby (字(pīnyīn)), its GBK glitches, comma noise, and the simplified→traditional
 * conversion of the same mirror sites (research: ruby-corruption.md). First everything that could be the
 * corruption is found and checked on its own terms (a reading against its character, a glitch by decoding its
 * bytes again); then the evidence decides what is repaired: the text's own, or its page's for a block too
 * short to show it (a title, a caption, a paragraph with only commas or only traditional characters).
 */
import { isHan } from '../../hanzi/char-cost.ts';
import type { PageEvidence, RepairStep } from '../../types.ts';
import { readText, type Finding } from './annotations.ts';
import { noiseCommas } from './comma-noise.ts';
import { addSignals, mainlandUsage, NO_SIGNALS, showsConversion, showsCorruption, type Signals } from './evidence.ts';
import { UNKNOWN_ASCII } from './lost-bytes.ts';
import { trailingSpaceStyle } from './reading-syntax.ts';
import { applyChanges, charOf, holdsTraditionalOnly, isTraditionalOnly, simplifiedChangesAfter, withReplacements } from './script-conversion.ts';
import { bangStep, commaStep, conversionStep, findingStep } from './steps.ts';
import { mergeSorted } from '../../sorted.ts';

export interface FlattenedPinyinContext {
  evidence?: PageEvidence;
  script: 'simplified' | 'keep';
}

interface Analysis {
  findings: Finding[];
  commas: number[];
  signals: Signals;
}

/** A "!!" run that stands for ！ (the sites' A3 A1 rule), with its repair. */
interface Bang {
  start: number;
  end: number;
  after: string;
}

/**
 * Full-width punctuation folded to ASCII (as corpora store pages): repairs then write ASCII too. Brackets and
 * "!" are not counted: the sites write readings in ASCII brackets and ！ as "!!" either way.
 */
function isFolded(text: string): boolean {
  let ascii = 0;
  let full = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) full++; // ！ … ～
    else if ((c === 0x2c || c === 0x3a || c === 0x3b || c === 0x3f) && isHan(text.charCodeAt(i - 1))) ascii++; // , : ; ?
  }
  return ascii > full;
}

/** Even runs of "!" after Chinese text: each pair was one ！. */
function findBangs(text: string): Bang[] {
  const bangs: Bang[] = [];
  if (!text.includes('!')) return bangs; // most texts: no regex iterator made
  let folded: boolean | undefined;
  for (const m of text.matchAll(/!+/g)) {
    const before = text.charCodeAt(m.index - 1);
    if (m[0].length % 2 || !(before >= 0x80)) continue;
    folded ??= isFolded(text);
    bangs.push({ start: m.index, end: m.index + m[0].length, after: (folded ? '!' : '！').repeat(m[0].length / 2) });
  }
  return bangs;
}

/** The spans that overlap no finding (both lists sorted). */
function outside<T extends { start: number; end: number }>(spans: readonly T[], findings: readonly Finding[]): T[] {
  let k = 0;
  return spans.filter((s) => {
    while (k < findings.length && findings[k].end <= s.start) k++;
    return k >= findings.length || s.end <= findings[k].start;
  });
}

/**
 * Whether the text holds traditional-only characters once the findings are applied, read piece by piece: a
 * long page holds thousands of findings, and joining its pieces made as many strings. A character found in a
 * piece is in the joined text too; only where none is found could two pieces form one across a join, a
 * surrogate pair, where the text holds surrogates (repairs are decoded GBK: all BMP).
 */
function traditionalOnlyAfter(text: string, findings: readonly Finding[]): boolean {
  let at = 0;
  for (const f of findings) {
    if (holdsTraditionalOnly(text, at, f.start) || holdsTraditionalOnly(f.after)) return true;
    at = f.end;
  }
  if (holdsTraditionalOnly(text, at)) return true;
  return /[\ud800-\udfff]/.test(text) && holdsTraditionalOnly(withReplacements(text, findings));
}

const isHanAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isHan(text.charCodeAt(i));
/** A neighbour of running text: Han, or a digit (10億, 3億 are units of a sentence, not words read out). */
const isRunningTextAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i); // NaN outside the text
  return (c >= 0x30 && c <= 0x39) || isHanAt(text, i);
};

/**
 * Per BMP code, 1 + the slot of an annotated character while readingsAreTheAuthors counts it (made on first
 * use, all zero between calls).
 */
let annotatedSlots: Int32Array | undefined;
/** The same codes as a bit each (8 KB): every character of the text is looked up, and few are annotated. */
let annotatedBits: Uint8Array | undefined;

const sameReadings = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((r, k) => r === b[k]);

/**
 * Whether readings are the author's (teaching text) rather than a site's. A site inserts one fixed reading
 * after every occurrence of each dictionary character, inside running text (research §3.1). Teaching text
 * reads out whole words (書(shū)、學(xué)習(xí)) or every character, explains the readings of one character (音樂(yuè)、
 * 快樂(lè)), or reads out a character once and then writes it bare. Glitches move bytes and break the pattern,
 * but they are the sites' own mark.
 */
function readingsAreTheAuthors(text: string, annotations: readonly Finding[], glitches: number): boolean {
  if (!annotations.length || glitches) return false;
  // Runs of annotated characters with no other character on either side: words read out.
  let runs = 0;
  let wordsReadOut = 0;
  let open = -1;
  for (let k = 0; k < annotations.length; k++) {
    const a = annotations[k];
    if (open < 0) open = a.start - 1;
    const next = annotations[k + 1];
    if (next && next.start - 1 === a.end && isHanAt(text, a.end)) continue; // the run goes on: 學(xué)習(xí)
    runs++;
    if (!isRunningTextAt(text, open - 1) && !isRunningTextAt(text, a.end)) wordsReadOut++;
    open = -1;
  }
  if (wordsReadOut * 2 > runs) return true;
  // One reading per character, after each of its occurrences. Keys are single BMP characters: each has a
  // slot by its code, and the text is read once, counting down each character's annotations.
  const slotOf = (annotatedSlots ??= new Int32Array(0x10000));
  const bits = (annotatedBits ??= new Uint8Array(0x10000 >> 3));
  const keys: Finding['keys'][number][] = [];
  const unmatched: number[] = []; // annotations not yet matched by an occurrence
  let authors = false;
  for (const a of annotations) {
    const key = a.keys[0];
    const code = key.char.charCodeAt(0);
    const k = slotOf[code] - 1;
    if (k < 0) {
      slotOf[code] = keys.push(key);
      bits[code >> 3] |= 1 << (code & 7);
      unmatched.push(1);
    } else if (keys[k] !== key && !sameReadings(keys[k].readings, key.readings)) {
      authors = true;
      break;
    } else unmatched[k]++;
  }
  // A character occurring more often than it is annotated was written bare too.
  for (let i = 0; !authors && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((bits[c >> 3] >> (c & 7)) & 1 && --unmatched[slotOf[c] - 1] < 0) authors = true;
  }
  for (const key of keys) {
    const code = key.char.charCodeAt(0);
    slotOf[code] = 0;
    bits[code >> 3] = 0;
  }
  return authors;
}

function analyse(text: string): Analysis {
  // Whether the text is folded is asked only where it matters: most texts hold no reading, most readings no
  // swallowed byte.
  let folded: boolean | undefined;
  const swallowed = (): number => ((folded ??= isFolded(text)) ? 0x2c : UNKNOWN_ASCII);
  const findings = /[(（?]/.test(text) ? readText(text, { trailingSpace: trailingSpaceStyle(text), swallowed }) : [];
  const commas = outside(noiseCommas(text).map((at) => ({ start: at, end: at + 1 })), findings).map((c) => c.start);
  if (!findings.length && !commas.length) return { findings, commas, signals: NO_SIGNALS };

  let glitches = 0; // those that prove the corruption
  let others = 0;
  for (const f of findings) {
    if (f.kind === 'annotation') continue;
    others++;
    if (f.proof) glitches++;
  }
  // Most texts hold annotations only: their list is the findings' own (a long page holds thousands).
  const annotations = others ? findings.filter((f) => f.kind === 'annotation') : findings;
  const traditional = traditionalOnlyAfter(text, findings);
  const signals: Signals = {
    traditionalAnnotation: annotations.some((f) => isTraditionalOnly(f.keys[0].char)) && !readingsAreTheAuthors(text, annotations, glitches),
    glitches,
    commaNoise: commas.length,
    traditional,
    mainland: commas.length === 1 && traditional ? mainlandUsage(withReplacements(text, findings)) : 0, // it only ever backs one comma
  };
  return { findings, commas, signals };
}

export function repairFlattenedPinyin(text: string, ctx: FlattenedPinyinContext): RepairStep[] {
  const { findings, commas, signals } = analyse(text);
  const own = showsCorruption(signals);
  let steps: RepairStep[] = [];
  if (own || ctx.evidence?.flattenedRuby) {
    // Each list is in text order already: merged as a stable sort of them all would order them (most texts
    // hold findings only).
    const byStart = (a: RepairStep, b: RepairStep): number => a.start - b.start;
    const findingSteps = findings.map((f) => findingStep(text, f, own));
    const commaSteps = commas.map((c) => commaStep(text, c, own));
    const bangSteps = outside(findBangs(text), findings).map((b) => bangStep(text, b.start, b.end, b.after));
    steps = commaSteps.length || bangSteps.length ? mergeSorted(mergeSorted(findingSteps, commaSteps, byStart), bangSteps, byStart) : findingSteps;
  }
  const convert = ctx.script === 'simplified' && (showsConversion(signals) || !!ctx.evidence?.convertedScript);
  return convert ? withConversion(text, steps, own) : steps;
}

/**
 * Adds the conversion back to simplified. It runs on the text as repaired (phrases such as 發揮著 must be
 * whole), then each changed character is traced back: inside a glitch's repair it changes that step, else it
 * becomes a step of its own (runs of adjacent characters together). OpenCC maps code point to code point.
 * The steps come out in text order as the walk meets them.
 */
function withConversion(text: string, steps: readonly RepairStep[], own: boolean): RepairStep[] {
  const { at, to } = simplifiedChangesAfter(text, steps);
  const out: RepairStep[] = [];
  // The run of converted characters being read: text[runStart, runEnd) becomes runAfter.
  let runStart = -1;
  let runEnd = -1;
  let runAfter = '';
  let c = 0;
  // Offsets in the repaired text lie this far past the same characters' in `text` (up to the next step).
  let shift = 0;
  for (let k = 0; k <= steps.length; k++) {
    const step = k < steps.length ? steps[k] : undefined;
    for (const end = (step ? step.start : text.length) + shift; c < at.length && at[c] < end; c++) {
      const start = at[c] - shift;
      if (start !== runEnd) {
        if (runAfter) out.push(conversionStep(text, runStart, runEnd, runAfter, own));
        runStart = start;
        runAfter = '';
      }
      runEnd = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
      runAfter += charOf(to[c]);
    }
    // Steps remove or replace at least one character: no run goes on across one.
    if (runAfter) out.push(conversionStep(text, runStart, runEnd, runAfter, own));
    runAfter = '';
    runEnd = -1;
    if (!step) break;
    const from = step.start + shift;
    const first = c;
    while (c < at.length && at[c] < from + step.after.length) c++;
    out.push(c > first ? { ...step, after: applyChanges(step.after, { at: at.slice(first, c).map((i) => i - from), to: to.slice(first, c) }) } : step);
    shift += step.after.length - (step.end - step.start);
  }
  return out;
}

/** Evidence from all blocks of a page: the corruption shown anywhere (commas and readings add up). */
export function flattenedPinyinEvidence(texts: readonly string[]): PageEvidence {
  let signals = NO_SIGNALS;
  for (const text of texts) signals = addSignals(signals, analyse(text).signals);
  return { flattenedRuby: showsCorruption(signals), convertedScript: showsConversion(signals) };
}
