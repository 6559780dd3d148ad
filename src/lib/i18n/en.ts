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
  'chart.region': 'Timeline chart',
  'chart.instructions':
    'Drag or swipe sideways to move through time; use the mouse wheel, a pinch or the buttons to zoom. With the chart focused: arrow keys move, + and − zoom, 0 fits.',
  'chart.zoomIn': 'Zoom in',
  'chart.zoomOut': 'Zoom out',
  'chart.fit': 'Show everything',
  'chart.lanes': 'Lanes',
  'chart.cluster': {
    one: '{count} event around {date}: zoom in',
    other: '{count} events, {date}: zoom in',
  },
  'chart.era': 'Era: {title}, {date}. Zoom to this era',
  'lanes.country': 'By country',
  'lanes.actor': 'By actor',
  'lanes.category': 'By category',
  'lanes.none': 'One lane',
  'lane.other': 'Other',
  'lane.all': 'All events',
  'overview.label': 'Overview of the whole timeline; drag the window to move, resize it to zoom',
  'date.circa': 'c.',
  'date.bce': 'BCE',
} as const;

export type MessageKey = keyof typeof en;
export type PluralForms = { one?: string; other: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>;
export type Catalogue = Record<MessageKey, string | PluralForms>;
