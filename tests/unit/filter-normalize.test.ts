import { describe, expect, it } from 'vitest';
import { normalizeText, searchTerms } from '../../src/lib/filter/normalize';

const ZWNJ = '\u200C';
const TATWEEL = '\u0640';

describe('normalizeText', () => {
  it.each([
    ['lowercases', 'Camp ASHRAF', 'camp ashraf'],
    ['removes Albanian diacritics', 'Manëz', 'manez'],
    ['removes them from capitals too', 'SHQIPËRI', 'shqiperi'],
    ['removes cedillas', 'Çelësi', 'celesi'],
    ['removes French accents', 'Auvers-sur-Oise, élysée', 'auvers-sur-oise, elysee'],
    ['folds the Turkish dotted capital I', 'İstanbul', 'istanbul'],
    ['trims and collapses whitespace', '  camp \t\n ashraf  ', 'camp ashraf'],
    ['collapses non-breaking spaces', 'camp\u00A0ashraf', 'camp ashraf'],
    ['maps Arabic yeh to Persian yeh', 'يورش', 'یورش'],
    ['maps alef maksura to Persian yeh', 'مصطفى', 'مصطفی'],
    ['maps Arabic kaf to Persian kaf', 'كمپ', 'کمپ'],
    ['removes tatweel', `اش${TATWEEL}رف`, 'اشرف'],
    ['removes a run of tatweel', `کم${TATWEEL.repeat(3)}پ`, 'کمپ'],
    ['removes the zero-width non-joiner', `سال${ZWNJ}های`, 'سالهای'],
    ['removes zero-width joiners and direction marks', 'ایران\u200D\u200F', 'ایران'],
    ['removes Arabic vowel marks', 'مُجاهِدین', 'مجاهدین'],
    ['removes hamza above alef', 'تأسیس', 'تاسیس'],
    ['folds heh with yeh above to heh', 'خانۀ', 'خانه'],
    ['turns Persian digits into ASCII digits', 'اشرف ۳', 'اشرف 3'],
    ['turns Arabic-Indic digits into ASCII digits', '٢٠٢٣', '2023'],
    ['turns Arabic presentation forms into letters', '\uFEDB\uFEE4\uFB58', 'کمپ'],
    ['turns full-width letters into ASCII', 'ＭＥＫ', 'mek'],
    ['keeps an empty string empty', '', ''],
  ])('%s: %j → %j', (_why, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['Manez', 'Manëz'],
    ['shqiperi', 'Shqipëri'],
    ['كمپ اشرف', 'کمپ اشرف'],
    ['مجاهدين خلق', 'مجاهدین خلق'],
    [`می${ZWNJ}روند`, 'میروند'],
  ])('folds %j and %j to the same text', (typed, stored) => {
    expect(normalizeText(typed)).toBe(normalizeText(stored));
  });

  it('is idempotent', () => {
    const samples = ['Manëz', `كمپ اشرف${ZWNJ}۳`, '  ＭＥＫ  İ ', `سال${TATWEEL}${ZWNJ}های`];
    for (const sample of samples) {
      expect(normalizeText(normalizeText(sample))).toBe(normalizeText(sample));
    }
  });
});

describe('searchTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Manëz', ['manez']],
    ['  raid   POLICE ', ['raid', 'police']],
    [`كمپ${ZWNJ} اشرف`, ['کمپ', 'اشرف']],
  ])('%j → %j', (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });
});
