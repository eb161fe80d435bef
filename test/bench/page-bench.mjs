// The content script's cost in real Chromium (issue 3, "cheap when clean"), on pages served as government
// pages (where the extension runs by itself):
//   gov-article  a clean Simplified government page (test/e2e/fixtures/clean-gov.html, 84 KB; rare place
//                names, a "&nbsp;©&nbsp;" footer: first look only, some of its blocks sent for a verdict)
//   tw-article   a genuine Traditional article (test/e2e/fixtures/traditional.html, 35 KB; first look only)
//   clean-2mb    a clean Simplified page of 2 MB (the seed's repaired paragraphs; sentences in spans, links)
//   garbled-1mb  a garbled page of 1 MB (the seed's damaged paragraphs, repeated)
// The seed stores its five paragraphs joined by "。 "; the pages split them again, as the article had them.
// Measured from a Chromium trace of each load, on the page's main thread:
//   ms to done       DOMContentLoaded (the content script starts at document_end) until the extension
//                    reports the page clean or repaired: wall time, mostly spent waiting for idle time
//   extension ms     main-thread time of the tasks that ran the extension's code (wall clock)
//   CPU ms           the same tasks' thread time: what they cost the page's main thread, without the time the
//                    system gave other processes meanwhile (on a small machine that preempts it, wall clock
//                    counts both; the one-line script's row shows how much)
//   longest task ms  the longest of those tasks (the budget: under 50 ms)
// A last row loads tw-article with a content script of one line instead, for what any content script costs.
// Median of RUNS loads. Run after `npm run build`:  node test/bench/page-bench.mjs   (RUNS=5, MOJIFIX_DIST=…)
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.RUNS ?? 3);
const DIST = path.resolve(process.env.MOJIFIX_DIST ?? 'dist');
const seed = (name) => fs.readFileSync(`test/fixtures/seed/${name}`, 'utf8').split('\n');

function pageOf(title, paragraphs) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><main>\n${paragraphs.join('\n')}\n</main></body></html>`;
}

/** Paragraphs made by `paragraph(i)` until they hold `bytes` of UTF-8. */
function fill(bytes, paragraph) {
  const out = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    out.push(paragraph(i));
    size += Buffer.byteLength(out[i]);
  }
  return out;
}

const paragraphs = (text) => text.split(/(?<=。) /);
const repaired = paragraphs(seed('expected-fullwidth.txt')[3]);
const garbled = paragraphs(seed('garbled.txt')[3]);
const PAGES = {
  'gov-article': fs.readFileSync('test/e2e/fixtures/clean-gov.html'),
  'tw-article': fs.readFileSync('test/e2e/fixtures/traditional.html'),
  'clean-2mb': pageOf(
    '首都高质量发展',
    fill(2 * 1024 * 1024, (i) => {
      const sentences = repaired[i % repaired.length].split(/(?<=。)/);
      return `<p>${sentences.map((s, k) => ((i + k) % 5 ? `<span>${s}</span>` : `<a href="#${k}">${s}</a>`)).join('')}</p>`;
    }),
  ),
  'garbled-1mb': pageOf('推動(dòng)首都高質(zhì)量發(fā)展', fill(1024 * 1024, (i) => `<p>${garbled[i % garbled.length]}</p>`)),
};

const server = http.createServer((req, res) => {
  const body = PAGES[req.url.slice(1)];
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

/**
 * Chromium with the extension in `dist` loaded; `measure(name)` loads one of the pages in a new tab and
 * reads its trace.
 */
async function session(dist) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mojifix-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // An extension page opens the tabs (so it knows their ids) and watches their status.
  const api = await ctx.newPage();
  await api.goto(`chrome-extension://${extensionId}/src/welcome/index.html`);

  /** Opens `url` in a new tab; resolves with the time (epoch ms) its status settles, and the repairs. */
  function openAndWait(url) {
    return api.evaluate(async (address) => {
      const tab = await chrome.tabs.create({ url: address });
      const key = `tab:${tab.id}`;
      const settled = (frames) => frames && Object.values(frames).every((frame) => frame.state !== 'working');
      const at = await new Promise((resolve) => {
        chrome.storage.onChanged.addListener((changes, area) => {
          if (area === 'session' && settled(changes[key]?.newValue)) resolve(Date.now());
        });
      });
      const frames = (await chrome.storage.session.get(key))[key];
      return { at, repairs: Object.values(frames).reduce((sum, frame) => sum + frame.repairs, 0) };
    }, url);
  }

  const isExtension = (event) => {
    const url = event.args?.data?.url ?? event.args?.fileName ?? event.args?.data?.scriptName;
    return typeof url === 'string' && url.startsWith(`chrome-extension://${extensionId}/`);
  };

  /**
   * The main-thread tasks of the page's renderer that ran extension code (its own parse task aside), as
   * [wall ms, thread ms].
   */
  function extensionTasks(events, url) {
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
    const main = events.find((e) => e.name === 'thread_name' && e.pid === parse.pid && e.args.name === 'CrRendererMain');
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const marks = onMain.filter(isExtension);
    const parses = onMain.filter((e) => e.name === 'ParseHTML');
    const times = (e) => [e.dur / 1000, (e.tdur ?? e.dur) / 1000];
    const within = (task, e) => e.ts >= task.ts && e.ts <= task.ts + task.dur;
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && marks.some((m) => within(e, m)));
    // The content script runs inside the page's own parse task at document_end: count only its own events there.
    return tasks.flatMap((task) =>
      parses.some((p) => within(task, p)) ? marks.filter((m) => within(task, m) && m.dur).map(times) : [times(task)],
    );
  }

  async function measure(name) {
    const url = `http://www.beijing.gov.cn:${port}/${name}`;
    const created = ctx.waitForEvent('page');
    await ctx.browser().startTracing(undefined, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
    const done = openAndWait(url);
    const page = await created;
    const { at, repairs } = await done;
    await page.waitForTimeout(300); // trailing idle-time work
    const events = JSON.parse((await ctx.browser().stopTracing()).toString()).traceEvents;
    const dcl = await page.evaluate(() => performance.timing.domContentLoadedEventEnd);
    await page.close();
    const tasks = extensionTasks(events, url);
    const sum = (k) => tasks.reduce((n, t) => n + t[k], 0);
    return { ms: at - dcl, total: sum(0), cpu: sum(1), longest: Math.max(0, ...tasks.map((t) => t[0])), repairs };
  }

  async function close() {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return { measure, close };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
/** The median figures of RUNS loads of a page. */
async function row(label, name, measure) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await measure(name));
  rows.push({
    page: label,
    KB: Math.round(Buffer.byteLength(PAGES[name]) / 1024),
    repairs: runs[0].repairs,
    'ms to done': Math.round(median(runs.map((r) => r.ms))),
    'extension ms': Number(median(runs.map((r) => r.total)).toFixed(1)),
    'CPU ms': Number(median(runs.map((r) => r.cpu)).toFixed(1)),
    'longest task ms': Number(median(runs.map((r) => r.longest)).toFixed(1)),
  });
}

const mojifix = await session(DIST);
for (const name of Object.keys(PAGES)) await row(name, name, mojifix.measure);
await mojifix.close();

// What any content script costs here (the isolated world, the extension API, one message): the same
// extension with a content script of one line that reports the page clean.
const floorDist = fs.mkdtempSync(path.join(os.tmpdir(), 'mojifix-floor-'));
fs.cpSync(DIST, floorDist, { recursive: true });
const CLEAN = { state: 'clean', repairs: 0, byKind: {}, examples: {}, warnings: {}, warningExamples: {} };
fs.writeFileSync(path.join(floorDist, 'content.js'), `chrome.runtime.sendMessage({ type: 'frame-status', status: ${JSON.stringify(CLEAN)} });\n`);
const floor = await session(floorDist);
await row('tw-article, one-line script', 'tw-article', floor.measure);
await floor.close();
fs.rmSync(floorDist, { recursive: true, force: true });

console.table(rows);
server.close();
