/**
 * Everything that depends on the reader's language: messages, direction, date
 * formatting (Solar Hijri beside Gregorian for Persian), and the dataset's own text
 * in that language with English (the base text) as the fallback. When text falls back,
 * `fallbackLang` says so, so components can mark it with the right `lang` attribute.
 * Languages other than English are fetched when first asked for, and shown only once
 * they have arrived: nothing is drawn in English on the way.
 */
import type { TimelineItem } from '../data/items';
import type { Dataset } from '../data/types';
import type { ChipDimension, ListDimension } from '../filter';
import { rangeLabel } from '../filter';
import { createTranslate } from '../i18n/translate';
import {
  dateFnsLocale,
  dateWords,
  DEFAULT_LANGUAGE,
  directionOf,
  isLanguage,
  numberFormat,
  numeralsOf,
  type Language,
} from '../i18n/locale';
import { languagePack, loadLanguage } from '../i18n/packs';
import { formatDateRange } from '../time/format';

const toLanguage = (value: string): Language => (isLanguage(value) ? value : DEFAULT_LANGUAGE);

export class LanguageModel {
  /** The language the timeline is shown in; it changes once the new one has loaded. */
  #language = $state<Language>(DEFAULT_LANGUAGE);
  /** The language last asked for: ahead of `language` while that one loads. */
  #requested = $state<Language>(DEFAULT_LANGUAGE);
  /** False only while the language the timeline starts in is still loading. */
  #ready = $state(true);

  #dataset: () => Dataset | null;
  constructor(dataset: () => Dataset | null) {
    this.#dataset = dataset;
  }
  // A method, so the lazy $derived fields below may read it before the constructor runs.
  #data(): Dataset | null {
    return this.#dataset();
  }

  get language(): Language {
    return this.#language;
  }
  /** Asks for a language (see `request`). */
  set language(value: string) {
    void this.request(value);
  }
  get requested(): Language {
    return this.#requested;
  }
  /** Whether text can be drawn in `language`: wait for this before drawing any. */
  get ready(): boolean {
    return this.#ready;
  }

  /**
   * Starts in a language: it is the language at once, and `ready` stays false until it
   * has loaded, so that the first text the reader sees is already in it. If it cannot
   * be loaded, the timeline starts in English rather than not at all.
   */
  start(value: string): void {
    const lang = toLanguage(value);
    this.#language = this.#requested = lang;
    this.#ready = languagePack(lang) !== undefined;
    if (this.#ready) return;
    const settle = (shown: Language) => {
      if (this.#ready || this.#language !== lang) return;
      this.#language = this.#requested = shown;
      this.#ready = true;
    };
    loadLanguage(lang).then(
      () => settle(lang),
      () => settle(DEFAULT_LANGUAGE),
    );
  }

  /**
   * Switches to a language: at once if it has loaded, else once it has, unless another
   * was asked for meanwhile. If it cannot be loaded, the language shown stays.
   */
  async request(value: string): Promise<void> {
    const lang = toLanguage(value);
    this.#requested = lang;
    if (languagePack(lang) === undefined) {
      try {
        await loadLanguage(lang);
      } catch {
        if (this.#requested === lang) this.#requested = this.#language;
        return;
      }
    }
    if (this.#requested !== lang) return;
    this.#language = lang;
    this.#ready = true;
  }

  /** The language messages and dates are drawn in: English only until `ready`. */
  readonly #textLanguage = $derived(this.#ready ? this.#language : DEFAULT_LANGUAGE);
  readonly t = $derived(createTranslate(this.#textLanguage));
  readonly dir = $derived(directionOf(this.#language));
  readonly locale = $derived(dateFnsLocale(this.#textLanguage));
  readonly words = $derived(dateWords(this.t));
  readonly numbers = $derived(numberFormat(this.#textLanguage));
  /** The language's digits for labels made of numbers (the axis's years and days). */
  readonly numerals = $derived(numeralsOf(this.numbers));
  /** The language of the dataset's base text. */
  readonly baseLanguage = $derived(this.#data()?.meta.language ?? 'en');

  /** A date range as a reader of this language writes it, at its precision. */
  formatRange(start: string, end?: string, circa = false): string {
    const own = languagePack(this.#textLanguage)?.formatRange;
    if (own) return own(start, end, circa);
    return formatDateRange(start, end, { circa, locale: this.locale, words: this.words });
  }

  /**
   * Formatted dates per item, for the current language: marks name themselves with
   * their date each time a layout brings them into view, and formatting is not cheap.
   */
  readonly #dates = $derived.by(() => {
    void [this.#textLanguage, this.locale, this.words];
    return new WeakMap<TimelineItem, string>();
  });

  formatDate(item: TimelineItem): string {
    const dates = this.#dates;
    let date = dates.get(item);
    if (date === undefined) {
      date = this.formatRange(item.event.start, item.event.end, item.event.circa ?? false);
      dates.set(item, date);
    }
    return date;
  }

  /** `lang` for text that fell back to the base language, else undefined. */
  fallbackLang(translated: unknown): string | undefined {
    return translated === undefined && this.language !== this.baseLanguage
      ? this.baseLanguage
      : undefined;
  }

  titleOf(item: TimelineItem): { text: string; lang: string | undefined } {
    const own = item.event.translations?.[this.language]?.title;
    return { text: own ?? item.event.title, lang: this.fallbackLang(own) };
  }

  /** A registry entry's name in this language, falling back to the base text. */
  nameOf(dimension: ListDimension | 'era', id: string): string {
    const dataset = this.#data();
    const lang = this.language;
    if (!dataset) return id;
    if (dimension === 'country') {
      const c = dataset.countries.find((x) => x.code === id);
      return c?.translations?.[lang]?.name ?? c?.name ?? id;
    }
    if (dimension === 'actor') {
      const a = dataset.actors.find((x) => x.id === id);
      return a?.translations?.[lang]?.name ?? a?.name ?? id;
    }
    if (dimension === 'era') {
      const e = dataset.eras.find((x) => x.id === id);
      return e?.translations?.[lang]?.title ?? e?.title ?? id;
    }
    const k = dataset.categories.find((x) => x.id === id);
    return k?.translations?.[lang]?.label ?? k?.label ?? id;
  }

  chipLabel(dimension: ChipDimension, value: string): string | undefined {
    if (dimension === 'text') return this.t('chip.text', { value });
    if (dimension === 'range') {
      const [from, to] = value.split('/').map(Number);
      return from !== undefined && to !== undefined
        ? this.numerals(rangeLabel(from, to))
        : undefined;
    }
    return this.nameOf(dimension, value);
  }
}
