/** The shape of bench/results/latest.json, and how repetitions become one cell's medians. */
import type { TargetId } from './args';
import type { Weight } from './bytes';
import type { Machine } from './machine';
import type { RepResult } from './measure';
import { medianOf } from './stats';

export const TARGET_NAMES: Record<TargetId, string> = {
  ours: 'Chronicle (ours)',
  timelinejs: 'TimelineJS3',
  vis: 'vis-timeline',
};

export interface Summary {
  firstEventMs: number | null;
  firstEventInDomMs: number | null;
  timelineWholeMs: number | null;
  codeLoadedMs: number | null;
  dataLoadedMs: number | null;
  heapBytes: number | null;
  domElements: number | null;
  longestTaskMs: number | null;
  frameMedianMs: number | null;
  frameP95Ms: number | null;
  over16: number | null;
  over50: number | null;
  frames: number | null;
}

export type Status = 'ok' | 'partial' | 'timeout' | 'skipped' | 'error';

export interface Cell {
  target: TargetId;
  dataset: string;
  cpuRate: number;
  status: Status;
  note?: string;
  median: Summary | null;
  reps: Omit<RepResult, 'codeFiles' | 'code'>[];
}

export interface Results {
  date: string;
  durationS: number;
  machine: Machine;
  /** Load averages (1, 5, 15 min) when the run started and ended. */
  load: { start: number[]; end: number[] };
  source: string;
  options: { reps: number; seed: number; timeoutMs: number; smoke: boolean };
  ourPage: string;
  datasets: { name: string; events: number; bytes: number }[];
  code: Partial<Record<TargetId, Weight & { files: string[] }>>;
  blocked: Partial<Record<TargetId, { count: number; hosts: string[] }>>;
  cells: Cell[];
}

/** The medians of the repetitions that drew; the status says how many did. */
export function summarize(reps: RepResult[]): { status: Status; median: Summary | null } {
  const drawn = reps.filter((r) => r.drawn);
  const status: Status =
    drawn.length === reps.length && reps.length > 0
      ? 'ok'
      : drawn.length > 0
        ? 'partial'
        : reps.some((r) => r.timedOut)
          ? 'timeout'
          : 'error';
  if (drawn.length === 0) return { status, median: null };
  const median = medianOf(
    drawn.map((r) => ({
      firstEventMs: r.firstEventMs,
      firstEventInDomMs: r.firstEventInDomMs,
      timelineWholeMs: r.timelineWholeMs,
      codeLoadedMs: r.codeLoadedMs,
      dataLoadedMs: r.dataLoadedMs,
      heapBytes: r.heapBytes,
      domElements: r.domElements,
      longestTaskMs: r.longestTaskMs,
      frameMedianMs: r.frames?.medianMs ?? null,
      frameP95Ms: r.frames?.p95Ms ?? null,
      over16: r.frames?.over16 ?? null,
      over50: r.frames?.over50 ?? null,
      frames: r.frames?.frames ?? null,
    })),
  );
  return { status, median };
}
