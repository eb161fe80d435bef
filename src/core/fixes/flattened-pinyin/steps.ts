/** Repair steps of this stage, each with the sentence a reader sees. */
import type { RepairStep } from '../../types.ts';
import type { Finding } from './annotations.ts';
import { readingLabel } from './reading-syntax.ts';

const step = (text: string, fix: RepairStep['fix'], start: number, end: number, after: string, confidence: number, explanation: string): RepairStep =>
  ({ fix, start, end, before: text.slice(start, end), after, confidence, explanation });

const readingOf = (key: Finding['keys'][number]): string => `(${readingLabel(key.readings)}) of ${key.char}`;

/** Each annotation's sentence, by its key: a page repeats the same annotations, which share their keys. */
const annotationExplanations = new WeakMap<Finding['keys'][number], string>();

function annotationExplanation(key: Finding['keys'][number]): string {
  let explanation = annotationExplanations.get(key);
  if (explanation === undefined) {
    explanation = `A pinyin reading (${readingLabel(key.readings)}) had been inserted after ${key.char} by a mirror site.`;
    annotationExplanations.set(key, explanation);
  }
  return explanation;
}

/** `ownEvidence`: the text shows the corruption itself, not only the rest of its page. */
export function findingStep(text: string, f: Finding, ownEvidence: boolean): RepairStep {
  if (f.kind === 'annotation') {
    return step(text, 'pinyin-annotation', f.start, f.end, '', ownEvidence ? 0.95 : 0.85, annotationExplanation(f.keys[0]));
  }
  if (!f.after && f.keys.length === 1) {
    return step(text, 'pinyin-glitch', f.start, f.end, '', 0.9,
      `A mirror site inserted the reading ${readingOf(f.keys[0])} after ${text.slice(f.start - 1, f.start)}: its byte-level replacement found the bytes of ${f.keys[0].char} across ${text.slice(f.start - 2, f.start)}.`);
  }
  const readings = f.keys.map(readingOf);
  const causes = [
    ...(readings.length === 1 ? [`inserted the pinyin reading ${readings[0]} where the GBK bytes of two neighbouring characters happened to spell ${f.keys[0].char}`] : []),
    ...(readings.length > 1 ? [`inserted the pinyin readings ${readings.join(' and ')} into the GBK bytes here, at least one where two neighbouring characters happened to spell its character`] : []),
    ...(f.bang ? ['replaced the bytes of ！ (A3 A1), which here straddled two characters, with "!!"'] : []),
  ];
  return step(text, 'pinyin-glitch', f.start, f.end, f.after, f.guessed ? 0.6 : 0.9,
    `A mirror site ${causes.join(' and ')}, which garbled the text; the bytes were put back together.` +
    (f.guessed ? ' Some bytes were lost, and the most likely characters were chosen.' : ''));
}

export const commaStep = (text: string, at: number, ownEvidence: boolean): RepairStep =>
  step(text, 'comma-noise', at, at + 1, '', ownEvidence ? 0.9 : 0.8, `A mirror site had injected this comma in front of "${text[at + 1]}".`);

export const bangStep = (text: string, start: number, end: number, after: string): RepairStep =>
  step(text, 'pinyin-glitch', start, end, after, 0.8, `A mirror site had replaced ${after.length > 1 ? 'each ！' : '！'} with "!!".`);

export function conversionStep(text: string, start: number, end: number, after: string, ownEvidence: boolean): RepairStep {
  const before = text.slice(start, end);
  return { fix: 'converted-script', start, end, before, after, confidence: ownEvidence ? 0.9 : 0.85,
    explanation: `A mirror site had converted the simplified ${after} to traditional ${before}.` };
}
