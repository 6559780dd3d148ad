/** Ids a dataset might hold, for the URL tests; the URL module only needs the sets. */
import type { KnownIds } from '../../src/lib/url/view-state';

export const known: KnownIds = {
  eventIds: new Set(['mek-founded', 'move-to-albania', 'ashraf-3-raid']),
  countries: new Set(['IR', 'US', 'AL', 'FR', 'EU']),
  actors: new Set(['mek', 'us-state', 'albania-government']),
  categories: new Set(['founding', 'security', 'legal', 'diplomacy']),
};
