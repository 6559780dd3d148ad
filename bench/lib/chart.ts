/**
 * bench/results/scaling.svg: time to first event and p95 frame interval against dataset
 * size, log–log, one colour per target, solid at normal speed, dashed at 4× throttling.
 * Timeouts are drawn as a cross on the top edge. Hand-written SVG: no chart library.
 */
import type { TargetId } from './args';
import { TARGET_NAMES, type Results, type Summary } from './results';

const COLORS: Record<TargetId, string> = { ours: '#c0392b', timelinejs: '#2471a3', vis: '#229954' };
const W = 420;
const H = 300;
const M = { left: 56, right: 14, top: 34, bottom: 44 };

export function logScale(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain.map(Math.log10) as [number, number];
  return (v: number) => range[0] + ((Math.log10(v) - d0) / (d1 - d0)) * (range[1] - range[0]);
}

/** Powers of ten and 2× and 5× between them (3× too on a short axis), inside [lo, hi]. */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++)
    for (const m of hi / lo < 20 ? [1, 2, 3, 5] : [1, 2, 5]) {
      const v = m * 10 ** p;
      if (v >= lo && v <= hi) out.push(v);
    }
  return out;
}

const label = (v: number) => (v >= 1000 ? `${v / 1000}k` : String(v));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function panel(
  results: Results,
  key: keyof Summary,
  title: string,
  dx: number,
  targets: TargetId[],
): string {
  // Time to first event shares its axis with the timeout, so a cross sits above every real point.
  const ceiling = key === 'firstEventMs' ? results.options.timeoutMs : 0;
  const sizes = results.datasets.map((d) => d.events);
  const values = results.cells
    .map((c) => c.median?.[key])
    .filter((v): v is number => typeof v === 'number' && v > 0);
  const x = logScale(
    [Math.min(...sizes) / 1.3, Math.max(...sizes) * 1.3],
    [dx + M.left, dx + W - M.right],
  );
  const yLo = Math.max(1, Math.min(...values, key === 'firstEventMs' ? Infinity : 16) / 1.3);
  const yHi = Math.max(...values, ceiling, 20) * 1.2;
  const y = logScale([yLo, yHi], [H - M.bottom, M.top]);
  const parts = [
    `<text x="${dx + W / 2}" y="18" text-anchor="middle" font-weight="bold">${esc(title)}</text>`,
  ];
  for (const t of logTicks(yLo, yHi))
    parts.push(
      `<line x1="${dx + M.left}" x2="${dx + W - M.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#ddd"/>`,
      `<text x="${dx + M.left - 4}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${label(t)}</text>`,
    );
  if (key !== 'firstEventMs') {
    // The 60 Hz frame: a p95 on this line means no frame was missed.
    const f = y(1000 / 60).toFixed(1);
    parts.push(
      `<line x1="${dx + M.left}" x2="${dx + W - M.right}" y1="${f}" y2="${f}" stroke="#888" stroke-dasharray="2 3"/>`,
      `<text x="${dx + W - M.right}" y="${Number(f) - 3}" text-anchor="end" fill="#666">60 Hz</text>`,
    );
  }
  for (const s of sizes)
    parts.push(
      `<text x="${x(s).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="middle">${label(s)}</text>`,
    );
  parts.push(
    `<text x="${dx + W / 2}" y="${H - 8}" text-anchor="middle">events (log)</text>`,
    `<text transform="translate(${dx + 14} ${H / 2}) rotate(-90)" text-anchor="middle">ms (log)</text>`,
  );
  for (const target of targets)
    for (const rate of [...new Set(results.cells.map((c) => c.cpuRate))]) {
      const points: string[] = [];
      for (const d of results.datasets) {
        const cell = results.cells.find(
          (c) => c.target === target && c.dataset === d.name && c.cpuRate === rate,
        );
        const v = cell?.median?.[key];
        if (typeof v === 'number' && v > 0) {
          points.push(`${x(d.events).toFixed(1)},${y(v).toFixed(1)}`);
          parts.push(
            `<circle cx="${x(d.events).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${COLORS[target]}"/>`,
          );
        } else if (cell?.status === 'timeout') {
          // Side by side, so crosses of several targets at one size stay apart.
          const cx = x(d.events) + (targets.indexOf(target) - 1) * 8;
          const cy = M.top + 4;
          parts.push(
            `<path d="M${cx - 4} ${cy - 4}L${cx + 4} ${cy + 4}M${cx - 4} ${cy + 4}L${cx + 4} ${cy - 4}" stroke="${COLORS[target]}" stroke-width="2"/>`,
          );
        }
      }
      if (points.length > 1)
        parts.push(
          `<polyline points="${points.join(' ')}" fill="none" stroke="${COLORS[target]}" stroke-width="2"${rate === 1 ? '' : ' stroke-dasharray="5 4"'}/>`,
        );
    }
  return parts.join('\n');
}

export function renderSvg(results: Results, targets: TargetId[]): string {
  const legend = targets.map(
    (t, i) =>
      `<rect x="${20 + i * 170}" y="${H + 6}" width="12" height="12" fill="${COLORS[t]}"/><text x="${36 + i * 170}" y="${H + 16}">${esc(TARGET_NAMES[t])}</text>`,
  );
  legend.push(
    `<text x="${20 + targets.length * 170}" y="${H + 16}">solid: 1×, dashed: 4× CPU; ✕ on top: timeout</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 28}" viewBox="0 0 ${2 * W} ${H + 28}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="#fff"/>
${panel(results, 'firstEventMs', 'Time to first drawn event', 0, targets)}
${panel(results, 'frameP95Ms', 'p95 frame interval while zooming and dragging', W, targets)}
${legend.join('\n')}
</svg>
`;
}
