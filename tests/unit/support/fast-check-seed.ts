/**
 * Property tests are reproducible: fast-check prints the seed (and path) of every failure, and `FC_SEED=<seed>`
 * replays that exact run. A counterexample found this way becomes a regular test beside the property
 * (e.g. fold.test.ts, "folds every sigma to σ").
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  if (!/^-?\d+$/.test(seed)) throw new Error(`FC_SEED must be an integer, not "${seed}"`);
  fc.configureGlobal({ seed: Number(seed) });
}
