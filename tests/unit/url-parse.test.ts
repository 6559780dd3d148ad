import { describe, expect, it } from 'vitest';
import { parseViewParams } from '../../src/lib/url/parse';
import { emptyView, type ViewState } from '../../src/lib/url/view-state';
import { known } from './url-fixture';

function parse(search: string | URLSearchParams): { view: ViewState; warnings: string[] } {
  const warnings: string[] = [];
  const view = parseViewParams(search, known, (message) => warnings.push(message));
  return { view, warnings };
}

const view = (partial: Partial<ViewState>): ViewState => ({ ...emptyView(), ...partial });
const encoded = (name: string, value: string): string =>
  new URLSearchParams({ [name]: value }).toString();

describe('parseViewParams: good values', () => {
  it.each<[string, Partial<ViewState>]>([
    ['', {}],
    ['?', {}],
    ['?from=2013&to=2016-06', { from: '2013', to: '2016-06' }],
    ['from=2013-06-20&to=2013-06-20', { from: '2013-06-20', to: '2013-06-20' }],
    ['from=2013-06&to=2013', { from: '2013-06', to: '2013' }],
    ['from=800', { from: '0800' }],
    ['from=-0043-03-15', { from: '-0043-03-15' }],
    ['to=2013', { to: '2013' }],
    ['event=move-to-albania', { event: 'move-to-albania' }],
    ['country=AL,IR', { countries: ['AL', 'IR'] }],
    ['country=al,Ir', { countries: ['AL', 'IR'] }],
    ['country=AL%2CIR', { countries: ['AL', 'IR'] }],
    ['country=AL&country=US,IR', { countries: ['AL', 'US', 'IR'] }],
    ['actor=mek&category=security,legal', { actors: ['mek'], categories: ['security', 'legal'] }],
    ['q=camp+ashraf', { q: 'camp ashraf' }],
    ['q=%20%20camp%20%20%20ashraf%20', { q: 'camp ashraf' }],
    ['q=line%0Abreak%09tab', { q: 'line break tab' }],
    [encoded('q', 'کمپ اشرف'), { q: 'کمپ اشرف' }],
    ['q=a%26b%3Dc,d%2Be', { q: 'a&b=c,d+e' }],
    ['lanes=actor', { lanes: 'actor' }],
    ['lanes=NONE', { lanes: 'none' }],
    ['lang=fa', { lang: 'fa' }],
    ['lang=SQ', { lang: 'sq' }],
    [' from = 2013', {}],
  ])('%j', (search, expected) => {
    expect(parse(search)).toEqual({ view: view(expected), warnings: [] });
  });

  it('reads a URLSearchParams as well as a string', () => {
    const params = new URLSearchParams({ country: 'AL', lanes: 'category' });
    expect(parse(params).view).toEqual(view({ countries: ['AL'], lanes: 'category' }));
  });
});

describe('parseViewParams: values it drops quietly', () => {
  it.each<[string, string, Partial<ViewState>]>([
    ['empty parameters', 'from=&to=&event=&country=&q=&lanes=&lang=', {}],
    ['empty list items', 'country=,AL,,IR,', { countries: ['AL', 'IR'] }],
    ['repeated list items', 'country=AL,AL,IR,al&country=IR', { countries: ['AL', 'IR'] }],
    [
      'a repeated identical parameter',
      'event=mek-founded&event=mek-founded',
      { event: 'mek-founded' },
    ],
    ['whitespace-only text', 'q=+++', {}],
    ['parameters it does not own', 'theme=dark&height=400&data=https%3A%2F%2Fx.org%2Fd.json', {}],
  ])('%s: %j', (_case, search, expected) => {
    expect(parse(search)).toEqual({ view: view(expected), warnings: [] });
  });
});

const LONG = 'x'.repeat(2001);

describe('parseViewParams: bad values, dropped with a warning', () => {
  it.each<[string, Partial<ViewState>, string[]]>([
    [
      'from=2023-02-30',
      {},
      ['ignoring from "2023-02-30": it does not exist (month 02 of 2023 has 28 days)'],
    ],
    ['to=2013-13', {}, ['ignoring to "2013-13": it has no month 13']],
    [
      'from=2013-06-20T00:00',
      {},
      [
        'ignoring from "2013-06-20T00:00": it is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
      ],
    ],
    ['from=2016&to=2013', {}, ['ignoring from "2016" and to "2013": from is after to']],
    ['from=2014&to=2013', {}, ['ignoring from "2014" and to "2013": from is after to']],
    [
      'from=2013-02-30&to=2014',
      { to: '2014' },
      ['ignoring from "2013-02-30": it does not exist (month 02 of 2013 has 28 days)'],
    ],
    ['event=no-such-event', {}, ['ignoring event "no-such-event": not in this dataset']],
    [
      'event=mek-founded&event=move-to-albania',
      { event: 'mek-founded' },
      ['ignoring event "move-to-albania": event is given more than once'],
    ],
    [
      'country=AL,XX,IR',
      { countries: ['AL', 'IR'] },
      ['ignoring country "XX": not in this dataset'],
    ],
    [
      'actor=mek,nobody&category=war',
      { actors: ['mek'] },
      [
        'ignoring actor "nobody": not in this dataset',
        'ignoring category "war": not in this dataset',
      ],
    ],
    ['lanes=year', {}, ['ignoring lanes "year": expected one of country, actor, category, none']],
    ['lang=de', {}, ['ignoring lang "de": expected one of en, sq, fa']],
    [
      `q=${'a'.repeat(250)}`,
      { q: 'a'.repeat(200) },
      ['shortening q to 200 characters: it was 250 long'],
    ],
    [
      `q=${'ë'.repeat(201)}`,
      { q: 'ë'.repeat(200) },
      ['shortening q to 200 characters: it was 201 long'],
    ],
    [`q=${LONG}`, {}, ['ignoring q: 2001 characters long, more than 2000']],
    [
      `country=${LONG}&lang=en`,
      { lang: 'en' },
      ['ignoring country: 2001 characters long, more than 2000'],
    ],
    [`event=${'y'.repeat(100)}`, {}, [`ignoring event "${'y'.repeat(60)}…": not in this dataset`]],
    ['country=%22%0A', {}, ['ignoring country "\\"": not in this dataset']],
  ])('%j', (search, expected, warnings) => {
    expect(parse(search)).toEqual({ view: view(expected), warnings });
  });

  it('keeps every good value next to bad ones', () => {
    const { view: parsed, warnings } = parse(
      'from=2013&to=nope&event=x&country=AL,XX&actor=mek&q=raid&lanes=up&lang=fa&theme=dark',
    );
    expect(parsed).toEqual(
      view({ from: '2013', countries: ['AL'], actors: ['mek'], q: 'raid', lang: 'fa' }),
    );
    expect(warnings).toHaveLength(4);
  });

  it.each([
    ['a malformed percent escape', 'q=%E0%A4%A&country=%'],
    ['a lone surrogate escape', 'q=%ED%A0%80'],
    ['bare separators', '&&&==&=&'],
    ['a key with no value', 'from&to&country'],
  ])('does not throw on %s', (_case, search) => {
    expect(() => parse(search)).not.toThrow();
  });
});
