/**
 * Watches the page for text added or changed after the first pass (infinite scroll, comments, SPA
 * navigation) and hands over the blocks to repair, in batches. Records caused by the repair's own writes are
 * taken out of the queue right after each write, so the repair never reacts to itself.
 */
import { UI_ATTRIBUTE } from '../dom/skip.ts';
import { blockOf, TEXT_ATTRIBUTES } from '../dom/text-runs.ts';

/** Batches are collected for this long: enough to take a burst of insertions at once. */
const BATCH_MS = 150;

export interface MutationBatch {
  /** Blocks whose text runs must be repaired again (none inside another). */
  blocks: Element[];
  /** Elements whose alt or title attribute changed. */
  attributeOwners: Element[];
}

export class MutationWatcher {
  #observer: MutationObserver;
  #blocks = new Set<Element>();
  #owners = new Set<Element>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onBatch: (batch: MutationBatch) => void;
  #changes = 0;

  constructor(onBatch: (batch: MutationBatch) => void) {
    this.#onBatch = onBatch;
    this.#observer = new MutationObserver((records) => this.#collect(records));
  }

  start(): void {
    this.#observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...TEXT_ATTRIBUTES],
    });
  }

  /** How many changes the page made so far (the repair's own writes aside). */
  get changes(): number {
    return this.#changes;
  }

  /** Runs the repair's own writes: what was queued before is kept, what they cause is dropped. */
  quietly<T>(write: () => T): T {
    this.#collect(this.#observer.takeRecords());
    try {
      return write();
    } finally {
      this.#observer.takeRecords();
    }
  }

  /** Forgets what was queued (after "show original", the page is left as it is). */
  discard(): void {
    this.#observer.takeRecords();
    this.#blocks.clear();
    this.#owners.clear();
  }

  #collect(records: MutationRecord[]): void {
    this.#changes += records.length;
    for (const record of records) {
      if (record.type === 'attributes') this.#owners.add(record.target as Element);
      else if (record.type === 'characterData') this.#addBlock(record.target);
      else {
        // A removal can join text that was apart (a <br> between 發 and (fā)).
        if (record.removedNodes.length) this.#addBlock(record.target);
        for (const node of record.addedNodes) this.#addBlock(node);
      }
    }
    if ((this.#blocks.size || this.#owners.size) && this.#timer === undefined) {
      this.#timer = setTimeout(() => this.#flush(), BATCH_MS);
    }
  }

  #addBlock(node: Node): void {
    const block = blockOf(node);
    if (block && !block.closest(`[${UI_ATTRIBUTE}]`)) this.#blocks.add(block);
  }

  #flush(): void {
    this.#timer = undefined;
    const blocks = [...this.#blocks].filter((block) => block.isConnected && !this.#hasQueuedAncestor(block));
    const attributeOwners = [...this.#owners].filter((owner) => owner.isConnected);
    this.#blocks.clear();
    this.#owners.clear();
    if (blocks.length || attributeOwners.length) this.#onBatch({ blocks, attributeOwners });
  }

  #hasQueuedAncestor(block: Element): boolean {
    for (let at = block.parentElement; at; at = at.parentElement) if (this.#blocks.has(at)) return true;
    return false;
  }
}
