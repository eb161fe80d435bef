/**
 * Stage: undo wrong decodings (mojibake). Each hypothesis module says which encoding was read as which;
 * this stage searches them all, keeps the best repair per span, and guesses lost characters when one
 * candidate clearly wins.
 */
import { isSimplifiedOnly, leansTraditional, simplifiedCode } from '../../hanzi/variants.ts';
import type { FixId, RepairStep } from '../../types.ts';
import { big5AsGbk } from '../big5-as-gbk.ts';
import { big5AsSingleByte } from '../big5-as-single-byte.ts';
import { gbkAsBig5 } from '../gbk-as-big5.ts';
import { gbkAsSingleByte } from '../gbk-as-single-byte.ts';
import { utf8AsBig5 } from '../utf8-as-big5.ts';
import { utf8AsGbk } from '../utf8-as-gbk.ts';
import { utf8AsSingleByte } from '../utf8-as-single-byte.ts';
import type { LostChar } from './decoders.ts';
import { findRepairs, type SpanRepair } from './find-repairs.ts';
import { codePointGlyphCost, neighbourBits, OVERLAPPING_WORD_SHARE, pairBits, WORD_BONUS } from '../../hanzi/plausibility.ts';
import { codePointCost } from '../../hanzi/char-cost.ts';
import { mayBeMisdecoded } from '../../scan.ts';

/** Every wrong-decoding hypothesis the engine tries. */
export const HYPOTHESES = [utf8AsSingleByte, utf8AsGbk, utf8AsBig5, gbkAsSingleByte, big5AsSingleByte, big5AsGbk, gbkAsBig5];

/** What a candidate costs written in the other script than the text's (曏 in simplified text, 战 in traditional). */
const OUT_OF_SCRIPT = 6;

/**
 * A guess must read well (bits, net of its neighbours' words), clearly better than the runner-up. The margin
 * is wide because a wrong guess is worse than a mark: on the lossy texts of the report's round trip, 5 bits
 * filled 596 texts' gaps right and 28 wrong (西宁 read as 西安, a word the wrong one makes); 6 bits, 490 and 9.
 */
const MAX_GUESS_COST = 11;
const MIN_GUESS_MARGIN = 6;
/** Costs are sums of tenths and halves: a bound compared with this slack holds whatever the floating point rounding. */
const ROUNDING = 1e-9;

/** A candidate list in order of cost (the commonest first; equals as listed), with what a guess looks up. */
interface RankedCandidates {
  codePoints: number[];
  costs: number[];
  glyphCosts: number[];
  simplified: number[];
  simplifiedOnly: boolean[];
  /** Each candidate's group: candidates with the same simplified form (長 and 长) are one, numbered from 0. */
  group: number[];
}

/** Lists are shared by every character that lost the same bytes (decoders.ts), and so are their rankings. */
const rankings = new WeakMap<readonly number[], RankedCandidates>();

function ranked(candidates: readonly number[]): RankedCandidates {
  let r = rankings.get(candidates);
  if (!r) {
    const codePoints = [...candidates].sort((a, b) => codePointCost(a) - codePointCost(b));
    const simplified = codePoints.map(simplifiedCode);
    const groupOf = new Map<number, number>();
    const group = simplified.map((s) => groupOf.get(s) ?? groupOf.set(s, groupOf.size).size - 1);
    r = {
      codePoints,
      costs: codePoints.map(codePointCost),
      glyphCosts: codePoints.map(codePointGlyphCost),
      simplified,
      simplifiedOnly: codePoints.map(isSimplifiedOnly),
      group,
    };
    rankings.set(candidates, r);
  }
  return r;
}

/**
 * What a guess keeps per group of candidates (see RankedCandidates.group): the guess that last wrote it, its
 * character in the text's script, and its cost; and the groups in the order first seen. Reused: this runs for
 * every lost character, and a Map of objects per guess cost a quarter of repairing a text with one.
 */
const groupGuess: number[] = [];
const groupChars: number[] = [];
const groupCosts: number[] = [];
const seen: number[] = [];
let guesses = 0;

/**
 * The candidate for a lost character that reads best between its neighbours (character frequency, and
 * common two-character words: 发展, not 向展), when it clearly beats the runner-up. A character and its
 * other script form (长 / 長) count as one candidate, written in the script of the text.
 */
function guessLost(lost: LostChar, after: string, traditional: boolean): string | undefined {
  // Neighbours as code units, as the text holds them (a lost neighbour tells nothing).
  const neighbour = (i: number): number => {
    const c = after.charCodeAt(i);
    return Number.isNaN(c) || c === 0xfffd ? -1 : c;
  };
  const before = neighbour(lost.index - 1);
  const next = neighbour(lost.index + 1);
  // A neighbour already in a word on its other side (知道 before 了) is less likely in one with the guess (道人).
  const leftShare = neighbourBits(neighbour(lost.index - 2), before) < 0 ? OVERLAPPING_WORD_SHARE : 1;
  const rightShare = neighbourBits(next, neighbour(lost.index + 2)) < 0 ? OVERLAPPING_WORD_SHARE : 1;
  const beforeSimplified = simplifiedCode(before);
  const nextSimplified = simplifiedCode(next);
  const withNeighbours = (c: number, simple: number): number =>
    pairBits(before, beforeSimplified, c, simple) * leftShare + pairBits(c, simple, next, nextSimplified) * rightShare;
  // What the neighbours make of each other, which a character between them undoes.
  const between = neighbourBits(before, next);
  const { codePoints, costs, glyphCosts, simplified, simplifiedOnly, group } = ranked(lost.candidates);
  // Word context is worth a few bits at most: candidates far rarer than the commonest cannot win.
  const cheapest = costs.length ? costs[0] : Infinity;
  if (cheapest > MAX_GUESS_COST + WORD_BONUS) return undefined;
  seen.length = 0;
  guesses++;
  // A word with each neighbour the text has is the most context can take off.
  const mostOff = WORD_BONUS * ((before < 0 ? 0 : leftShare) + (next < 0 ? 0 : rightShare)) + between;
  // The cheapest group so far, its cost, and the cheapest of the other groups.
  let lowestGroup = -1;
  let lowest = Infinity;
  let runnerUp = Infinity;
  for (let k = 0; k < codePoints.length; k++) {
    // From a candidate whose cost cannot come within the margin of the best so far (or of the costliest guess
    // allowed) on, no candidate changes anything (a glyph costs at least as much).
    const bound = Math.min(lowest, MAX_GUESS_COST) + MIN_GUESS_MARGIN;
    const leastCost = costs[k] - mostOff;
    if (costs[k] > cheapest + 2 * WORD_BONUS + MIN_GUESS_MARGIN || leastCost >= bound) break;
    // Most guesses fail: once no candidate left can be the margin below the runner-up (or cost little enough),
    // none can be a clear winner.
    if ((runnerUp - lowest < MIN_GUESS_MARGIN && leastCost > runnerUp - MIN_GUESS_MARGIN + ROUNDING) || (lowest > MAX_GUESS_COST && leastCost > MAX_GUESS_COST + ROUNDING)) return undefined;
    const c = codePoints[k];
    const own = glyphCosts[k] + ((traditional ? simplifiedOnly[k] : simplified[k] !== c) ? OUT_OF_SCRIPT : 0);
    if (own - mostOff >= bound) continue;
    const cost = own + withNeighbours(c, simplified[k]) - between;
    const g = group[k];
    if (cost < lowest) {
      if (g !== lowestGroup) runnerUp = lowest;
      lowestGroup = g;
      lowest = cost;
    } else if (g !== lowestGroup && cost < runnerUp) runnerUp = cost;
    const inScript = (simplified[k] === c) !== traditional;
    if (groupGuess[g] !== guesses) {
      groupGuess[g] = guesses;
      seen.push(g);
      groupChars[g] = c;
      groupCosts[g] = cost;
    } else if (cost < groupCosts[g] || (cost === groupCosts[g] && inScript)) {
      groupChars[g] = c;
      groupCosts[g] = cost;
    }
  }
  // The two cheapest (the first of equals wins), without sorting: this runs for every lost character.
  let best = -1;
  let second = -1;
  for (const g of seen) {
    if (best < 0 || groupCosts[g] < groupCosts[best]) [second, best] = [best, g];
    else if (second < 0 || groupCosts[g] < groupCosts[second]) second = g;
  }
  if (best < 0 || groupCosts[best] > MAX_GUESS_COST) return undefined;
  return second < 0 || groupCosts[second] - groupCosts[best] >= MIN_GUESS_MARGIN ? String.fromCodePoint(groupChars[best]) : undefined;
}

/**
 * A guess for every lost character, or undefined as soon as one has none: guesses are all or nothing,
 * since a text that mixes guessed and marked characters is harder to trust than one where every gap is
 * either filled with confidence or shown.
 */
function guessAllLost(repairs: readonly SpanRepair[]): string[][] | undefined {
  if (!repairs.some((r) => r.lost.length)) return repairs.map(() => []);
  const traditional = leansTraditional(...repairs.map((r) => r.after));
  const guesses: string[][] = [];
  for (const r of repairs) {
    const list: string[] = [];
    for (const lost of r.lost) {
      const guess = guessLost(lost, r.after, traditional);
      if (guess === undefined) return undefined;
      list.push(guess);
    }
    guesses.push(list);
  }
  // A repair that gives another layer of mojibake is no context to guess in: its lost character is itself
  // garbled, and the next layer reads whatever the guess was. (Its own lost characters aside, the scan
  // flags what still looks misdecoded; asked last, as most guesses fail before.)
  if (repairs.some((r) => r.lost.length && mayBeMisdecoded(r.after.replace(/\ufffd/g, '')))) return undefined;
  return guesses;
}

/**
 * `lostMarks`: how many of the text's U+FFFD an earlier layer's repair wrote for lost characters. `trusted`:
 * the wrong decodings its page shows (PageEvidence.misreadings).
 */
export function repairWrongDecodings(text: string, recoverLost: boolean, lostMarks = 0, trusted: readonly FixId[] = []): RepairStep[] {
  const repairs = findRepairs(text, HYPOTHESES, lostMarks, trusted);
  const guesses = recoverLost ? guessAllLost(repairs) : undefined;
  const guessAll = guesses !== undefined;
  return repairs.map((r, i) => {
    let after = r.after;
    const guessed = guessAll ? guesses![i].length : 0;
    if (guessAll) {
      r.lost.forEach((lost, k) => {
        after = after.slice(0, lost.index) + guesses![i][k] + after.slice(lost.index + 1);
      });
    }
    const confidence = Math.min(0.99, Math.max(0.05, r.score / (r.score + 8))) * (guessed ? 0.8 : 1);
    const guessNote = guessed ? ` ${guessed} character(s) whose last byte was lost were restored from the surviving bytes and character frequency.` : '';
    return {
      fix: r.hypothesis.id,
      start: r.start,
      end: r.end,
      before: r.before,
      after,
      confidence: Math.round(confidence * 100) / 100,
      explanation: r.hypothesis.explain + guessNote,
    };
  });
}

/** A repair this long proves its wrong decoding on its own (see find-repairs.ts). */
const EVIDENCE_MULTIBYTE = 4;
/** Texts of a page a wrong decoding must repair so, for the page to show it. */
const EVIDENCE_TEXTS = 3;

/** Characters of flagged texts read for the evidence: a garbled page shows its mistake early and all over. */
const EVIDENCE_CHARACTERS = 20_000;

/**
 * The wrong decodings that several of the texts repair at length: a page read with the wrong charset shows
 * its mistake in every paragraph. The texts the scan passes over are not read.
 */
export function misreadingEvidence(texts: readonly string[]): FixId[] {
  const counts = new Map<FixId, number>();
  let read = 0;
  for (const text of texts) {
    if (read >= EVIDENCE_CHARACTERS) break;
    if (!mayBeMisdecoded(text)) continue;
    read += text.length;
    const seen = new Set<FixId>();
    for (const r of findRepairs(text, HYPOTHESES)) {
      if (countNonAscii(r.after) >= EVIDENCE_MULTIBYTE) seen.add(r.hypothesis.id);
    }
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= EVIDENCE_TEXTS).map(([id]) => id);
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}
