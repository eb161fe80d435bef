/**
 * Publication dates as Chinese pages write them (2019-09-18 06:23, 2019/9/18, 2016年10月14日07:17,
 * 2020-02-29T18:34:31+08:00), validated and given in UTC+8. Pages in Chinese are dated in China, Taiwan or
 * Hong Kong time, all UTC+8; converting to UTC moved sina's 04:04 article to the previous day in
 * article-extractor (research Table A), so an explicit offset is converted *to* +08:00, never away from it.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
const EARLIEST_YEAR = 1990;
const DAY_MS = 24 * 60 * 60 * 1000;

const YMD = String.raw`(?<!\d)(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})(?!\d)|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])`;
const TIME = String.raw`(?:[\sT]*|[,，]\s*)(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?(?:\.\d+)?(?:\s*(Z|[+-]\d{2}:?\d{2}))?`;
const DATE_TIME = new RegExp(`${YMD}(?:${TIME})?`, 'gu');

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Minutes east of UTC for `Z`, `+08:00` or `+0800`. */
function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** Wall-clock fields in UTC+8 of an instant. */
function chinaFields(instant: number): number[] {
  const d = new Date(instant + OFFSET_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
}

function toIso(year: number, month: number, day: number, time?: { h: number; m: number; s: number; zone?: string }): string {
  if (!time) return `${year}-${pad(month)}-${pad(day)}`;
  let fields = [year, month, day, time.h, time.m, time.s];
  if (time.zone) {
    const instant = Date.UTC(year, month - 1, day, time.h, time.m, time.s) - offsetMinutes(time.zone) * 60_000;
    fields = chinaFields(instant);
  }
  const [y, mo, d, h, mi, s] = fields;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`;
}

/** The instant an ISO string from this module denotes (a date alone means its start in UTC+8). */
function instantOf(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
}

function fromMatch(m: RegExpExecArray, now: number): string | null {
  const year = Number(m[1]);
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  let iso = toIso(year, month, day);
  if (m[7] !== undefined) {
    const [h, mi, s] = [Number(m[7]), Number(m[8]), Number(m[9] ?? 0)];
    if (h < 24 && mi < 60 && s < 60) iso = toIso(year, month, day, { h, m: mi, s, zone: m[10] });
  }
  // A date after tomorrow is a phone number, an id or an event, not the publication date.
  return instantOf(iso) <= now + DAY_MS ? iso : null;
}

/** The first valid date in `text`, where it stands, or null. */
export function findDateMatch(text: string, now = Date.now()): DateMatch | null {
  for (const m of text.matchAll(DATE_TIME)) {
    const iso = fromMatch(m, now);
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return null;
}

/** The first valid date in `text` as ISO 8601 in UTC+8, or null. */
export function findDate(text: string, now = Date.now()): string | null {
  return findDateMatch(text, now)?.iso ?? null;
}

/** A date in an article URL: /2012-06/04/, /20200102/, t20190918_ (date only: URLs carry no time). */
export function dateFromUrl(url: string, now = Date.now()): string | null {
  // The core has no URL class (ES library only): the path is what follows scheme and host.
  const path = url.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
  for (const m of path.matchAll(/(?<!\d)(\d{4})[-/_]?(\d{2})[-/_]?(\d{2})(?!\d)/g)) {
    const found = findDate(`${m[1]}-${m[2]}-${m[3]}`, now);
    if (found) return found;
  }
  return null;
}

/** The calendar day of an ISO date from this module. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** Today's date in UTC+8, YYYY-MM-DD: the access date of a citation. */
export function todayInChina(now = Date.now()): string {
  return new Date(now + OFFSET_MS).toISOString().slice(0, 10);
}
