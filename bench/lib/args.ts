/** Command-line options of `npm run bench`, with the smoke preset. */

export type TargetId = 'ours' | 'timelinejs' | 'vis';
export const TARGETS: TargetId[] = ['ours', 'timelinejs', 'vis'];

export interface Options {
  reps: number;
  datasets: string[];
  targets: TargetId[];
  /** CPU throttling rates: 1 is normal speed, 4 is four times slower. */
  speeds: number[];
  seed: number;
  timeoutMs: number;
  smoke: boolean;
  keep: boolean;
  /** Where latest.md/.json/scaling.svg go. */
  out: string;
}

export const DEFAULTS: Options = {
  reps: 3,
  datasets: ['mek', '1000', '10000', '100000'],
  targets: TARGETS,
  speeds: [1, 4],
  seed: 20260101,
  timeoutMs: 30_000,
  smoke: false,
  keep: false,
  out: 'bench/results',
};

/** Under 3 minutes on two cores: one rep, the two small datasets, normal speed, ours + vis. */
export const SMOKE: Partial<Options> = {
  reps: 1,
  datasets: ['mek', '1000'],
  targets: ['ours', 'vis'],
  speeds: [1],
  out: 'bench/.work/smoke',
};

const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const positive = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} needs a positive number, not "${value}"`);
  return n;
};

/** Parses `--reps 5`, `--reps=5`, `--smoke`, …; later flags win over the smoke preset. */
export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { ...DEFAULTS, ...(argv.includes('--smoke') ? SMOKE : {}) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--smoke') options.smoke = true;
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--reps') options.reps = Math.round(positive('reps', value()));
    else if (flag === '--datasets') options.datasets = list(value());
    else if (flag === '--speeds') options.speeds = list(value()).map((v) => positive('speeds', v));
    else if (flag === '--seed') options.seed = Math.round(positive('seed', value()));
    else if (flag === '--timeout') options.timeoutMs = positive('timeout', value()) * 1000;
    else if (flag === '--out') options.out = value();
    else if (flag === '--targets') {
      const targets = list(value());
      const unknown = targets.filter((t) => !TARGETS.includes(t as TargetId));
      if (unknown.length)
        throw new Error(`unknown target(s) ${unknown.join(', ')}; use ${TARGETS.join(', ')}`);
      options.targets = targets as TargetId[];
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}
