/**
 * Persian, fetched when a reader first chooses it: the messages, fa-IR with the standard
 * Persian names of the Gregorian months, and dates written in the Solar Hijri calendar
 * with the Gregorian date beside them.
 */
import { faIRStandard, formatBilingualDate } from '../time/persian';
import { fa } from './fa';
import type { LanguagePack } from './packs';

export const pack: LanguagePack = {
  catalogue: fa,
  dateLocale: faIRStandard,
  formatRange: formatBilingualDate,
};
