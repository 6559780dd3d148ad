/** Statistics for the benchmark: medians over repetitions, frame-interval summaries. */

/** The median; the mean of the middle two for an even count; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): always a value that was really observed. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Differences between successive timestamps. */
export function intervals(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++) out.push(timestamps[i]! - timestamps[i - 1]!);
  return out;
}

/** Halfway between one and two 60 Hz frames. */
export const MISSED_FRAME_MS = 1.5 * (1000 / 60);

export interface FrameStats {
  frames: number;
  medianMs: number | null;
  p95Ms: number | null;
  /**
   * Intervals over 16.7 ms: at least one 60 Hz frame missed. Counted as over 1.5 frames
   * (25 ms): rAF times are coarsened to 0.1 ms, so on-time frames read 16.6–16.8 ms.
   */
  over16: number;
  /** Intervals longer than 50 ms: a long task a reader can feel. */
  over50: number;
}

export function frameStats(timestamps: readonly number[]): FrameStats {
  const gaps = intervals(timestamps);
  return {
    frames: gaps.length,
    medianMs: median(gaps),
    p95Ms: percentile(gaps, 95),
    over16: gaps.filter((g) => g > MISSED_FRAME_MS).length,
    over50: gaps.filter((g) => g > 50).length,
  };
}

/**
 * Medians of each numeric field over repetitions. A field that is null in some
 * repetitions (a timeout) takes the median of the others; null when all are.
 */
export function medianOf<T extends Record<string, number | null>>(
  reps: readonly T[],
): { [K in keyof T]: number | null } {
  const keys = new Set(reps.flatMap((r) => Object.keys(r)));
  const out: Record<string, number | null> = {};
  for (const key of keys) {
    const values = reps.map((r) => r[key]).filter((v): v is number => typeof v === 'number');
    out[key] = median(values);
  }
  return out as { [K in keyof T]: number | null };
}

/** ours / peer, or null when either is missing or the peer is zero. */
export function ratio(
  ours: number | null | undefined,
  peer: number | null | undefined,
): number | null {
  if (ours == null || peer == null || peer === 0) return null;
  return ours / peer;
}
