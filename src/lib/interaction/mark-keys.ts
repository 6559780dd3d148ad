/**
 * Keys on a focused event mark: ← and → move focus to the previous and next matching
 * event in time (mirrored for right-to-left reading), Home and End to the first and
 * last, Enter and Space select, Esc clears the selection. Focus follows the event even
 * when it is off screen or inside a cluster: the chart pans, and zooms if it must,
 * until the event has a mark of its own. Zoom keys bubble up to the chart.
 */
import { tick } from 'svelte';
import type { TimelineItem } from '../data/items';
import type { TimelineState } from '../state/timeline.svelte';

const ZOOM_ATTEMPTS = 4;

async function focusItem(
  timeline: TimelineState,
  item: TimelineItem,
  from: HTMLElement,
): Promise<void> {
  const chart = timeline.chart;
  const track = from.closest('.track') ?? from.ownerDocument;
  chart.focusId = item.id;
  chart.viewport?.reveal(item.start, item.end);
  for (let attempt = 0; attempt <= ZOOM_ATTEMPTS; attempt++) {
    await tick();
    const mark = track.querySelector<SVGElement>(`[data-event-id="${CSS.escape(item.id)}"]`);
    if (mark) {
      mark.focus();
      return;
    }
    // Still folded into a cluster: narrow the window around it.
    const [t0, t1] = chart.window;
    const half = (t1 - t0) / 4;
    const middle = (item.start + item.end) / 2;
    chart.viewport?.showWindow([middle - half, middle + half], { animate: false });
  }
}

export function markKeydown(
  event: KeyboardEvent,
  item: TimelineItem,
  timeline: TimelineState,
): void {
  const sequence = timeline.sequence;
  const index = sequence.findIndex((candidate) => candidate.id === item.id);
  const forward = timeline.chart.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = timeline.chart.rtl ? 'ArrowRight' : 'ArrowLeft';
  let target: TimelineItem | undefined;
  switch (event.key) {
    case 'Enter':
    case ' ':
      timeline.select(item.id);
      break;
    case 'Escape':
      timeline.select(null);
      break;
    case forward:
      target = sequence[index + 1];
      break;
    case backward:
      target = index > 0 ? sequence[index - 1] : undefined;
      break;
    case 'Home':
      target = sequence[0];
      break;
    case 'End':
      target = sequence.at(-1);
      break;
    default:
      return;
  }
  event.preventDefault();
  event.stopPropagation();
  if (target && target.id !== item.id)
    void focusItem(timeline, target, event.currentTarget as HTMLElement);
}
