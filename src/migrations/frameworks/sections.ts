// Up/down sections marked by comment lines (goose, sql-migrate, dbmate).
import { blankRanges, isCommentOrBlank, splitLines, type Range } from '../text-regions.js';

export interface SectionMarkers {
  up: RegExp;
  down: RegExp;
  /** dbmate: the first down marker ends the up part for good; goose and sql-migrate may switch back. */
  downEndsFile: boolean;
}

export interface Sections {
  reviewedText: string;
  /** The up marker lines, in order (options such as `notransaction` live there). */
  upMarkers: string[];
  /** Marker lines that start with whitespace: some runners (dbmate) only see markers at column 0. */
  indentedMarkers: string[];
}

/**
 * Keeps up sections and marker lines; blanks down sections; before the first up marker keeps
 * only comments (runners reject statements there, and a leading ignore comment must survive).
 * A file without any up marker is kept whole: the runner would reject it, and the reviewer
 * should still see what it holds.
 */
export function reviewUpSections(text: string, markers: SectionMarkers): Sections {
  const lines = splitLines(text);
  const blank: Range[] = [];
  const upMarkers: string[] = [];
  const indentedMarkers: string[] = [];
  let state: 'pre' | 'up' | 'down' = 'pre';
  for (const line of lines) {
    const isUp = markers.up.test(line.text);
    const isDown = !isUp && markers.down.test(line.text);
    if (isUp || isDown) {
      if (/^\s/.test(line.text)) indentedMarkers.push(line.text.trim());
      if (isUp && !(state === 'down' && markers.downEndsFile)) {
        state = 'up';
        upMarkers.push(line.text.trim());
      } else if (isDown && state !== 'down') {
        state = 'down';
      }
      continue;
    }
    if (state === 'down' || (state === 'pre' && !isCommentOrBlank(line.text))) {
      blank.push({ start: line.start, end: line.end });
    }
  }
  if (upMarkers.length === 0) return { reviewedText: text, upMarkers, indentedMarkers };
  return { reviewedText: blankRanges(text, blank), upMarkers, indentedMarkers };
}
