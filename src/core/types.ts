/** Identifiers of the corruption classes the engine knows. A fix module's file name is its id. */
export type FixId =
  | 'pinyin-annotation' // 發(fā)展: inline readings of flattened ruby
  | 'pinyin-glitch' // 日?qǐng)?bào): a reading inserted inside GBK bytes
  | 'comma-noise' // ,, ,、 ,。 injected by the same mirror sites
  | 'converted-script' // traditional characters produced by converting a simplified article
  | 'utf8-as-single-byte' // å‘å±•: UTF-8 read as windows-1252 / latin-1
  | 'utf8-as-gbk' // 鍙戝睍: UTF-8 read as GBK
  | 'utf8-as-big5' // 擐㚚△: UTF-8 read as Big5 (short runs survive)
  | 'gbk-as-single-byte' // ·¢Õ¹: GBK read as windows-1252 / latin-1
  | 'big5-as-single-byte' // µo®i: Big5 read as windows-1252 / latin-1
  | 'big5-as-gbk' // 祇甶: Big5 read as GBK
  | 'gbk-as-big5'; // 楷桯: GBK read as Big5

/** Damage the engine reports but never rewrites, because the original bytes are gone. */
export type WarningKind =
  | 'kunjinkao' // 锟斤拷: U+FFFD saved as UTF-8 and read as GBK
  | 'replacement-characters' // runs of U+FFFD (GBK read as UTF-8 and similar)
  | 'unrecoverable-mojibake' // mojibake whose bytes were mostly destroyed (UTF-8 read as Big5 …)
  | 'lost-characters'; // characters of a repaired span whose bytes were lost (marked U+FFFD)

/** One change, replayable: `before` is exactly input.slice(start, end) and becomes `after`. */
export interface RepairStep {
  fix: FixId;
  /** UTF-16 offsets into the text given to `repair`. Steps never overlap and are sorted by `start`. */
  start: number;
  end: number;
  before: string;
  after: string;
  /** 0–1: how sure the engine is that `after` is what the author wrote. */
  confidence: number;
  /** One sentence a reader can understand. */
  explanation: string;
}

export interface RepairWarning {
  kind: WarningKind;
  start: number;
  end: number;
  message: string;
}

export interface RepairResult {
  text: string;
  changed: boolean;
  steps: RepairStep[];
  warnings: RepairWarning[];
}

/** What a whole page says about itself, so that short blocks are judged with the page's evidence. */
export interface PageEvidence {
  /** The page shows the flattened-ruby corruption (annotations or glitches were found somewhere). */
  flattenedRuby: boolean;
  /** The page's traditional characters were produced by converting a simplified text. */
  convertedScript: boolean;
  /**
   * Wrong decodings the page shows in several texts of its own (all of it read with the wrong charset): its
   * short texts (menu items: 要闻 as ÒªÎÅ) are repaired by them without the evidence a lone short text needs.
   */
  misreadings?: readonly FixId[];
}

export interface RepairOptions {
  /**
   * What to do with text converted from simplified to traditional: restore simplified (the default),
   * or keep the traditional characters and only drop readings and noise.
   */
  script?: 'simplified' | 'keep';
  /** Guess characters whose last byte was lost, when one candidate clearly wins (default true). */
  recoverLost?: boolean;
  /** Evidence gathered from the rest of the page (see `collectEvidence`). */
  evidence?: PageEvidence;
}
