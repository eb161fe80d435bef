/**
 * Applies the engine to a page's text runs and text attributes in place, counting what it did. Every
 * write goes through a ledger, so the page's own text can be restored exactly.
 */
import type * as Core from '../core/index.ts';
import type { FixId, PageEvidence, RepairOptions, RepairWarning, WarningKind } from '../core/types.ts';
import { emptySummary, type RepairExample, type RepairSummary } from './summary.ts';
import { mayNeedRepair } from '../core/scan.ts';
import { distribute } from './distribute.ts';
import { Ledger } from './ledger.ts';
import { TEXT_ATTRIBUTES, runText, type TextRun } from './text-runs.ts';

/** The part of the engine the DOM layer uses; the content script loads it lazily. */
export type Engine = Pick<typeof Core, 'repair' | 'collectEvidence'>;

export type DomRepairOptions = Pick<RepairOptions, 'script' | 'recoverLost'>;

/** Called for each range of repaired text, with offsets into the node's new data. */
export type MarkListener = (node: Text, start: number, end: number) => void;

const hasText = (text: string): boolean => /\S/.test(text);

export class DocumentRepairer {
  readonly ledger = new Ledger();
  evidence: PageEvidence;
  onMark: MarkListener | undefined;
  #engine: Engine;
  #options: DomRepairOptions;
  #summary = emptySummary();
  /** Warnings by where they were found (a run's first node, an element's attributes): a re-run replaces them. */
  #warnings = new Map<object, FoundWarning[]>();

  constructor(engine: Engine, evidence: PageEvidence, options: DomRepairOptions = {}) {
    this.#engine = engine;
    this.evidence = evidence;
    this.#options = options;
  }

  /** Repairs one run in place; returns how many repairs it made. */
  repairRun(run: TextRun): number {
    let count = 0;
    if (this.evidence.convertedScript) {
      for (const reading of run.readings) {
        if (reading.data && this.ledger.mayWriteText(reading) && this.ledger.writeText(reading, '')) {
          this.#count('pinyin-annotation', { before: reading.data, after: '', explanation: 'A reading shown above a converted character.' });
          count++;
        }
      }
    }
    const nodes = run.nodes.filter((node) => node.isConnected);
    const parts = nodes.map((node) => node.data);
    const text = parts.join('');
    if (!nodes.length || !hasText(text)) return count;
    const result = this.#engine.repair(text, { ...this.#options, evidence: this.evidence });
    this.#setWarnings(nodes[0], result.warnings.map((w) => describeWarning(text, w)));
    if (!result.steps.length) return count;

    const alone = (fragment: string) => this.#engine.repair(fragment, { ...this.#options, evidence: this.evidence }).text;
    const next = distribute(parts, result.steps, (fragments) => fragments.map(alone));
    // All or nothing: half a repair (a character converted, its reading left behind) reads worse than none.
    if (nodes.some((node, i) => next.parts[i] !== parts[i] && !this.ledger.mayWriteText(node))) return count;
    nodes.forEach((node, i) => next.parts[i] !== parts[i] && this.ledger.writeText(node, next.parts[i]));
    for (const step of result.steps) this.#count(step.fix, step);
    for (const mark of next.marks) this.onMark?.(nodes[mark.index], mark.start, mark.end);
    return count + result.steps.length;
  }

  /** Repairs the element's alt and title attributes; returns how many repairs it made. */
  repairAttributes(element: Element): number {
    let count = 0;
    const warnings: FoundWarning[] = [];
    for (const name of TEXT_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (!value || !hasText(value)) continue;
      const result = this.#engine.repair(value, { ...this.#options, evidence: this.evidence });
      warnings.push(...result.warnings.map((w) => describeWarning(value, w)));
      if (!result.changed || !this.ledger.writeAttribute(element, name, result.text)) continue;
      for (const step of result.steps) this.#count(step.fix, step);
      count += result.steps.length;
    }
    this.#setWarnings(element, warnings);
    return count;
  }

  summary(): RepairSummary {
    const summary = structuredClone(this.#summary);
    for (const list of this.#warnings.values()) {
      for (const { kind, text, message } of list) {
        summary.warnings[kind] = (summary.warnings[kind] ?? 0) + 1;
        summary.warningExamples[kind] ??= { text, message };
      }
    }
    return summary;
  }

  /** Puts the page's text back and starts counting afresh. */
  restore(): void {
    this.ledger.restore();
    this.#summary = emptySummary();
    this.#warnings.clear();
  }

  #count(fix: FixId, example: RepairExample): void {
    this.#summary.repairs++;
    this.#summary.byKind[fix] = (this.#summary.byKind[fix] ?? 0) + 1;
    this.#summary.examples[fix] ??= { before: example.before, after: example.after, explanation: example.explanation };
  }

  #setWarnings(where: object, warnings: FoundWarning[]): void {
    if (warnings.length) this.#warnings.set(where, warnings);
    else this.#warnings.delete(where);
  }
}

interface FoundWarning {
  kind: WarningKind;
  text: string;
  message: string;
}

const describeWarning = (text: string, warning: RepairWarning): FoundWarning => ({
  kind: warning.kind,
  text: text.slice(warning.start, warning.end),
  message: warning.message,
});

/** Every text of the page the engine judges: its text runs and text attributes. */
function pageTexts(runs: Iterable<TextRun>, attributeOwners: Iterable<Element>): string[] {
  const texts: string[] = [];
  for (const run of runs) texts.push(runText(run));
  for (const owner of attributeOwners) for (const name of TEXT_ATTRIBUTES) texts.push(owner.getAttribute(name) ?? '');
  return texts.filter(hasText);
}

/**
 * Enough of a page's text to judge it by (some twenty pages of print). The evidence costs time in proportion
 * to the text it reads, and a page shows its kind of damage early and all over: on a 1 MB page, reading it
 * all took a third of a second in one go, in the middle of the page's main thread.
 */
const EVIDENCE_CHARACTERS = 20_000;

/**
 * The texts to gather page evidence from: those the scan flags first (they carry the signals), then others.
 * The scan stops once the flagged texts fill the sample: on a garbled page, that is early.
 */
function evidenceSample(texts: readonly string[]): string[] {
  const flagged: string[] = [];
  const others: string[] = [];
  let flaggedSize = 0;
  for (const text of texts) {
    if (flaggedSize >= EVIDENCE_CHARACTERS) break;
    if (mayNeedRepair(text)) {
      flagged.push(text);
      flaggedSize += text.length;
    } else {
      others.push(text);
    }
  }
  const sample: string[] = [];
  let size = 0;
  for (const text of [...flagged, ...others]) {
    if (size >= EVIDENCE_CHARACTERS) break;
    sample.push(text);
    size += text.length;
  }
  return sample;
}

/** What the page says about itself, from a sample of its runs and attributes (see `collectEvidence`). */
export function pageEvidence(engine: Engine, runs: Iterable<TextRun>, attributeOwners: Iterable<Element>): PageEvidence {
  return engine.collectEvidence(evidenceSample(pageTexts(runs, attributeOwners)));
}
