import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import type { EnvironmentOptions, UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { markedCharacterClass } from './src/core/scan.ts';

const firefox = process.env.BROWSER === 'firefox';
const outDir = firefox ? 'dist-firefox' : 'dist';

/**
 * One manifest source; Firefox needs an event-page background and a gecko id. The content script is not
 * crxjs's to build (see contentBuild).
 */
function manifestFor(): ManifestV3Export {
  const { background, content_scripts: _, ...rest } = baseManifest;
  if (!firefox) return { ...rest, background } as ManifestV3Export;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'mojifix@mojifix.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

/** The scan's marked characters, for the background to search pages' text for (src/env.d.ts), and its tests. */
const markedCharacters = { __MARKED_CHARACTERS__: JSON.stringify(markedCharacterClass()) };

/** File names in the built extension, for src/background/inject.ts and src/content/page-repair.ts. */
const CONTENT_SCRIPT = 'content.js';
const ENGINE = 'engine.js';

/** A library build of one file into the extension's directory. */
function libraryFile(entry: string, format: 'iife' | 'es', fileName: string): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry, formats: [format], name: 'mojifix', fileName: () => fileName },
      // A library's ES build keeps its whitespace by default (for other bundlers); these files are final
      // (NOMIN=1 keeps them readable, for a profile of the extension in the browser).
      rolldownOptions: { output: { minify: !process.env.NOMIN } },
    },
  };
}

/**
 * `vite build --mode content`, after the extension's build: the content script as one classic script (crxjs
 * would make it a loader importing a chain of modules, a cost every allowed page pays), and the engine as
 * one ES module it imports on the pages that need it. Both go into the built manifest.
 */
function contentBuild(): UserConfig {
  return {
    define: markedCharacters,
    // The content script's own extension API (src/content/browser.ts says why); the engine uses none.
    resolve: { alias: { 'webextension-polyfill': path.resolve('src/content/browser.ts') } },
    environments: { content: libraryFile('src/content/main.ts', 'iife', CONTENT_SCRIPT), engine: libraryFile('src/content/engine.ts', 'es', ENGINE) },
    builder: {
      async buildApp(builder) {
        await builder.build(builder.environments.content);
        await builder.build(builder.environments.engine);
        const file = path.join(outDir, 'manifest.json');
        const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
        manifest.content_scripts = baseManifest.content_scripts.map((script) => ({ ...script, js: [CONTENT_SCRIPT] }));
        // Where the content script runs (the sites the user allows, too), it must be able to import the engine.
        manifest.web_accessible_resources = [{ resources: [ENGINE], matches: ['http://*/*', 'https://*/*'] }];
        fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'content') return contentBuild();
  if (mode === 'cli') {
    // The CLI and the developer scripts (bench, corpus report) as plain Node ES modules.
    const cli: UserConfig = {
      define: { __MOJIFIX_VERSION__: JSON.stringify(pkg.version) },
      build: {
        ssr: true,
        outDir: 'dist-cli',
        target: 'node20',
        emptyOutDir: true,
        rolldownOptions: {
          input: {
            mojifix: 'src/cli/index.ts',
            bench: 'test/bench/bench.ts',
            'corpus-report': 'test/corpus/report.ts',
          },
          output: { entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
        },
      },
    };
    return cli;
  }
  return {
    define: markedCharacters,
    // crxjs empties outDir when a dev server starts, and vitest starts one: the built dist/ must survive.
    plugins: process.env.VITEST ? [] : [crx({ manifest: manifestFor(), browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir,
      emptyOutDir: true,
      // Extension pages load their modules from the extension itself: preload links would gain nothing.
      modulePreload: false,
      rolldownOptions: { input: { reader: 'src/reader/index.html', welcome: 'src/welcome/index.html' } },
    },
    test: {
      projects: [
        { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
        { extends: true, test: { name: 'dom', include: ['test/dom/**/*.test.ts'], environment: 'happy-dom' } },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.spec.ts'],
            environment: 'node',
            testTimeout: 60_000,
            hookTimeout: 90_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
