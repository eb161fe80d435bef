/** Set by vite.config.ts from package.json. */
declare const __MOJIFIX_VERSION__: string;
/**
 * The scan's marked characters as the inside of a regular-expression class (markedCharacterClass() in
 * src/core/scan.ts), put in by vite.config.ts: built in the page, it would cost every page milliseconds.
 */
declare const __MARKED_CHARACTERS__: string;
