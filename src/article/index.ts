/**
 * Article extraction from a parsed, repaired Document (a page in the browser, DOMParser output in the
 * reader, linkedom in the CLI): the body as blocks and the citable metadata. The document is not changed.
 */
import type { Article } from '../core/article/index.ts';
import { extractBody, withoutHeader } from './body.ts';
import { extractMetadata, type MetadataOptions } from './metadata.ts';

export type { MetadataOptions } from './metadata.ts';

export function extractArticle(doc: Document, options: MetadataOptions = {}): Article {
  // The body comes first: its first and last paragraphs bound the header and footer zones.
  const blocks = extractBody(doc, options.url);
  const meta = extractMetadata(doc, blocks, options);
  return { meta, blocks: withoutHeader(blocks, meta.title, meta.source) };
}
