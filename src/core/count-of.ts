/** Texts up to this long are read a code unit at a time: most are a step's few characters, or none. */
const SHORT = 16;

/**
 * How many times `ch` occurs in `text`: a native search per occurrence (faster than a loop over a long
 * text), a loop over a short one (faster than a call into the search).
 */
export function countOf(ch: string, text: string): number {
  let n = 0;
  if (ch.length === 1 && text.length <= SHORT) {
    const c = ch.charCodeAt(0);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === c) n++;
    return n;
  }
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + ch.length)) n++;
  return n;
}
