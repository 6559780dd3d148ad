/**
 * Everything that depends on the reader's language: messages, direction, date
 * formatting (Solar Hijri beside Gregorian for Persian), and the dataset's own text
 * in that language with English (the base text) as the fallback. When text falls back,
 * `fallbackLang` says so, so components can mark it with the right `lang` attribute.
 */
import type { TimelineItem } from '../data/items';
import type { Dataset } from '../data/types';
import type { ChipDimension, ListDimension } from '../filter';
import { rangeLabel } from '../filter';
import { createTranslate } from '../i18n/translate';
import { registerAllCatalogues } from '../i18n/catalogues';
import { dateFnsLocale, dateWords, directionOf, isLanguage, numberFormat } from '../i18n/locale';
import { formatDateRange } from '../time/format';
import { formatBilingualDate } from '../time/persian';

registerAllCatalogues();

export class LanguageModel {
  language = $state('en');

  #dataset: () => Dataset | null;
  constructor(dataset: () => Dataset | null) {
    this.#dataset = dataset;
  }
  // A method, so the lazy $derived fields above may read it before the constructor runs.
  #data(): Dataset | null {
    return this.#dataset();
  }

  readonly t = $derived(createTranslate(this.language));
  readonly dir = $derived(directionOf(isLanguage(this.language) ? this.language : 'en'));
  readonly locale = $derived(dateFnsLocale(isLanguage(this.language) ? this.language : 'en'));
  readonly words = $derived(dateWords(this.t));
  readonly numbers = $derived(numberFormat(isLanguage(this.language) ? this.language : 'en'));
  /** The language of the dataset's base text. */
  readonly baseLanguage = $derived(this.#data()?.meta.language ?? 'en');

  /** A date range as a reader of this language writes it, at its precision. */
  formatRange(start: string, end?: string, circa = false): string {
    if (this.language === 'fa') return formatBilingualDate(start, end, circa);
    return formatDateRange(start, end, { circa, locale: this.locale, words: this.words });
  }

  formatDate(item: TimelineItem): string {
    return this.formatRange(item.event.start, item.event.end, item.event.circa ?? false);
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
      return from !== undefined && to !== undefined ? rangeLabel(from, to) : undefined;
    }
    return this.nameOf(dimension, value);
  }
}
