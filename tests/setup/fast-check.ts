import fc from 'fast-check';

/**
 * Property tests use a fixed seed by default, so CI is reproducible and a red run can be replayed.
 * FC_SEED=random explores new cases (do it now and then; turn any counterexample into a regression test);
 * FC_SEED=<number> replays a run.
 */
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261122 });
