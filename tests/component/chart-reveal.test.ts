/**
 * The chart's first picture comes lane by lane: the first lane at once, the others one
 * per catchUp (a frame apart in the page), drawn as they come rather than hidden.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { TimelineState } from '../../src/lib/state/timeline.svelte';
import { loadText } from '../../src/lib/data/load-now';

function chartWithData() {
  const state = new TimelineState();
  state.show(loadText(readFileSync('data/mek.json', 'utf8'), 'mek.json'));
  const chart = state.chart;
  chart.width = 1000;
  return chart;
}
const drawnLanes = (chart: ReturnType<typeof chartWithData>) =>
  chart.restingLayouts.filter((layout) => layout !== undefined).length;

describe('the first picture', () => {
  it('draws the first lane at once, then one lane per step, visibly, until all match', () => {
    const chart = chartWithData();
    const lanes = chart.lanes.length;
    expect(lanes).toBeGreaterThan(2);
    chart.reveal();
    expect(drawnLanes(chart)).toBe(1);
    expect(chart.restingLayouts[0]).toBe(chart.layouts[0]);
    expect(chart.moving).toBe(false);
    expect(chart.catchingUp).toBe(true);
    for (let step = 2; step < lanes; step++) {
      chart.catchUp();
      expect(drawnLanes(chart)).toBe(step);
      expect(chart.moving).toBe(false);
    }
    chart.catchUp();
    expect(chart.catchingUp).toBe(false);
    expect(chart.restingLayouts).toEqual(chart.layouts);
  });

  it('only offers the marks drawn so far to the keyboard', () => {
    const chart = chartWithData();
    chart.reveal();
    const firstLaneIds = new Set(chart.layouts[0]!.marks.map((mark) => mark.item.id));
    expect([...chart.drawnIds].every((id) => firstLaneIds.has(id))).toBe(true);
    expect(firstLaneIds.has(chart.rovingId!)).toBe(true);
  });

  it('goes on from the new layouts after a jump (a resize, a link)', () => {
    const chart = chartWithData();
    chart.reveal();
    chart.jumpTo(zoomIdentity.translate(-800, 0).scale(3));
    expect(chart.catchingUp).toBe(true);
    while (chart.catchingUp) chart.catchUp();
    expect(chart.restingLayouts).toEqual(chart.layouts);
  });

  it('hands over to the canvas if the reader moves before it is complete', () => {
    const chart = chartWithData();
    chart.reveal();
    const start = chart.transform;
    chart.moveTo(start.translate(40, 0));
    expect(chart.moving).toBe(true);
    chart.release();
    // After the move the lanes catch up hidden, behind the canvas, as after any move.
    expect(chart.moving).toBe(true);
    while (chart.catchingUp) chart.catchUp();
    expect(chart.moving).toBe(false);
    expect(chart.restingLayouts).toEqual(chart.layouts);
  });
});
