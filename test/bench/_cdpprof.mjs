import fs from 'node:fs'; import http from 'node:http'; import os from 'node:os'; import path from 'node:path';
import { chromium } from 'playwright-core';
const DIST = path.resolve('dist');
const page0 = fs.readFileSync(process.env.PAGE ?? 'test/e2e/fixtures/traditional.html');
const server = http.createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page0));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'p-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update',
  '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] });
await (ctx.serviceWorkers()[0] ?? ctx.waitForEvent('serviceworker'));
const agg = new Map(); let totalAll = 0;
for (let r = 0; r < Number(process.env.RUNS ?? 10); r++) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 25 }); await cdp.send('Profiler.start');
  await page.goto(`http://www.beijing.gov.cn:${port}/tw`); await page.waitForTimeout(400);
  const { profile: p } = await cdp.send('Profiler.stop');
  const byId = new Map(p.nodes.map(n => [n.id, n])); const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const inExt = (id) => { for (let x = id; x !== undefined; x = parent.get(x)) if (byId.get(x).callFrame.url.startsWith('chrome-extension://')) return true; return false; };
  p.samples.forEach((id, i) => { if (!inExt(id)) return; const dt = p.timeDeltas[i+1] ?? 0; totalAll += dt;
    const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const cf = byId.get(x).callFrame; const k = `${cf.functionName||'(anon)'}:${cf.lineNumber}`; if (seen.has(k)) continue; seen.add(k); agg.set(k, (agg.get(k)||0) + dt); } 
    const cf = byId.get(id).callFrame; if (cf.functionName === 'get app' || cf.functionName==='sendToBackground' || cf.functionName==='handleMessages') { const chain=[]; for (let x = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x).callFrame.functionName+':'+byId.get(x).callFrame.lineNumber); agg.set('CHAIN '+chain.join(' < '), (agg.get('CHAIN '+chain.join(' < '))||0)+dt); } const k = 'SELF ' + (cf.functionName||'(anon)') + ':' + cf.lineNumber; agg.set(k, (agg.get(k)||0)+dt); });
  await page.close();
}
const runs = Number(process.env.RUNS ?? 10);
console.log('ext total ms/load', (totalAll/1000/runs).toFixed(2));
[...agg].sort((a,b)=>b[1]-a[1]).slice(0, 60).forEach(([k,v]) => console.log((v/1000/runs).toFixed(3).padStart(7), k));
await ctx.close(); server.close();
