/**
 * The article of a page as the extension shows it: the document is repaired in place (same rules as the
 * content script), then extracted; text from attributes and JSON-LD goes through the same engine with the
 * page's evidence. Used by the CLI on linkedom documents and by the reader and popup on DOMParser ones.
 */
import type { Article } from '../core/article/index.ts';
import type { PageEvidence } from '../core/types.ts';
import { repairDocument, type Engine } from '../dom/index.ts';
import type { PageSnapshot } from '../shared/messages.ts';
import { extractArticle } from './index.ts';

export interface RepairedArticleOptions {
  url?: string;
  /** Converted text: restore simplified characters (default) or keep the traditional ones. */
  script?: 'simplified' | 'keep';
  now?: number;
}

export interface RepairedArticle {
  article: Article;
  evidence: PageEvidence;
}

export function extractRepairedArticle(doc: Document, engine: Engine, options: RepairedArticleOptions = {}): RepairedArticle {
  const { url, script = 'simplified', now } = options;
  const { evidence } = repairDocument(doc, engine, { script });
  const repair = (text: string): string => engine.repair(text, { evidence, script }).text;
  return { article: extractArticle(doc, { url, now, repair }), evidence };
}

/**
 * The article of a tab's snapshot, parsed with DOMParser (an inert document: its scripts never run, its
 * images never load). Repairing again is harmless on a repaired page and needed when the tab shows the
 * original; the page before repair, when the snapshot has it, gives either script.
 */
export async function articleFromSnapshot(snapshot: PageSnapshot, script: 'simplified' | 'keep'): Promise<RepairedArticle> {
  // The engine is large: the popup loads it only when it has a page to read.
  const engine = await import('../core/index.ts');
  const doc = new DOMParser().parseFromString(snapshot.original ?? snapshot.html, 'text/html');
  return extractRepairedArticle(doc, engine, { url: snapshot.url, script });
}
