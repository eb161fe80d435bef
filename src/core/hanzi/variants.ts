/**
 * Traditional ↔ simplified character pairs (OpenCC TSCharacters, first candidate), for telling which
 * script a text is in. Used to break ties between a character and its own other form (長 / 长), which
 * share a frequency.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let simplifiedOf: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    for (const pair of TS_CHARACTERS.split('|')) {
      const [traditional, simplified] = pair.split(' ');
      if (traditional !== simplified) simplifiedOf.set(traditional, simplified);
    }
  }
  return simplifiedOf;
}

/** The simplified form of a traditional character, or the character itself. */
export const toSimplifiedChar = (ch: string): string => table().get(ch) ?? ch;

/** True when the text's Han characters lean traditional (more traditional-only forms than not). */
export function leansTraditional(text: string): boolean {
  const t = table();
  let traditional = 0;
  let other = 0;
  for (const ch of text) {
    if (t.has(ch)) traditional++;
    else if (ch >= '\u4e00' && ch <= '\u9fff') other++;
  }
  return traditional > other / 4;
}
