import fc from 'fast-check';

/**
 * Property tests start from one fixed seed, so `npm test` gives the same answer on
 * every machine and a change is never refused for a case it did not touch.
 * `npm run test:fuzz` (FC_SEED=random) explores fresh cases instead, and
 * FC_SEED=<number> replays the seed a failure printed. A case a fuzz run finds is
 * fixed and then kept as an `examples` entry of its property.
 */
const FIXED_SEED = 20_261_122;
const requested = process.env.FC_SEED;
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? FIXED_SEED : Number(requested);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED should be an integer or "random", not "${requested}"`);
  fc.configureGlobal({ seed });
}
