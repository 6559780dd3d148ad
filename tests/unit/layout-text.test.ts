import { describe, expect, it } from 'vitest';
import { truncateToWidth } from '../../src/lib/layout/text';

const tenPerChar = (text: string) => Array.from(text).length * 10;

describe('truncateToWidth', () => {
  it.each([
    ['Short', 100, 'Short'],
    ['Exactly ten', 110, 'Exactly ten'],
    ['Albania breaks relations', 100, 'Albania b…'],
    ['Albania breaks relations', 30, 'Al…'],
    ['Albania breaks relations', 15, ''],
    ['آلبانی روابط را قطع کرد', 80, 'آلبانی…'],
    ['Emoji 🇦🇱 flag', 80, 'Emoji 🇦…'],
  ])('fits %j into %i px as %j', (text, width, expected) => {
    const result = truncateToWidth(text, width, tenPerChar);
    expect(result).toBe(expected);
    expect(tenPerChar(result)).toBeLessThanOrEqual(width);
  });
});
