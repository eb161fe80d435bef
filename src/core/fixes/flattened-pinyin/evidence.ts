/**
 * Whether a text shows the mirror sites' corruption, and whether its traditional characters came from
 * converting simplified text (research §7). Only the corruption itself is proof: a validated reading on a
 * traditional-only character, a byte-level glitch, or injected commas in traditional text backed by mainland
 * usage. Mainland usage alone (位于 in traditional script) is how some genuine pages write too, and never
 * converts a text by itself.
 */
export interface Signals {
  /** Readings after their own traditional-only character (發(fā)). */
  tradAnnotations: number;
  /** Byte-level glitches that decoded to ordinary text. */
  glitches: number;
  commaNoise: number;
  /** The text holds traditional-only characters once readings and glitches are removed. */
  traditional: boolean;
  /** Shared characters in their simplified use, mainland vocabulary (位于, 這里, 軟件). */
  mainland: number;
}

export const NO_SIGNALS: Signals = { tradAnnotations: 0, glitches: 0, commaNoise: 0, traditional: false, mainland: 0 };

export function addSignals(a: Signals, b: Signals): Signals {
  return {
    tradAnnotations: a.tradAnnotations + b.tradAnnotations,
    glitches: a.glitches + b.glitches,
    commaNoise: a.commaNoise + b.commaNoise,
    traditional: a.traditional || b.traditional,
    mainland: a.mainland + b.mainland,
  };
}

/** The text shows the corruption by itself. */
export function showsCorruption(s: Signals): boolean {
  return s.glitches > 0 || s.tradAnnotations > 0 || (s.commaNoise > 0 && s.traditional && s.commaNoise + s.mainland >= 2);
}

/** The text's traditional characters were converted from simplified. */
export const showsConversion = (s: Signals): boolean => showsCorruption(s) && s.traditional;

/** Genuine traditional text writes 於 並 後 裡 for these, and TW/HK use other words (資訊, 軟體, 資料…). */
export const MAINLAND_USAGE = ['于', '并', '這里', '那里', '哪里', '之后', '以后', '然后', '最后', '先后', '后來', '信息', '軟件', '數據', '網絡', '默認', '互聯網', '質量', '視頻', '云計算'];

/**
 * Where any of them starts, found in one pass: no two of them start with the same character, and none can
 * stand again inside itself, so each place counts once, as each occurrence of each does (之后來: 之后 and 后來).
 */
const MAINLAND_START = new RegExp(`(?=${MAINLAND_USAGE.join('|')})`, 'g');

export const mainlandUsage = (text: string): number => text.match(MAINLAND_START)?.length ?? 0;
