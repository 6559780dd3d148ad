import { describe, expect, it } from 'vitest';
import { historyMode, type HistoryMode } from '../../src/lib/url/history';
import { emptyView, type ViewState } from '../../src/lib/url/view-state';

const BASE: ViewState = {
  ...emptyView(),
  from: '2013',
  to: '2016',
  event: 'move-to-albania',
  countries: ['AL', 'IR'],
  q: 'ashraf',
  lanes: 'country',
  lang: 'en',
};

describe('historyMode', () => {
  it.each<[string, Partial<ViewState>, HistoryMode]>([
    ['nothing changed', {}, 'none'],
    ['equal lists in new arrays', { countries: ['AL', 'IR'] }, 'none'],
    ['from moved (a drag)', { from: '2012' }, 'replace'],
    ['to moved', { to: '2017' }, 'replace'],
    ['both moved (a zoom)', { from: '2013-06', to: '2014-02' }, 'replace'],
    ['the window cleared', { from: undefined, to: undefined }, 'replace'],
    ['another event selected', { event: 'mek-founded' }, 'push'],
    ['the event closed', { event: undefined }, 'push'],
    ['a country added', { countries: ['AL', 'IR', 'US'] }, 'push'],
    ['a country removed', { countries: ['AL'] }, 'push'],
    ['countries reordered', { countries: ['IR', 'AL'] }, 'push'],
    ['an actor chosen', { actors: ['mek'] }, 'push'],
    ['a category chosen', { categories: ['legal'] }, 'push'],
    ['new search text', { q: 'ashraf 3' }, 'push'],
    ['lanes switched', { lanes: 'actor' }, 'push'],
    ['lanes back to default', { lanes: undefined }, 'push'],
    ['language switched', { lang: 'fa' }, 'push'],
    ['a zoom and a choice together', { from: '2000', countries: [] }, 'push'],
  ])('%s → %s', (_case, change, expected) => {
    expect(historyMode(BASE, { ...BASE, ...change })).toBe(expected);
  });

  it.each<[Partial<ViewState>, Partial<ViewState>]>([
    [{ from: undefined }, { from: '' }],
    [{ event: '' }, { event: undefined }],
    [{ q: 'camp  ashraf ' }, { q: 'camp ashraf' }],
  ])('treats views with the same URL as equal (%j vs %j)', (a, b) => {
    expect(historyMode({ ...BASE, ...a }, { ...BASE, ...b })).toBe('none');
  });
});
