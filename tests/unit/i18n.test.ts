import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../src/lib/i18n/translate';

describe('createTranslate', () => {
  it('fills placeholders and picks the plural form', () => {
    const t = createTranslate('en');
    expect(t('app.events', { count: 1 })).toBe('1 event');
    expect(t('app.events', { count: 1200 })).toBe('1,200 events');
    expect(t('notice.unnamedEvent', { index: 7 })).toBe('event #7');
  });

  it('falls back to English for a language it has no catalogue for', () => {
    expect(createTranslate('xx')('error.retry')).toBe('Try again');
  });
});
