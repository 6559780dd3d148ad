/**
 * The English message catalogue: every string the interface shows. Other
 * catalogues must have exactly these keys (a unit test checks it).
 * Placeholders are {name}; plural forms are chosen by Intl.PluralRules, keyed
 * "one" / "other" (and any other CLDR category a language needs).
 */
export const en = {
  'app.loading': 'Loading the timeline…',
  'app.events': { one: '{count} event', other: '{count} events' },
  'app.skipLink': 'Skip to the event list',
  'list.heading': 'Events',
  'list.empty': 'This timeline has no events yet.',
  'notice.rejected': {
    one: '{count} event was left out because of errors in the data.',
    other: '{count} events were left out because of errors in the data.',
  },
  'notice.showDetails': 'Show what is wrong',
  'notice.dismiss': 'Dismiss',
  'notice.unnamedEvent': 'event #{index}',
  'error.heading': 'The timeline could not be shown',
  'error.retry': 'Try again',
  'date.circa': 'c.',
  'date.bce': 'BCE',
} as const;

export type MessageKey = keyof typeof en;
export type PluralForms = { one?: string; other: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>;
export type Catalogue = Record<MessageKey, string | PluralForms>;
