/**
 * The chart keeps its layout while the view moves, and lays out again when the held
 * layout no longer covers the view, when zooming in has gone far, or once it rests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { TimelineState } from '../../src/lib/state/timeline.svelte';
import { HELD_LAYOUT } from '../../src/lib/state/chart.svelte';
import { loadText } from '../../src/lib/data/load-now';

function chartWithData() {
  const state = new TimelineState();
  state.show(loadText(readFileSync('data/mek.json', 'utf8'), 'mek.json'));
  const chart = state.chart;
  chart.width = 1000;
  return { state, chart };
}

describe('held layout while the view moves', () => {
  it('is the live layout at rest: no offset, no stretch', () => {
    const { chart } = chartWithData();
    chart.transform = zoomIdentity.translate(-500, 0).scale(2);
    expect(chart.heldTransform).toBeNull();
    expect(chart.layoutTransform).toBe(chart.transform);
    expect(chart.liveRatio).toBe(1);
    expect(chart.liveOffset).toBe(0);
  });

  it('keeps the layout of the first frame during a pan and draws it shifted', () => {
    const { chart } = chartWithData();
    const start = zoomIdentity.translate(-1000, 0).scale(4);
    chart.transform = start;
    const before = chart.layouts;
    chart.moveTo(start.translate(30 / start.k, 0));
    chart.moveTo(start.translate(80 / start.k, 0));
    expect(chart.heldTransform).toBe(start);
    expect(chart.layouts).toBe(before);
    expect(chart.liveRatio).toBe(1);
    expect(chart.liveOffset).toBeCloseTo(80);
    // Every held mark is drawn where the live scale puts its start.
    const item = before.flatMap((layout) => layout.marks)[0]!;
    const drawnX = item.x * chart.liveRatio + chart.liveOffset;
    expect(drawnX).toBeCloseTo(chart.scale(item.item.start), 6);
  });

  it('stretches the held layout while zooming, exactly as the live scale', () => {
    const { chart } = chartWithData();
    const start = zoomIdentity.translate(-1000, 0).scale(4);
    chart.transform = start;
    const before = chart.layouts;
    const next = zoomIdentity.translate(-1500, 0).scale(5);
    chart.moveTo(next);
    expect(chart.layouts).toBe(before);
    for (const mark of before.flatMap((layout) => layout.marks))
      expect(mark.x * chart.liveRatio + chart.liveOffset).toBeCloseTo(
        chart.scale(mark.item.start),
        6,
      );
  });

  it('lays out again once zooming in passes the limit, or a pan leaves the covered span', () => {
    const { chart } = chartWithData();
    const start = zoomIdentity.translate(-1000, 0).scale(4);
    chart.transform = start;
    const deeper = zoomIdentity.translate(-4000, 0).scale(4 * HELD_LAYOUT.maxZoomIn * 1.1);
    chart.moveTo(deeper);
    expect(chart.heldTransform).toBe(deeper);
    // A pan of more than the margin (half the view) on one side.
    const far = deeper.translate((-chart.width * 0.8) / deeper.k, 0);
    chart.moveTo(far);
    expect(chart.heldTransform).toBe(far);
  });

  it('lays out for the live view once released', () => {
    const { chart } = chartWithData();
    const start = zoomIdentity.translate(-1000, 0).scale(4);
    chart.transform = start;
    chart.moveTo(start.translate(50 / start.k, 0));
    const held = chart.layouts;
    chart.release();
    expect(chart.heldTransform).toBeNull();
    expect(chart.layouts).not.toBe(held);
    expect(chart.liveOffset).toBe(0);
  });
});

describe('the SVG marks while moving and after', () => {
  /** A view well inside the data, where lanes have marks. */
  const start = zoomIdentity.translate(-1000, 0).scale(4);

  it('keep their resting layout through a move, while the model reports it moving', () => {
    const { chart } = chartWithData();
    chart.transform = start;
    const resting = chart.restingLayouts;
    expect(resting).toBe(chart.layouts);
    expect(chart.moving).toBe(false);
    const far = start.translate((-chart.width * 0.8) / start.k, 0);
    chart.moveTo(far);
    // The canvas gets the new layout; the SVG lanes keep theirs, so no mark is made or removed.
    expect(chart.layouts).not.toBe(resting);
    expect(chart.restingLayouts).toBe(resting);
    expect(chart.moving).toBe(true);
  });

  it('catch up one lane per call once the view rests, and only then stop moving', () => {
    const { chart } = chartWithData();
    chart.transform = start;
    const resting = chart.restingLayouts;
    chart.moveTo(start.translate((-chart.width * 0.8) / start.k, 0));
    chart.release();
    const target = chart.layouts;
    const stale = () => chart.restingLayouts.filter((layout, i) => layout !== target[i]).length;
    const staleAtFirst = stale();
    expect(staleAtFirst).toBeGreaterThan(1);
    expect(chart.restingLayouts).toEqual(resting);
    expect(chart.catchingUp).toBe(true);
    for (let left = staleAtFirst - 1; left >= 0; left--) {
      expect(chart.moving).toBe(true);
      chart.catchUp();
      expect(stale()).toBe(left);
    }
    expect(chart.catchingUp).toBe(false);
    expect(chart.moving).toBe(false);
    expect(chart.restingLayouts).toBe(chart.layouts);
  });

  it('follow a jump at once: a link or the list moves the view in one step', () => {
    const { chart } = chartWithData();
    chart.transform = start;
    chart.moveTo(start.translate(40 / start.k, 0));
    const jump = zoomIdentity.translate(-3000, 0).scale(8);
    chart.jumpTo(jump);
    expect(chart.moving).toBe(false);
    expect(chart.transform).toBe(jump);
    expect(chart.restingLayouts).toBe(chart.layouts);
  });
});

describe('label widths', () => {
  it('are measured ahead in idle time, most important first, until none are left', () => {
    const { chart } = chartWithData();
    const measured: string[] = [];
    chart.measureLabel = (text) => {
      measured.push(text);
      return text.length * 7;
    };
    let budget = 5;
    expect(chart.measureAhead(() => budget-- > 0)).toBe(false);
    const firstRound = measured.length;
    expect(firstRound).toBeGreaterThan(0);
    // The first text measured is the title of the most important event of the first lane.
    const top = [...chart.lanes[0]!.items].sort(
      (a, b) => b.importance - a.importance || a.start - b.start,
    )[0]!;
    expect(measured[0]).toBe(top.event.title);
    expect(measured).toContain(chart.labelText(top));
    expect(chart.measureAhead(() => true)).toBe(true);
    expect(measured.length).toBeGreaterThan(firstRound);
    // Done: nothing more to measure until the lanes, language or measurer change.
    const total = measured.length;
    expect(chart.measureAhead(() => true)).toBe(true);
    expect(measured.length).toBe(total);
  });
});

describe('clusters of one', () => {
  it.each([320, 700, 1000])('are drawn as the event’s own mark, at %i px', (width) => {
    const { chart } = chartWithData();
    chart.width = width;
    const layouts = chart.layouts;
    const marks = layouts.flatMap((layout) => layout.marks);
    expect(layouts.flatMap((layout) => layout.clusters).every((c) => c.count > 1)).toBe(true);
    // Nothing lost or doubled: each event is a mark or in one cluster, once.
    const shown = [
      ...marks.map((mark) => mark.item.id),
      ...layouts.flatMap((layout) => layout.clusters.flatMap((cluster) => cluster.ids)),
    ];
    expect(new Set(shown).size).toBe(shown.length);
    for (const layout of layouts)
      for (let i = 1; i < layout.marks.length; i++)
        expect(layout.marks[i]!.item.start).toBeGreaterThanOrEqual(layout.marks[i - 1]!.item.start);
  });

  it('are among the marks at the default width, unlabelled, where the badge would be', () => {
    const { chart } = chartWithData();
    chart.width = 700;
    const unlabelledInExtraRow = chart.layouts.flatMap((layout, lane) =>
      layout.marks.filter((mark) => !mark.labeled && mark.row === chart.laneRows[lane]! - 1),
    );
    expect(unlabelledInExtraRow.length).toBeGreaterThan(0);
  });
});
