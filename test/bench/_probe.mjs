import fs from 'node:fs'; import http from 'node:http'; import os from 'node:os'; import path from 'node:path';
import { chromium } from 'playwright-core';
const DIST = path.resolve(process.env.DIST ?? 'dist');
const page0 = fs.readFileSync(process.env.PAGE ?? 'test/e2e/fixtures/clean-gov.html');
const server = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page0));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'p-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update',
  '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] });
await (ctx.serviceWorkers()[0] ?? ctx.waitForEvent('serviceworker'));
for (let r = 0; r < 4; r++) {
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.text().startsWith('MOJI')) console.log(r, m.text()); });
  await page.goto(`http://www.beijing.gov.cn:${port}/x`); await page.waitForTimeout(500);
  await page.close();
}
await ctx.close(); server.close();
