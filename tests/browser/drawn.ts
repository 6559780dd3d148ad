/**
 * A mark of a complete picture: the chart draws its first picture lane by lane, and
 * its marks layer is busy (aria-busy) until every lane is drawn.
 */
export const FULLY_DRAWN = '.marks-layer[aria-busy="false"] [data-event-id]';
