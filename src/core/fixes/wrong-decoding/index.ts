/**
 * Stage: undo wrong decodings (mojibake). Each hypothesis module says which encoding was read as which;
 * this stage searches them all, keeps the best repair per span, and guesses lost characters when one
 * candidate clearly wins.
 */
import { charCost } from '../../hanzi/char-cost.ts';
import type { RepairStep } from '../../types.ts';
import { big5AsGbk } from '../big5-as-gbk.ts';
import { big5AsSingleByte } from '../big5-as-single-byte.ts';
import { gbkAsBig5 } from '../gbk-as-big5.ts';
import { gbkAsSingleByte } from '../gbk-as-single-byte.ts';
import { utf8AsGbk } from '../utf8-as-gbk.ts';
import { utf8AsSingleByte } from '../utf8-as-single-byte.ts';
import type { LostChar } from './decoders.ts';
import { findRepairs } from './find-repairs.ts';

/** Every wrong-decoding hypothesis the engine tries. */
export const HYPOTHESES = [utf8AsSingleByte, utf8AsGbk, gbkAsSingleByte, big5AsSingleByte, big5AsGbk, gbkAsBig5];

/** A guess must be a common character, clearly more likely than the runner-up (bits). */
const MAX_GUESS_COST = 11;
const MIN_GUESS_MARGIN = 4;
/** A candidate that also occurs intact elsewhere in the text is this much more likely (bits). */
const SEEN_BONUS = 4;

function guessLost(lost: LostChar, context: string): string | undefined {
  const ranked = lost.candidates
    .map((c) => ({ c, cost: charCost(c) - (context.includes(c) ? SEEN_BONUS : 0) }))
    .sort((a, b) => a.cost - b.cost);
  const [best, second] = ranked;
  if (!best || best.cost > MAX_GUESS_COST) return undefined;
  return !second || second.cost - best.cost >= MIN_GUESS_MARGIN ? best.c : undefined;
}

export function repairWrongDecodings(text: string, recoverLost: boolean): RepairStep[] {
  const steps: RepairStep[] = [];
  for (const r of findRepairs(text, HYPOTHESES)) {
    let after = r.after;
    let guessed = 0;
    for (const lost of [...r.lost].reverse()) {
      const guess = recoverLost ? guessLost(lost, text) : undefined;
      if (guess) {
        after = after.slice(0, lost.index) + guess + after.slice(lost.index + 1);
        guessed++;
      }
    }
    const confidence = Math.min(0.99, r.gain / (r.gain + 8)) * (guessed ? 0.8 : 1);
    const guessNote = guessed ? ` ${guessed} character(s) whose last byte was lost were restored from the surviving bytes and character frequency.` : '';
    steps.push({
      fix: r.hypothesis.id,
      start: r.start,
      end: r.end,
      before: r.before,
      after,
      confidence: Math.round(confidence * 100) / 100,
      explanation: r.hypothesis.explain + guessNote,
    });
  }
  return steps;
}
