import { expect, it } from 'vitest';
import { lineOfCharPosition } from '../../src/core/positions.js';

it('counts PostgreSQL error positions in characters, so emoji before the error count once', () => {
  const text = "SELECT '👋👋👋👋',\n  nickname\nFROM users";
  const position = [...text].indexOf('n') + 1; // PostgreSQL's 1-based character position of "nickname"
  expect(lineOfCharPosition(text, position)).toBe(2);
  expect(lineOfCharPosition(text, position, 40)).toBe(41);
  expect(lineOfCharPosition(text, undefined, 7)).toBe(7);
});
