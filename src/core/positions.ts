// Positions PostgreSQL reports in an error: 1-based and counted in characters (code points),
// not UTF-16 units, so an emoji before the error counts once.

/** The line of `position` in `text`, where the text's first line is `firstLine`; `firstLine` when there is no position. */
export function lineOfCharPosition(text: string, position: number | undefined, firstLine = 1): number {
  if (!position || position < 1) return firstLine;
  let line = firstLine;
  let chars = 0;
  for (const ch of text) {
    if (++chars >= position) break;
    if (ch === '\n') line++;
  }
  return line;
}
