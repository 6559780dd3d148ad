/** bench/results/latest.md: the run's medians as tables, ours and each peer side by side. */
import type { TargetId } from './args';
import { TARGET_NAMES, type Cell, type Results, type Summary } from './results';
import { ratio } from './stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const fixed = (digits: number) => (v: number) => v.toFixed(digits);
const mb = (v: number) => (v / 2 ** 20).toFixed(1);

interface Metric {
  key: keyof Summary;
  title: string;
  unit: string;
  format: (v: number) => string;
  note?: string;
}

const METRICS: Metric[] = [
  {
    key: 'firstEventMs',
    title: 'Time to first drawn event',
    unit: 'ms',
    format: fixed(0),
    note: 'from navigation start to the frame after the first event mark entered the DOM; lower is better',
  },
  {
    key: 'longestTaskMs',
    title: 'Longest task while loading',
    unit: 'ms',
    format: fixed(0),
    note: 'the longest the page was frozen (no input, no frame) from navigation until it settled after drawing; 0 is no task over 50 ms',
  },
  {
    key: 'frameP95Ms',
    title: 'Frame interval during interaction, p95',
    unit: 'ms',
    format: fixed(1),
    note: '16.7 is a perfect 60 Hz; lower is better',
  },
  {
    key: 'frameMedianMs',
    title: 'Frame interval during interaction, median',
    unit: 'ms',
    format: fixed(1),
  },
  {
    key: 'over16',
    title: 'Frames over 16.7 ms (missed a frame) during the 3 s interaction',
    unit: 'count',
    format: fixed(0),
    note: 'counted as intervals over 25 ms, because rAF times are coarsened to 0.1 ms',
  },
  {
    key: 'over50',
    title: 'Frames over 50 ms during the 3 s interaction',
    unit: 'count',
    format: fixed(0),
  },
  { key: 'heapBytes', title: 'JS heap after render and a forced GC', unit: 'MB', format: mb },
  { key: 'domElements', title: 'DOM elements after render', unit: 'count', format: fixed(0) },
];

function cellText(cell: Cell | undefined, metric: Metric, timeoutS: number): string {
  if (!cell) return '—';
  if (cell.status === 'timeout') return `timeout (>${timeoutS} s)`;
  if (cell.status === 'skipped') return 'skipped';
  if (cell.status === 'error') return 'error';
  const value = cell.median?.[metric.key];
  const text = value == null ? '—' : metric.format(value);
  return cell.status === 'partial' ? `${text} †` : text;
}

const ratioText = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);

function metricTable(results: Results, metric: Metric, targets: TargetId[]): string {
  const peers = targets.filter((t) => t !== 'ours');
  const find = (t: TargetId, d: string, rate: number) =>
    results.cells.find((c) => c.target === t && c.dataset === d && c.cpuRate === rate);
  const speeds = [...new Set(results.cells.map((c) => c.cpuRate))].sort((a, b) => a - b);
  const head = [
    'dataset',
    'CPU',
    ...targets.map((t) => TARGET_NAMES[t]),
    ...peers.map((p) => `ours / ${TARGET_NAMES[p]}`),
  ];
  const rows = results.datasets.flatMap((d) =>
    speeds.map((rate) => {
      const ours = find('ours', d.name, rate);
      return [
        d.name === 'mek' ? `flagship (${d.events})` : d.events.toLocaleString('en-US'),
        rate === 1 ? '1×' : `${rate}× slower`,
        ...targets.map((t) =>
          cellText(find(t, d.name, rate), metric, results.options.timeoutMs / 1000),
        ),
        ...peers.map((p) =>
          ratioText(ratio(ours?.median?.[metric.key], find(p, d.name, rate)?.median?.[metric.key])),
        ),
      ];
    }),
  );
  return [
    `### ${metric.title} (${metric.unit})`,
    ...(metric.note ? ['', `_${metric.note}._`] : []),
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function codeTable(results: Results, targets: TargetId[]): string {
  const ours = results.code.ours;
  const rows = targets.map((t) => {
    const code = results.code[t];
    if (!code) return `| ${TARGET_NAMES[t]} | — | — | — | — |`;
    const r = t === 'ours' ? '' : ratioText(ratio(ours?.gzip, code.gzip));
    return `| ${TARGET_NAMES[t]} | ${code.files.join('<br>')} | ${kb(code.raw)} | ${kb(code.gzip)} | ${r} |`;
  });
  return [
    '| target | files | raw | gzip (zlib -9) | ours / peer (gzip) |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function breakdown(results: Results): string {
  const rows = results.cells
    .filter((c) => c.target === 'ours' && c.median)
    .map((c) => {
      const m = c.median!;
      const f = (v: number | null) => (v == null ? '—' : v.toFixed(0));
      return `| ${c.dataset} | ${c.cpuRate}× | ${f(m.codeLoadedMs)} | ${f(m.dataLoadedMs)} | ${f(m.firstEventInDomMs)} | ${f(m.firstEventMs)} | ${f(m.firstEventInDomMs != null && m.dataLoadedMs != null ? m.firstEventInDomMs - m.dataLoadedMs : null)} | ${f(m.timelineWholeMs)} |`;
    });
  return [
    '| dataset | CPU | code loaded | data loaded | first event in DOM | first event drawn | data → DOM | timeline whole |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** A warning when other work shared the machine: the figures then carry its noise. */
function busy(results: Results): string {
  const peak = Math.max(results.load.start[0] ?? 0, results.load.end[0] ?? 0);
  if (peak <= results.machine.cores / 2) return '';
  return `> **The machine was busy**: load average ${results.load.start.join(', ')} at the start and ${results.load.end.join(', ')} at the end on ${results.machine.cores} cores. Other processes shared the CPU, so frame figures especially are noisy; compare with a run on an idle machine.\n\n`;
}

export function renderMarkdown(results: Results, targets: TargetId[]): string {
  const m = results.machine;
  const blocked = targets
    .map(
      (t) =>
        `| ${TARGET_NAMES[t]} | ${results.blocked[t]?.count ?? 0} | ${(results.blocked[t]?.hosts ?? []).join(', ') || '—'} |`,
    )
    .join('\n');
  return `# Benchmark results

${busy(results)}${results.options.smoke ? '**Smoke run** (one repetition, small datasets): not for comparison.\n\n' : ''}Run on ${results.date} in ${(results.durationS / 60).toFixed(1)} min; medians of ${results.options.reps} repetition(s), each in a fresh browser context. Generated by \`npm run bench\` (see [\`bench/README.md\`](../README.md)); do not edit by hand.

| machine | |
| --- | --- |
| CPU | ${m.cpu}, ${m.cores} cores |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| browser | ${m.chromium} (headless) |
| Node | ${m.node} |
| load average (1, 5, 15 min) | start ${results.load.start.join(', ')}; end ${results.load.end.join(', ')} |
| code measured | ${results.source} |
| versions | ${Object.entries(m.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')} |

Our page measured: \`${results.ourPage}\`. Datasets: ${results.datasets.map((d) => `${d.name} (${d.events} events, ${kb(d.bytes)} in our format)`).join('; ')}; synthetic ones from seed ${results.options.seed}. "4× slower" is CDP CPU throttling. † = some repetitions did not draw; median of those that did. A timeout at one size skips larger sizes and the throttled run for that target.

## Code transferred (JS + CSS, data excluded)

${codeTable(results, targets)}

## Requests blocked (anything not on 127.0.0.1)

| target | blocked | hosts |
| --- | ---: | --- |
${blocked}

## Per metric

${METRICS.map((metric) => metricTable(results, metric, targets)).join('\n\n')}

## Where our time to first event goes (ms from navigation start, medians)

${breakdown(results)}

_Our first event is the embed's first picture (lanes and marks drawn from the data before the timeline's code has run); "timeline whole" is when the interactive timeline has replaced it, every lane drawn._

![Time to first event and p95 frame interval against dataset size](scaling.svg)
`;
}
