/// <reference types="@crxjs/vite-plugin/client" />
/** Set by vite.config.ts from package.json. */
declare const __MOJIFIX_VERSION__: string;
