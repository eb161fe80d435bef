/**
 * The originals of everything the repair wrote into a page, so that "show original" restores the exact
 * text. A write only happens while the value is still ours or the page's own: when something else keeps
 * rewriting a node (another extension converting the text back, say), the repair gives that node up
 * instead of fighting it forever.
 */

// NodeFilter's values (linkedom has no NodeFilter global).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** How often a node may be re-repaired after someone else changed the text we wrote. */
const MAX_CONTESTED_WRITES = 3;

interface Entry {
  original: string;
  written: string;
  contested: number;
}

export class Ledger {
  #texts = new Map<Text, Entry>();
  #attributes = new Map<Element, Map<string, Entry>>();

  /** False when the node was given up: someone else rewrote it after us too often. */
  mayWriteText(node: Text): boolean {
    const entry = this.#texts.get(node);
    return !entry || entry.written === node.data || entry.contested < MAX_CONTESTED_WRITES;
  }

  /** Sets the node's data; false when the node is given up. */
  writeText(node: Text, value: string): boolean {
    const entry = this.#record(this.#texts, node, node.data);
    if (!entry) return false;
    entry.written = value;
    if (node.data !== value) node.data = value;
    return true;
  }

  writeAttribute(element: Element, name: string, value: string): boolean {
    let entries = this.#attributes.get(element);
    if (!entries) this.#attributes.set(element, (entries = new Map()));
    const entry = this.#record(entries, name, element.getAttribute(name) ?? '');
    if (!entry) return false;
    entry.written = value;
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    return true;
  }

  /** A copy of `root` with the page's own text where the repair wrote (the page itself is not touched). */
  originalCopy(root: Element): Element {
    const copy = root.cloneNode(true) as Element;
    const doc = root.ownerDocument;
    // The copy has the same shape: walk both trees in step.
    const live = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    const copied = doc.createTreeWalker(copy, SHOW_ELEMENT | SHOW_TEXT);
    for (let node: Node | null = live.currentNode, twin: Node | null = copied.currentNode; node && twin; node = live.nextNode(), twin = copied.nextNode()) {
      const text = this.#texts.get(node as Text);
      if (text && (node as Text).data === text.written) (twin as Text).data = text.original;
      for (const [name, entry] of this.#attributes.get(node as Element) ?? []) {
        if ((node as Element).getAttribute(name) === entry.written) (twin as Element).setAttribute(name, entry.original);
      }
    }
    return copy;
  }

  /** Puts back every original the page has not changed since; forgets everything. */
  restore(): void {
    for (const [node, entry] of this.#texts) if (node.data === entry.written) node.data = entry.original;
    for (const [element, entries] of this.#attributes) {
      for (const [name, entry] of entries) if (element.getAttribute(name) === entry.written) element.setAttribute(name, entry.original);
    }
    this.#texts.clear();
    this.#attributes.clear();
  }

  #record<K>(entries: Map<K, Entry>, key: K, current: string): Entry | undefined {
    const entry = entries.get(key);
    if (!entry) {
      const created = { original: current, written: current, contested: 0 };
      entries.set(key, created);
      return created;
    }
    if (current === entry.written) return entry;
    // The page (or someone) replaced our text: that is the new original.
    if (++entry.contested > MAX_CONTESTED_WRITES) return undefined;
    entry.original = current;
    return entry;
  }
}
