/**
 * Damage that cannot be undone, reported instead of guessed at: 锟斤拷 (U+FFFD saved as UTF-8 and read
 * as GBK: the original bytes were replaced before that), and runs of U+FFFD (GBK read as UTF-8, UTF-8
 * read as Big5 …: a decoder already threw the bytes away).
 */
import type { RepairWarning } from '../types.ts';

const KUNJINKAO = /(?:锟斤拷|斤拷|锟[^\s锟]?拷|拷锟|锟�)+/g;

export function findLossyDamage(text: string, skip: (start: number, end: number) => boolean): RepairWarning[] {
  const warnings: RepairWarning[] = [];
  // Most texts have neither mark: a plain search costs less than a regex iterator.
  const kunjinkao = text.includes('锟') || text.includes('拷') ? [...text.matchAll(KUNJINKAO)] : [];
  // A single 锟 is a rare but real character (a name); the pattern needs repetition to count.
  if (kunjinkao.length >= 2 || kunjinkao.some((m) => m[0].includes('锟斤拷'))) {
    for (const m of kunjinkao) {
      const start = m.index, end = start + m[0].length;
      if (!skip(start, end)) {
        warnings.push({ kind: 'kunjinkao', start, end, message: '“锟斤拷”: the original bytes were replaced by U+FFFD before this text was saved; it cannot be restored.' });
      }
    }
  }
  // Runs of U+FFFD by native searches: most texts with one have several, and a regex iterator costs more.
  for (let start = text.indexOf('\ufffd'), end = start; start >= 0; start = text.indexOf('\ufffd', end)) {
    for (end = start + 1; text.charCodeAt(end) === 0xfffd; end++);
    if (skip(start, end) || warnings.some((w) => w.start <= start && end <= w.end)) continue;
    warnings.push({ kind: 'replacement-characters', start, end, message: 'U+FFFD: a decoder discarded bytes here; the characters cannot be restored.' });
  }
  return warnings;
}
