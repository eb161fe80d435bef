/**
 * The user's settings, kept in storage.sync. Defaults are typed here; whatever storage holds is checked
 * against them, so a value from an older or newer version can never break a page.
 */

export type ScriptPolicy = 'simplified' | 'keep';

export interface Options {
  /** Repair every site automatically (needs the all-sites host permission). */
  everywhere: boolean;
  /** Host names repaired automatically, besides *.gov.cn. */
  sites: string[];
  /** Mark repaired text on the page. */
  highlight: boolean;
  /** Converted text: restore simplified characters, or keep the traditional ones and drop only readings. */
  script: ScriptPolicy;
}

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  everywhere: false,
  sites: [],
  highlight: false,
  script: 'simplified',
});

export function normalizeOptions(stored: Record<string, unknown>): Options {
  const { everywhere, sites, highlight, script } = stored;
  return {
    everywhere: typeof everywhere === 'boolean' ? everywhere : DEFAULT_OPTIONS.everywhere,
    sites: Array.isArray(sites) ? [...new Set(sites.filter((s): s is string => typeof s === 'string'))] : [],
    highlight: typeof highlight === 'boolean' ? highlight : DEFAULT_OPTIONS.highlight,
    script: script === 'keep' || script === 'simplified' ? script : DEFAULT_OPTIONS.script,
  };
}
