import { bench, describe } from 'vitest';
import { ARTICLE_PARAMS, train } from '../../src/core/index.ts';

// Throughput of the trainer. Figures go to docs/PERFORMANCE.md; nothing here is asserted,
// because timings on shared machines are too noisy for tests.
describe('train', () => {
  bench("the article's run (73 iterations)", () => {
    train(ARTICLE_PARAMS);
  });

  bench('100,000 iterations (alpha 1e-15 creeps until the cap)', () => {
    train({ ...ARTICLE_PARAMS, alpha: 1e-15 }, { maxUpdates: 100_000 });
  });

  bench('17,318 iterations (alpha 5.1e-11 diverges)', () => {
    train({ ...ARTICLE_PARAMS, alpha: 5.1e-11 });
  });
});
