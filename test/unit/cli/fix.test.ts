/** The built CLI (dist-cli/mojifix.mjs, made by `npm run build`), run as a user would. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../../corpus/corpora.ts';

const CLI = path.resolve('dist-cli/mojifix.mjs');

function mojifix(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
});

describe('mojifix fix', () => {
  it('repairs the seed exactly', () => {
    const out = mojifix(['fix', path.join(SHARED, 'seed/garbled.txt')]);
    expect(out.status).toBe(0);
    const expected = ['expected.txt', 'expected-fullwidth.txt'].map((f) => fs.readFileSync(path.join(SHARED, 'seed', f), 'utf8'));
    expect(expected).toContain(out.stdout);
  });

  it('reads standard input and writes the repaired text', () => {
    expect(mojifix(['fix', '-'], '鍙戝睍 and å‘å±•\n').stdout).toBe('发展 and 发展\n');
  });

  it('--explain prints the steps for a person on stderr', () => {
    const out = mojifix(['fix', '--explain'], '鍙戝睍');
    expect(out.stdout).toBe('发展');
    expect(out.stderr).toMatch(/\[utf8-as-gbk\] 0–3 \(confidence 0\.\d\d\)/);
    expect(out.stderr).toMatch(/read as GBK/);
  });

  it('--json prints {text, changed, steps, warnings}', () => {
    const result = JSON.parse(mojifix(['fix', '--json'], '锟斤拷锟斤拷').stdout);
    expect(Object.keys(result)).toEqual(['text', 'changed', 'steps', 'warnings']);
    expect(result).toMatchObject({ text: '锟斤拷锟斤拷', changed: false, steps: [] });
    expect(result.warnings[0].kind).toBe('kunjinkao');
  });

  it('--jsonl repairs each record, keeps other fields, passes malformed lines through and exits 1', () => {
    const input = ['{"id":1,"text":"鍙戝睍"}', 'not json', '{"id":3,"text":"clean"}', '{"id":4}', ''].join('\n');
    const out = mojifix(['fix', '--jsonl'], input);
    expect(out.status).toBe(1);
    const lines = out.stdout.split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ id: 1, text: '发展', mojifix: { changed: true } });
    expect(lines[1]).toBe('not json');
    expect(JSON.parse(lines[2])).toEqual({ id: 3, text: 'clean', mojifix: { changed: false, steps: [], warnings: [] } });
    expect(lines[3]).toBe('{"id":4}');
    expect(out.stderr).toMatch(/line 2: not valid JSON/);
    expect(out.stderr).toMatch(/line 4: no string field "text"/);
  });

  it('fails with one line, no stack trace, on a missing file or a bad flag', () => {
    const missing = mojifix(['fix', path.join(os.tmpdir(), 'no-such-file.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^mojifix: cannot read .*: no such file\n$/);
    const bad = mojifix(['fix', '--frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('mojifix: unknown option --frobnicate\n');
  });

  it('documents its options in --help', () => {
    const help = mojifix(['fix', '--help']).stdout;
    for (const flag of ['--explain', '--json', '--jsonl', '--keep-script', '--no-guess']) expect(help).toContain(flag);
  });
});
