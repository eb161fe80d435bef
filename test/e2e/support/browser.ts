import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The unpacked extension to load (MOJIFIX_DIST points elsewhere, e.g. at a second build). */
export const DIST = path.resolve(process.env.MOJIFIX_DIST ?? 'dist');

export interface ExtensionBrowser {
  ctx: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian Chromium with the built extension loaded, a fresh profile, and every *.gov.cn host mapped to
 * 127.0.0.1 so that fixture pages exercise the default automatic repair.
 */
export async function launchExtension(dist = DIST): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(dist, 'manifest.json'))) throw new Error(`${dist} has no manifest.json: run npm run build`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mojifix-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // Fixture hosts resolve to the loopback server; every other host fails at once (no network).
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP *.example.com 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      // Lets tests press the toolbar button through CDP (Extensions.triggerAction, see extension.ts).
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    ctx,
    extensionId,
    async close() {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.htm': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
};

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves files from `root` on 127.0.0.1 as they are (bytes untouched, so GBK pages stay GBK). The
 * Content-Type carries no charset unless `charsets` names one for a path, so pages declare their own.
 */
export async function serveFixtures(root: string, charsets: Record<string, string> = {}): Promise<FixtureServer> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const charset = charsets[url.pathname];
    res.writeHead(200, { 'content-type': charset ? `${type}; charset=${charset}` : type, 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a spec file: the extension and a fixture server on `root`, started before its tests and closed
 * after them; `ready` receives both once they run.
 */
export function useExtension(root: string, ready: (ext: ExtensionBrowser, server: FixtureServer) => void | Promise<void>): void {
  let ext: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    [ext, server] = await Promise.all([launchExtension(), serveFixtures(root)]);
    await ready(ext, server);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
}
