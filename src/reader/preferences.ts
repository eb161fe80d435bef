/** The reader's look (theme, font size), kept in the extension's localStorage so it applies before paint. */

export const THEMES = ['light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const FONT_SIZES = [14, 16, 18, 20, 22, 25, 28] as const;

export interface ReaderPreferences {
  theme: Theme;
  /** Index into FONT_SIZES. */
  fontStep: number;
}

const KEY = 'mojifix.reader';
const DEFAULT_STEP = 2;

export function loadPreferences(): ReaderPreferences {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  let stored: Partial<ReaderPreferences> = {};
  try {
    stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ReaderPreferences>;
  } catch {
    // A damaged entry falls back to the defaults.
  }
  const theme = THEMES.includes(stored.theme as Theme) ? (stored.theme as Theme) : dark ? 'dark' : 'light';
  const step = Number.isInteger(stored.fontStep) ? Math.min(Math.max(stored.fontStep as number, 0), FONT_SIZES.length - 1) : DEFAULT_STEP;
  return { theme, fontStep: step };
}

export function savePreferences(preferences: ReaderPreferences): void {
  localStorage.setItem(KEY, JSON.stringify(preferences));
}

export function applyPreferences(preferences: ReaderPreferences): void {
  const root = document.documentElement;
  root.dataset.theme = preferences.theme;
  // CSSOM, not a style attribute: the page's CSP allows no inline styles.
  root.style.setProperty('--reader-font-size', `${FONT_SIZES[preferences.fontStep]}px`);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.themeChoice === preferences.theme));
  }
}
