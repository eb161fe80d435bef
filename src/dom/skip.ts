/**
 * What the repair must never touch: code and form fields (their text is data, not prose), editable regions
 * (the user is typing there), text the page marks as not to be translated, and the extension's own UI.
 */

// Numeric node types: linkedom does not expose the Node constructor's constants as globals.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Marks elements the extension itself adds to a page. */
export const UI_ATTRIBUTE = 'data-mojifix-ui';

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object',
  'textarea', 'input', 'select', 'option',
  'code', 'pre', 'kbd', 'samp',
  'svg', 'math',
]);

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  // contenteditable="" / "true" / "plaintext-only" (or any unknown value) all let the user type.
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return element.getAttribute('translate')?.toLowerCase() === 'no' || element.hasAttribute(UI_ATTRIBUTE);
}

/** True when the node or one of its ancestors is skipped (editability and translate="no" are inherited). */
export function isInsideSkipped(node: Node): boolean {
  if ((node.ownerDocument ?? (node as Document)).designMode === 'on') return true;
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === ELEMENT_NODE && isSkippedElement(at as Element)) return true;
  }
  return false;
}
