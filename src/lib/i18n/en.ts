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
  'filters.heading': 'Filter events',
  'filters.country': 'Countries',
  'filters.actor': 'Actors',
  'filters.category': 'Categories',
  'filters.search': 'Search',
  'filters.searchPlaceholder': 'Search titles, summaries, actors…',
  'filters.option': '{label} ({count})',
  'filters.range': 'Dates',
  'filters.limitToWindow': 'Only the dates in view',
  'filters.fade': 'Fade filtered-out events instead of hiding them',
  'filters.active': 'Active filters',
  'filters.remove': 'Remove filter: {label}',
  'filters.clearAll': 'Clear all',
  'filters.matching': {
    one: '{count} of {total} events matches',
    other: '{count} of {total} events match',
  },
  'chip.text': 'Text: “{value}”',
  'panel.close': 'Close',
  'panel.previous': 'Previous event',
  'panel.next': 'Next event',
  'panel.position': 'Event {index} of {count}',
  'panel.era': 'Era',
  'panel.category': 'Category',
  'panel.countries': 'Countries',
  'panel.actors': 'Actors',
  'panel.filterBy': 'Show only events with {label}',
  'panel.accounts': 'Accounts differ',
  'panel.accountsIntro': 'These claims are disputed; each is given in the words of who made it.',
  'panel.conflicts': 'Where sources disagree',
  'panel.sources': 'Sources',
  'panel.seedSource': 'seed article',
  'panel.opensInNewTab': '(opens in a new tab)',
  'list.groupBy': 'Group by',
  'list.groupYear': 'Year',
  'list.groupEra': 'Era',
  'list.noEra': 'Outside the named eras',
  'list.noMatches': 'No event matches these filters.',
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Copy this link: {url}',
  'export.csv': 'Download CSV',
  'export.json': 'Download JSON',
  'date.circa': 'c.',
  'date.bce': 'BCE',
} as const;

export type MessageKey = keyof typeof en;
export type PluralForms = { one?: string; other: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>;
export type Catalogue = Record<MessageKey, string | PluralForms>;
