/**
 * What a page that needs repair loads (built on its own as engine.js, see vite.config.ts): the engine and
 * the DOM layer that applies it. The content script itself only takes a first look (first-look.ts).
 */
export * from '../core/index.ts';
export { DocumentRepairer, pageEvidence } from '../dom/repairer.ts';
