/** Conventions the codebase relies on, checked instead of remembered. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESES } from '../../src/core/fixes/wrong-decoding/index.ts';

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('src/core is pure and self-contained', () => {
  const core = path.resolve('src/core');
  it.each(files(core).filter((f) => f.endsWith('.ts')).map((f) => path.relative('.', f)))('%s imports only core modules and pure packages', (file) => {
    const source = fs.readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
      if (spec.startsWith('.')) expect(path.resolve(path.dirname(file), spec).startsWith(core + path.sep)).toBe(true);
      else expect(spec).toMatch(/^opencc-js\//);
    }
  });
});

describe('fix modules', () => {
  it('every wrong-decoding module is a hypothesis the engine tries, under its own id', () => {
    const modules = fs.readdirSync('src/core/fixes').filter((f) => f.endsWith('.ts') && f !== 'lossy-damage.ts');
    expect(modules.map((f) => f.replace('.ts', '')).sort()).toEqual(HYPOTHESES.map((h) => h.id).sort());
  });
  it('every fix id is in the README table', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const h of HYPOTHESES) expect(readme).toContain(`| \`${h.id}\``);
    for (const id of ['pinyin-annotation', 'pinyin-glitch', 'comma-noise', 'converted-script']) expect(readme).toContain(`| \`${id}\``);
  });
});

describe('manifest', () => {
  it('names only files that exist', () => {
    const manifest = JSON.parse(fs.readFileSync('manifest.json', 'utf8'));
    const paths = [
      manifest.background.service_worker,
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...Object.values(manifest.icons),
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ] as string[];
    for (const p of paths) expect(fs.existsSync(p), p).toBe(true);
  });
});

describe('the Firefox build (npm run build:firefox)', () => {
  it('has an event-page background, a gecko id and no service worker', () => {
    const manifest = JSON.parse(fs.readFileSync('dist-firefox/manifest.json', 'utf8'));
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.scripts).toHaveLength(1);
    expect(fs.existsSync(path.join('dist-firefox', manifest.background.scripts[0]))).toBe(true);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  });
});
