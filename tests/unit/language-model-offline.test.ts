import { describe, expect, it, vi } from 'vitest';
import { LanguageModel } from '../../src/lib/state/language.svelte';

// Albanian cannot be fetched (the reader went offline, the chunk is gone).
vi.mock('../../src/lib/i18n/sq-pack', () => {
  throw new Error('offline');
});

describe('LanguageModel, when a language cannot be loaded', () => {
  it('starts in English rather than not at all', async () => {
    const text = new LanguageModel(() => null);
    text.start('sq');
    expect(text.ready).toBe(false);
    await vi.waitFor(() => expect(text.ready).toBe(true));
    expect([text.language, text.requested]).toEqual(['en', 'en']);
  });

  it('keeps the language shown when asked to switch', async () => {
    const text = new LanguageModel(() => null);
    await text.request('sq');
    expect([text.language, text.requested, text.ready]).toEqual(['en', 'en', true]);
  });
});
