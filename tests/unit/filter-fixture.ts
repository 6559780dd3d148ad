/**
 * A small hand-written dataset for the filter and search tests: eight events
 * across four countries, with Albanian and Persian translations, one event of
 * each date precision, a multi-year period, and registry entries no event uses
 * (Germany, the UN, "culture") so that zero facet counts can be seen.
 */
import { toItems } from '../../src/lib/data/items';
import type { Dataset, TimelineEvent } from '../../src/lib/data/types';

type EventSeed = Pick<TimelineEvent, 'id' | 'start' | 'title' | 'summary' | 'category'> &
  Partial<TimelineEvent>;

function event(seed: EventSeed): TimelineEvent {
  return { countries: [], actors: [], importance: 3, sources: [], ...seed };
}

export const dataset: Dataset = {
  meta: {
    title: 'Filter fixture',
    description: 'Events for filter tests.',
    language: 'en',
    license: 'CC0-1.0',
    updated: '2024-01-01',
  },
  countries: [
    { code: 'IR', name: 'Iran', translations: { fa: { name: 'ایران' } } },
    { code: 'US', name: 'United States' },
    { code: 'FR', name: 'France' },
    { code: 'AL', name: 'Albania', translations: { sq: { name: 'Shqipëri' } } },
    { code: 'DE', name: 'Germany' },
  ],
  actors: [
    {
      id: 'mek',
      name: 'MEK',
      kind: 'organization',
      translations: { fa: { name: 'سازمان مجاهدین خلق' } },
    },
    { id: 'us-state', name: 'US State Department', kind: 'government' },
    { id: 'french-police', name: 'French police', kind: 'government' },
    {
      id: 'albania-government',
      name: 'Government of Albania',
      kind: 'government',
      translations: { sq: { name: 'Qeveria e Shqipërisë' } },
    },
    { id: 'un', name: 'United Nations', kind: 'organization' },
  ],
  categories: [
    { id: 'founding', label: 'Founding', color: 'purple' },
    { id: 'security', label: 'Security', color: 'red' },
    { id: 'legal', label: 'Legal', color: 'brown' },
    { id: 'diplomacy', label: 'Diplomacy', color: 'blue' },
    { id: 'culture', label: 'Culture', color: 'green' },
  ],
  eras: [],
  events: [
    event({
      id: 'mek-founded',
      start: '1965-09-05',
      title: 'MEK founded in Tehran',
      summary: 'Students found the organisation.',
      category: 'founding',
      countries: ['IR'],
      actors: ['mek'],
      translations: { fa: { title: 'تأسیس سازمان در تهران' } },
    }),
    event({
      id: 'camp-ashraf',
      start: '1986',
      end: '2012',
      title: 'Camp Ashraf years',
      summary: 'The group is based north of Baghdad.',
      category: 'security',
      countries: ['IR'],
      actors: ['mek'],
      translations: { fa: { title: 'سال‌های کمپ اشرف', summary: 'استقرار در عراق' } },
    }),
    event({
      id: 'us-designation',
      start: '1997-10-08',
      title: 'US designation',
      summary: 'Listed as a foreign terrorist organization.',
      category: 'legal',
      countries: ['US'],
      actors: ['us-state', 'mek'],
    }),
    event({
      id: 'paris-raid',
      start: '2003-06-17',
      title: 'Raid at Auvers-sur-Oise',
      summary: 'French police detain members.',
      body: ['Protesters gathered in Paris.'],
      category: 'security',
      countries: ['FR'],
      actors: ['french-police', 'mek'],
    }),
    event({
      id: 'delisting',
      start: '2012-09-28',
      title: 'US delisting',
      summary: 'Removed from the list.',
      category: 'legal',
      countries: ['US', 'US'],
      actors: ['us-state', 'mek'],
    }),
    event({
      id: 'move-to-albania',
      start: '2013-06',
      title: 'Relocation to Albania',
      summary: 'Members move from Iraq.',
      category: 'diplomacy',
      countries: ['AL', 'US'],
      actors: ['albania-government', 'us-state', 'mek'],
      translations: {
        sq: { title: 'Zhvendosja në Shqipëri', summary: 'Anëtarët vijnë nga Iraku.' },
      },
    }),
    event({
      id: 'ashraf-3',
      start: '2016',
      title: 'Ashraf 3 built at Manëz',
      summary: 'A compound near Durrës.',
      category: 'founding',
      countries: ['AL'],
      actors: ['mek'],
    }),
    event({
      id: 'ashraf-3-raid',
      start: '2023-06-20',
      title: 'Police raid on Ashraf 3',
      summary: 'Albanian police search the camp.',
      category: 'security',
      countries: ['AL'],
      actors: ['albania-government'],
      translations: {
        fa: { title: 'یورش پلیس به اشرف‌۳', summary: 'نیروهای پلیس کامپیوترها را بردند' },
        sq: { title: 'Kontrolli policor në Ashraf 3' },
      },
    }),
  ],
};

export const items = toItems(dataset.events);

/** Ids of items in time order, for compact expectations. */
export const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);
