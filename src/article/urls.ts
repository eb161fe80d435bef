/**
 * URLs taken from a page into the article. Only http(s) (and mailto for links) survive, so `javascript:`
 * and `data:` never reach the reader. Without a base (a saved page in the CLI) a plain relative path is
 * kept as written rather than lost.
 */

export function safeUrl(raw: string | null, base: string | undefined, kind: 'link' | 'image' = 'link'): string | null {
  const value = raw?.trim();
  if (!value || value.startsWith('#')) return null;
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return !base && /^[\w./-][^:]*$/u.test(value) ? value : null;
  }
  const allowed = kind === 'link' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
  return allowed.includes(url.protocol) ? url.href : null;
}

// Tracking parameters seen on article URLs (one portal's og:url had spm, scm and _f).
const TRACKING = /^(?:utm_\w+|spm|scm|_f|from|share_token|share_from|wfr|tt_from|fromuid|isappinstalled|ocid|f)$/i;

/** An absolute http(s) URL for citing: resolved, without tracking parameters and fragment. */
export function citableUrl(raw: string | null, base: string | undefined): string | null {
  if (!raw) return null;
  // og:url is sometimes written without a scheme (www.example.com/a.html).
  const value = /^[\w-]+(?:\.[\w-]+)+\//u.test(raw) ? `https://${raw}` : raw;
  const href = safeUrl(value, base);
  if (!href || !/^https?:/u.test(href)) return null;
  const url = new URL(href);
  for (const name of Array.from(url.searchParams.keys())) if (TRACKING.test(name)) url.searchParams.delete(name);
  url.hash = '';
  return url.href;
}
