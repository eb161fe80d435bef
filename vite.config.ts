import { defineConfig } from 'vitest/config';
import type { UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

const firefox = process.env.BROWSER === 'firefox';

/** One manifest source; Firefox needs an event-page background and a gecko id. */
function manifestFor(): ManifestV3Export {
  if (!firefox) return baseManifest as ManifestV3Export;
  const { background, ...rest } = baseManifest;
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

export default defineConfig(({ mode }) => {
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
    // crxjs empties outDir when a dev server starts, and vitest starts one: the built dist/ must survive.
    plugins: process.env.VITEST ? [] : [crx({ manifest: manifestFor(), browser: firefox ? 'firefox' : 'chrome' })],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // The content script loads the engine with import(): Vite's preload links would land in the host page.
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
