/**
 * Sites and match patterns. Government sites (*.gov.cn) are repaired by the manifest's content script;
 * other sites only where the user granted the permission (one site, or all of them).
 */
import type { Options } from './options.ts';

/** The manifest's content-script pattern. NOTE: keep in sync with manifest.json. */
export const GOV_PATTERN = '*://*.gov.cn/*';
/** Everything the all-sites switch asks for. NOTE: keep in sync with optional_host_permissions. */
export const ALL_SITES_PATTERNS = ['http://*/*', 'https://*/*'];

/** The host of an http(s) page, or undefined for pages no extension may script (chrome:, about:, files). */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/** A host name from what a person typed ("www.example.com", or a pasted URL), or undefined. */
export function parseHost(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  const host = siteOf(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
  return host && /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : undefined;
}

export const sitePattern = (host: string): string => `*://${host}/*`;

export const isGovSite = (host: string): boolean => host === 'gov.cn' || host.endsWith('.gov.cn');

/** Why a site is repaired automatically, if it is. */
export type SiteMode = 'gov' | 'everywhere' | 'listed' | 'off';

export function siteMode(host: string, options: Pick<Options, 'everywhere' | 'sites'>): SiteMode {
  if (isGovSite(host)) return 'gov';
  if (options.everywhere) return 'everywhere';
  return options.sites.includes(host) ? 'listed' : 'off';
}

/** Patterns for the dynamically registered content script (the manifest covers *.gov.cn). */
export function registeredPatterns(options: Pick<Options, 'everywhere' | 'sites'>): string[] {
  if (options.everywhere) return [...ALL_SITES_PATTERNS];
  return options.sites.filter((host) => !isGovSite(host)).map(sitePattern);
}
