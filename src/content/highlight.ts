/**
 * Marks repaired text with the CSS Custom Highlight API: no element is added around the text, so the
 * page's layout, selection and listeners are untouched. A translucent amber with a dotted underline reads
 * on light and dark pages alike.
 */
import { UI_ATTRIBUTE } from '../dom/skip.ts';

const NAME = 'mojifix-repaired';
const STYLE = `::highlight(${NAME}) { background-color: rgb(255 184 0 / 0.28); text-decoration: underline dotted rgb(230 140 0); }`;

const supported = (): boolean => typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

export class Highlighter {
  #highlight: Highlight | undefined;
  #style: HTMLStyleElement | undefined;

  get enabled(): boolean {
    return this.#highlight !== undefined;
  }

  enable(): void {
    if (this.#highlight || !supported()) return;
    this.#highlight = new Highlight();
    CSS.highlights.set(NAME, this.#highlight);
    this.#style = document.createElement('style');
    this.#style.setAttribute(UI_ATTRIBUTE, '');
    this.#style.textContent = STYLE;
    (document.head ?? document.documentElement).append(this.#style);
  }

  disable(): void {
    // Looking CSS.highlights up costs a millisecond on a page that never had marks.
    if (!this.#highlight) return;
    CSS.highlights.delete(NAME);
    this.#style?.remove();
    this.#highlight = this.#style = undefined;
  }

  mark(node: Text, start: number, end: number): void {
    if (!this.#highlight) return;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    this.#highlight.add(range);
  }
}
