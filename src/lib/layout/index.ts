/** Public API of the DOM-free layout modules (all times are UTC ms, all x are pixels). */
export { createIndex, itemsInWindow } from './cull';
export type { ItemIndex } from './cull';
export {
  buildLanes,
  lanesShown,
  NO_LANE_ID,
  ALL_LANE_ID,
  DEFAULT_OTHER_LABEL,
  DEFAULT_ALL_LABEL,
} from './lanes';
export type { Lane, LaneRegistries, LaneLabelKind, LaneLabeler } from './lanes';
export { byPriority, layoutLane, DEFAULT_LABEL_GAP } from './pack';
export type { LaneLayout, LaneLayoutOptions, PlacedMark, Cluster } from './pack';
export { RowOccupancy } from './intervals';
export type { Interval } from './intervals';
export { itemLabel, truncateToWidth } from './text';
export { groupItems, listSlice, NO_ERA_GROUP } from './groups';
export type { ListGroup, ListGrouping, ListSlice } from './groups';
export { categorySymbol } from './symbols';
export { markBar, MIN_BAR_PX, type MarkBar } from './bar';
export { withSinglesAsMarks } from './singles';
export { catchUpStep, memoByIndex, memoEach, startCatchUp, type CatchUp } from './catch-up';
export { visitAhead, type AheadProgress } from './measure-ahead';
export {
  firstMarkInTime,
  laneLayouter,
  layoutWindow,
  type PictureInput,
  type WindowLayoutInput,
} from './window-layout';
export { eraBarTitle, placeEras } from './eras';
export type { EraBand } from './eras';
