/** `mojifix html`, through the built CLI (dist-cli/mojifix.mjs, made by `npm run build`). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = path.resolve('dist-cli/mojifix.mjs');
const SEED_PAGE = path.resolve('test/e2e/fixtures/seed.html');
const expected = ['expected.txt', 'expected-fullwidth.txt'].map((f) => fs.readFileSync(`test/fixtures/seed/${f}`, 'utf8'));

function mojifix(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
/** Writes a page into a fresh temporary folder; returns its path. */
function page(name: string, bytes: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mojifix-html-'));
});

// 鍙戝睍 is 发展 written as UTF-8 and read as GBK; 中文网页 is genuine GBK text (not valid UTF-8 bytes).
const GBK_PAGE = `<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鍙戝睍</title></head>
<body><p id="clean">中文网页</p><p id="p">鍙戝睍<b>鍙戝睍</b></p><img alt="鍙戝睍" title="鍙戝睍" src="x.png">
<code>鍙戝睍</code><textarea>鍙戝睍</textarea></body></html>
`;

describe('mojifix html', () => {
  it('decodes a GBK page, repairs it in place as the extension does, and writes UTF-8', () => {
    const out = mojifix(['html', page('gbk.html', iconv.encode(GBK_PAGE, 'gbk'))]);
    expect(out.status).toBe(0);
    const { document } = parseHTML(out.stdout);
    expect(document.title).toBe('发展');
    expect(document.getElementById('clean')!.textContent).toBe('中文网页');
    expect(document.getElementById('p')!.innerHTML).toBe('发展<b>发展</b>');
    expect(document.querySelector('img')!.getAttribute('alt')).toBe('发展');
    expect(document.querySelector('img')!.getAttribute('title')).toBe('发展');
    expect(document.querySelector('code')!.textContent).toBe('鍙戝睍');
    expect(document.querySelector('textarea')!.textContent).toBe('鍙戝睍');
    expect(document.head.innerHTML.startsWith('<meta charset="utf-8">')).toBe(true);
    expect(document.querySelectorAll('meta[http-equiv], meta[charset]')).toHaveLength(1);
  });

  it('trusts the bytes over a wrong declaration (UTF-8 bytes declared as gb2312)', () => {
    const html = '<html><head><meta charset="gb2312"><title>标题</title></head><body><p>中文网页</p></body></html>';
    const out = mojifix(['html', page('liar.html', html)]);
    expect(parseHTML(out.stdout).document.body.textContent).toBe('中文网页');
  });

  it('repairs the seed page to the expected text', () => {
    const out = mojifix(['html', SEED_PAGE]);
    const { document } = parseHTML(out.stdout);
    const body = [...document.querySelectorAll('#article p')].map((p) => p.textContent).join('\n');
    expect(expected).toContain(body);
  });

  it('-o writes the page to OUT only, and --explain reports what it did on stderr', () => {
    const source = page('in.html', iconv.encode(GBK_PAGE, 'gbk'));
    const before = fs.readFileSync(source);
    const target = path.join(dir, 'out.html');
    const out = mojifix(['html', source, '-o', target, '--explain']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^\d+ repairs: utf8-as-gbk \d+/);
    expect(fs.readFileSync(source)).toEqual(before);
    expect(fs.readFileSync(target, 'utf8')).toContain('<title>发展</title>');
  });

  it('fails with one line and status 1 on a missing file, 2 on bad usage', () => {
    const missing = mojifix(['html', path.join(dir, 'nope.html')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`mojifix: cannot read ${path.join(dir, 'nope.html')}: no such file\n`);
    const usage = mojifix(['html']);
    expect(usage.status).toBe(2);
    expect(usage.stderr.split('\n')).toHaveLength(2);
    expect(mojifix(['html', SEED_PAGE, '-o']).status).toBe(2);
  });

  it('fails with one line when OUT cannot be written', () => {
    const out = mojifix(['html', SEED_PAGE, '-o', path.join(dir, 'no-such-dir', 'out.html')]);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^mojifix: cannot write .*out\.html: no such file\n$/);
  });

  it('--help documents the command', () => {
    const out = mojifix(['html', '--help']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Usage: mojifix html \[options\] FILE \[-o OUT\]/);
    expect(mojifix(['--help']).stdout).toMatch(/\n {2}html +repair a saved web page/);
  });
});
