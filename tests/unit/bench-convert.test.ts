import { describe, expect, it } from 'vitest';
import { tlDate, toTimelineJs, toVisTimeline, visEnd, visStart } from '../../bench/lib/convert';
import { generateDataset } from '../../bench/lib/generate';

describe('bench: date conversion', () => {
  it('keeps precision for TimelineJS', () => {
    expect(tlDate('1965')).toEqual({ year: 1965 });
    expect(tlDate('1965-09')).toEqual({ year: 1965, month: 9 });
    expect(tlDate('1965-09-05')).toEqual({ year: 1965, month: 9, day: 5 });
    expect(tlDate('-43')).toEqual({ year: -43 });
    expect(() => tlDate('1965/09')).toThrow();
  });

  it('gives vis the first day covered and the day after the last', () => {
    expect(visStart('1965')).toBe('1965-01-01');
    expect(visStart('1965-09')).toBe('1965-09-01');
    expect(visEnd('2012')).toBe('2013-01-01');
    expect(visEnd('2012-02')).toBe('2012-03-01');
    expect(visEnd('2012-02-29')).toBe('2012-03-01');
    expect(visEnd('2012-12')).toBe('2013-01-01');
    expect(visEnd('0050-06-30')).toBe('0050-07-01');
  });
});

describe('bench: dataset converters', () => {
  const dataset = generateDataset(200);

  it('turns every event into a TimelineJS slide with its group and id', () => {
    const tl = toTimelineJs(dataset);
    expect(tl.events).toHaveLength(200);
    const period = dataset.events.findIndex((e) => e.end);
    const slide = tl.events[period]!;
    expect(slide.unique_id).toBe(dataset.events[period]!.id);
    expect(slide.end_date).toEqual(tlDate(dataset.events[period]!.end!));
    expect(slide.text.headline).toBe(dataset.events[period]!.title);
    const labels = new Set(dataset.categories.map((c) => c.label));
    for (const e of tl.events) expect(labels.has(e.group)).toBe(true);
    const point = tl.events[dataset.events.findIndex((e) => !e.end)]!;
    expect('end_date' in point).toBe(false);
  });

  it('turns every event into a vis item in a group that exists', () => {
    const vis = toVisTimeline(dataset);
    expect(vis.items).toHaveLength(200);
    expect(vis.groups).toHaveLength(8);
    const groups = new Set(vis.groups.map((g) => g.id));
    for (const item of vis.items) {
      expect(groups.has(item.group)).toBe(true);
      expect(item.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (item.end) expect(item.end > item.start).toBe(true);
    }
  });
});
