/**
 * The engine builds its tables on first use, and together they take longer than a browser frame should
 * block. The content script runs these steps one idle slice at a time before the first repair.
 */
import { big5Code } from './codecs/big5.ts';
import { gbkCode } from './codecs/gbk.ts';
import { repairFlattenedPinyin } from './fixes/flattened-pinyin/index.ts';
import { plausibility } from './hanzi/plausibility.ts';
import { charCost } from './hanzi/char-cost.ts';
import { toSimplifiedChar } from './hanzi/variants.ts';

export const WARM_UP_STEPS: readonly (() => void)[] = [
  () => charCost('中'),
  () => gbkCode(0x4e2d),
  () => big5Code(0x4e2d),
  () => toSimplifiedChar('發'),
  () => plausibility('发展'),
  () => repairFlattenedPinyin('發(fā)展', { script: 'simplified' }),
];
