/**
 * Whether a text shows the mirror sites' corruption, and whether its traditional characters came from
 * converting simplified text (research §7). Only the corruption itself is proof: a validated reading on a
 * traditional-only character, a byte-level glitch, or injected commas in traditional text backed by mainland
 * usage. Mainland usage alone (位于 in traditional script) is how some genuine pages write too, and never
 * converts a text by itself.
 */
export interface Signals {
  /** A site's reading after its own traditional-only character (發(fā)). */
  traditionalAnnotation: boolean;
  /** Byte-level glitches that decoded to ordinary text. */
  glitches: number;
  commaNoise: number;
  /** The text holds traditional-only characters once readings and glitches are removed. */
  traditional: boolean;
  /**
   * Shared characters in their simplified use, mainland vocabulary (位于, 這里, 軟件): counted beside a single
   * injected comma only, the one place where they can decide (two commas show the corruption by themselves).
   */
  mainland: number;
}

export const NO_SIGNALS: Signals = { traditionalAnnotation: false, glitches: 0, commaNoise: 0, traditional: false, mainland: 0 };

export function addSignals(a: Signals, b: Signals): Signals {
  return {
    traditionalAnnotation: a.traditionalAnnotation || b.traditionalAnnotation,
    glitches: a.glitches + b.glitches,
    commaNoise: a.commaNoise + b.commaNoise,
    traditional: a.traditional || b.traditional,
    mainland: a.mainland + b.mainland,
  };
}

/** The text shows the corruption by itself. */
export function showsCorruption(s: Signals): boolean {
  return s.glitches > 0 || s.traditionalAnnotation || (s.commaNoise > 0 && s.traditional && s.commaNoise + s.mainland >= 2);
}

/** The text's traditional characters were converted from simplified. */
export const showsConversion = (s: Signals): boolean => showsCorruption(s) && s.traditional;

/** Genuine traditional text writes 於 並 後 裡 for these, and TW/HK use other words (資訊, 軟體, 資料…). */
export const MAINLAND_USAGE = ['于', '并', '這里', '那里', '哪里', '之后', '以后', '然后', '最后', '先后', '后來', '信息', '軟件', '數據', '網絡', '默認', '互聯網', '質量', '視頻', '云計算'];

/** The first characters of those, as a bit per BMP code unit (made on first use): a text is read once. */
let mainlandFirsts: Uint8Array | undefined;

function buildMainlandFirsts(): Uint8Array {
  const bits = new Uint8Array(0x10000 >> 3);
  for (const usage of MAINLAND_USAGE) bits[usage.charCodeAt(0) >> 3] |= 1 << (usage.charCodeAt(0) & 7);
  return bits;
}

/** Every occurrence of each of them, in one pass (between them, 之后來 holds two). */
export function mainlandUsage(text: string): number {
  const firsts = (mainlandFirsts ??= buildMainlandFirsts());
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((firsts[c >> 3] >> (c & 7)) & 1)) continue;
    for (const usage of MAINLAND_USAGE) if (usage.charCodeAt(0) === c && text.startsWith(usage, i)) n++;
  }
  return n;
}
