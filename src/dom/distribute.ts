/**
 * Writes a repair of concatenated text back into the pieces it came from (the data of several text nodes),
 * so that markup, listeners and layout survive. A step that spans pieces is split where its parts repair on
 * their own (mojibake across a <b>); otherwise its unchanged ends stay where they were, a same-length change
 * (a character-for-character conversion) is split at the piece boundaries, and any other change goes where
 * it starts, the rest of its span being removed from the following pieces.
 */

export interface Edit {
  start: number;
  end: number;
  after: string;
}

/** A changed range in the new text of piece `index`, for highlighting. */
export interface Mark {
  index: number;
  start: number;
  end: number;
}

interface Piece extends Edit {
  index: number;
}

/** Repairs the parts of a step that spans pieces separately; undefined when they do not add up. */
export type Splitter = (fragments: string[]) => string[] | undefined;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Narrows an edit to the characters that really change, without cutting a surrogate pair. */
function trim(text: string, edit: Edit): Edit {
  const before = text.slice(edit.start, edit.end);
  const { after } = edit;
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before[head] === after[head]) head++;
  if (head > 0 && isHighSurrogate(after.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (tail < limit - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  if (tail > 0 && isHighSurrogate(after.charCodeAt(after.length - tail - 1))) tail--;
  return { start: edit.start + head, end: edit.end - tail, after: after.slice(head, after.length - tail) };
}

export function distribute(parts: readonly string[], edits: readonly Edit[], split?: Splitter): { parts: string[]; marks: Mark[] } {
  const text = parts.join('');
  const bounds = [0];
  for (const part of parts) bounds.push(bounds[bounds.length - 1] + part.length);
  const pieceAt = (offset: number): number => {
    for (let i = 0; i < parts.length; i++) if (offset < bounds[i + 1]) return i;
    return parts.length - 1;
  };
  /** The pieces [start, end) overlaps (at least the one it starts in). */
  const covered = (start: number, end: number): number[] => {
    const indexes = [pieceAt(start)];
    while (bounds[indexes[indexes.length - 1] + 1] < end) indexes.push(indexes[indexes.length - 1] + 1);
    return indexes;
  };

  const pieces: Piece[] = [];
  const push = (index: number, from: number, to: number, after: string) => {
    const piece = trim(parts[index], { start: from - bounds[index], end: to - bounds[index], after });
    if (piece.start !== piece.end || piece.after) pieces.push({ index, ...piece });
  };
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const spanned = covered(edit.start, edit.end);
    const ranges = spanned.map((i) => [Math.max(edit.start, bounds[i]), Math.min(edit.end, bounds[i + 1])]);
    const separately = spanned.length > 1 ? split?.(ranges.map(([from, to]) => text.slice(from, to))) : undefined;
    if (separately?.join('') === edit.after) {
      spanned.forEach((i, k) => push(i, ranges[k][0], ranges[k][1], separately[k]));
      continue;
    }
    const { start, end, after } = trim(text, edit);
    if (start === end && after === '') continue;
    const splitsEvenly = after.length === end - start && bounds.every((b) => b <= start || b >= end || !isHighSurrogate(after.charCodeAt(b - start - 1)));
    covered(start, end).forEach((i, k) => {
      const from = Math.max(start, bounds[i]);
      const to = Math.min(end, bounds[i + 1]);
      push(i, from, to, splitsEvenly ? after.slice(from - start, to - start) : k === 0 ? after : '');
    });
  }

  // Pieces come out ordered by part, then by offset: edits are sorted and never overlap.
  const out = [...parts];
  const marks: Mark[] = [];
  for (let p = 0; p < pieces.length; ) {
    const { index } = pieces[p];
    let result = '';
    let at = 0;
    for (; p < pieces.length && pieces[p].index === index; p++) {
      const piece = pieces[p];
      result += parts[index].slice(at, piece.start);
      if (piece.after) marks.push({ index, start: result.length, end: result.length + piece.after.length });
      result += piece.after;
      at = piece.end;
    }
    out[index] = result + parts[index].slice(at);
  }
  return { parts: out, marks };
}
