/**
 * The repair of one frame's document: a first look (first-look.ts; clean pages stop there, without loading
 * the engine or reading the options), then the engine on every run, in idle-time slices; later changes come
 * in batches from the mutation watcher. "Show original" puts every text back; "repair" starts over.
 */
import browser from 'webextension-polyfill';
import type { DocumentRepairer } from '../dom/repairer.ts';
import { UI_ATTRIBUTE } from '../dom/skip.ts';
import { emptySummary, type RepairSummary } from '../dom/summary.ts';
import { runText, textAttributeOwners, textRuns, type TextRun } from '../dom/text-runs.ts';
import { cleanFrame, type FrameStatus, type PageSnapshot, type RepairState } from '../shared/messages.ts';
import { getOptions, watchOptions } from '../shared/options-storage.ts';
import { DEFAULT_OPTIONS, type Options } from '../shared/options.ts';
import type * as Engine from './engine.ts';
import { attributeTexts, firstLook, someMayNeedRepair } from './first-look.ts';
import { Highlighter } from './highlight.ts';
import { inSlices } from './idle.ts';
import { MutationWatcher, type MutationBatch } from './mutations.ts';

/**
 * The engine carries the conversion tables and codec data: it is only loaded for pages that need it (with
 * the DOM layer that applies it, see engine.ts). Each table is built when a repair first needs it, the
 * biggest (OpenCC's) in about 15 ms: far below a long task, so they need no slicing of their own.
 */
let engine: Promise<typeof Engine> | undefined;
const loadEngine = (): Promise<typeof Engine> =>
  (engine ??= import(/* @vite-ignore */ browser.runtime.getURL('engine.js')) as Promise<typeof Engine>);

function withoutUi(copy: Element): Element {
  for (const element of copy.querySelectorAll(`[${UI_ATTRIBUTE}]`)) element.remove();
  return copy;
}

export class PageRepair {
  #state: RepairState = 'working';
  #options: Options = { ...DEFAULT_OPTIONS };
  /** The stored options are read when the page first needs the engine: a clean page never reads them. */
  #optionsRead: Promise<void> | undefined;
  /** Created when the page first needs the engine, with the whole page's evidence. */
  #repairer: DocumentRepairer | undefined;
  /** What the last repair did, kept while the original is shown. */
  #undone: RepairSummary = emptySummary();
  #work: Promise<void> = Promise.resolve();
  #highlighter = new Highlighter();
  #watcher = new MutationWatcher((batch) => void this.#queue(() => this.#repairBatch(batch)));
  #onStatus: (status: FrameStatus) => void;
  #reported: string;

  constructor(onStatus: (status: FrameStatus) => void) {
    this.#onStatus = onStatus;
    // A frame that has not reported reads as working (the popup, the badge): the first report is the verdict.
    this.#reported = JSON.stringify(this.status());
    this.#watcher.start();
  }

  status(): FrameStatus {
    const summary = this.#state === 'original' ? this.#undone : (this.#repairer?.summary() ?? emptySummary());
    return { ...summary, state: this.#state };
  }

  /** Resolves once the work queued so far is done, so the page's text is final. */
  async settled(): Promise<FrameStatus> {
    await this.#work;
    return this.status();
  }

  /** The page as repaired, and as it was, without the extension's own elements. */
  snapshot(): PageSnapshot {
    const root = document.documentElement;
    const original = this.#state === 'repaired' ? this.#repairer?.ledger.originalCopy(root) : undefined;
    return {
      html: withoutUi(root.cloneNode(true) as Element).outerHTML,
      url: location.href,
      title: document.title,
      ...(original && { original: withoutUi(original).outerHTML }),
    };
  }

  #setOptions(options: Options): void {
    const redo = this.#state === 'repaired' && (options.script !== this.#options.script || (options.highlight && !this.#highlighter.enabled));
    this.#options = options;
    if (!options.highlight) this.#highlighter.disable();
    // A new script policy, or marks wanted for repairs already made: redo the page from its original text.
    if (redo) void this.repair();
  }

  /** Repairs the whole document (again, after "show original"). */
  repair(): Promise<FrameStatus> {
    return this.#queue(async () => {
      this.#restore();
      this.#setState('working');
      await this.#repairWhole();
    });
  }

  showOriginal(): Promise<FrameStatus> {
    return this.#queue(async () => {
      if (this.#state === 'original') return;
      this.#undone = this.#repairer?.summary() ?? emptySummary();
      this.#restore();
      this.#setState('original');
    });
  }

  #queue(task: () => Promise<void>): Promise<FrameStatus> {
    this.#work = this.#work.then(task).catch((error: unknown) => console.error('Mojifix:', error));
    return this.settled();
  }

  #restore(): void {
    // Nothing to put back on a page never repaired (every page's first repair): its look costs as little.
    if (this.#repairer || this.#highlighter.enabled) {
      this.#watcher.quietly(() => {
        this.#repairer?.restore();
        this.#highlighter.disable();
      });
    }
    this.#watcher.discard();
    this.#repairer = undefined;
  }

  async #repairWhole(): Promise<void> {
    const look = await firstLook(document, () => this.#watcher.changes);
    if (look === 'flagged') {
      const runs: TextRun[] = [];
      const complete = await inSlices(textRuns(document), (run) => runs.push(run));
      const owners = textAttributeOwners(document);
      await this.#repairRuns(await this.#ensureRepairer(runs, owners), runs, owners);
      // The page removed the part being walked, and what followed it was not seen: walk everything again.
      if (complete === false) void this.#queue(() => this.#repairBatch({ blocks: [document.documentElement], attributeOwners: owners }));
    }
    // The background recorded the clean verdict as this frame's status already.
    if (look === 'reported') this.#reported = JSON.stringify(cleanFrame());
    this.#settle();
  }

  async #repairBatch({ blocks, attributeOwners }: MutationBatch): Promise<void> {
    if (this.#state === 'original') return;
    const runs = blocks.flatMap((block) => [...textRuns(block)]);
    if (!this.#repairer && !(await someMayNeedRepair([...runs.map(runText), ...attributeOwners.flatMap(attributeTexts)]))) return;
    const repairer = this.#repairer ?? (await this.#ensureRepairer([...textRuns(document)], textAttributeOwners(document)));
    // New content may be the first to show the damage (an article loaded later by a single-page app).
    const engine = await loadEngine();
    const more = engine.pageEvidence(engine, runs, attributeOwners);
    repairer.evidence = {
      flattenedRuby: repairer.evidence.flattenedRuby || more.flattenedRuby,
      convertedScript: repairer.evidence.convertedScript || more.convertedScript,
    };
    await this.#repairRuns(repairer, runs, attributeOwners);
    this.#settle();
  }

  #readOptions(): Promise<void> {
    return (this.#optionsRead ??= getOptions().then((options) => {
      this.#options = options;
      watchOptions((changed) => this.#setOptions(changed));
    }));
  }

  async #ensureRepairer(pageRuns: TextRun[], pageOwners: Element[]): Promise<DocumentRepairer> {
    if (this.#repairer) return this.#repairer;
    const [engine] = await Promise.all([loadEngine(), this.#readOptions()]);
    const repairer = new engine.DocumentRepairer(engine, engine.pageEvidence(engine, pageRuns, pageOwners), { script: this.#options.script });
    repairer.onMark = (node, start, end) => this.#highlighter.mark(node, start, end);
    return (this.#repairer = repairer);
  }

  async #repairRuns(repairer: DocumentRepairer, runs: TextRun[], owners: Element[]): Promise<void> {
    if (this.#options.highlight) this.#watcher.quietly(() => this.#highlighter.enable());
    await inSlices(runs, (run) => this.#watcher.quietly(() => repairer.repairRun(run)));
    await inSlices(owners, (owner) => this.#watcher.quietly(() => repairer.repairAttributes(owner)));
  }

  #settle(): void {
    this.#setState(this.#repairer && this.#repairer.summary().repairs > 0 ? 'repaired' : 'clean');
  }

  #setState(state: RepairState): void {
    this.#state = state;
    const status = this.status();
    const key = JSON.stringify(status);
    if (key !== this.#reported) this.#onStatus(status);
    this.#reported = key;
  }
}
