import { describe, expect, it } from 'vitest';
import { createUrlParams, decodeLab, initialState, isChapterKey } from '../../src/store/index.ts';

describe('createUrlParams', () => {
  it('merges the keys of every part into one query and reads the opening link', () => {
    const written: string[] = [];
    const params = createUrlParams('?alpha=2e-11&many.mode=batch', (search) => written.push(search));
    expect(params.initial('many.mode')).toBe('batch');
    expect(params.initial('missing')).toBeNull();
    params.update('lab', { alpha: '1e-11', i: '3' });
    params.update('many', { 'many.mode': 'stochastic' });
    expect(written.at(-1)).toBe('?alpha=1e-11&i=3&many.mode=stochastic');
    params.update('many', null);
    expect(written.at(-1)).toBe('?alpha=1e-11&i=3');
    params.update('lab', null);
    expect(written.at(-1)).toBe('');
  });

  it('tells chapter keys from the lab’s', () => {
    expect(isChapterKey('many.data')).toBe(true);
    expect(isChapterKey('alpha')).toBe(false);
    expect(isChapterKey('several.w1')).toBe(true);
    expect(isChapterKey('a.b.c')).toBe(false);
    expect(isChapterKey('many.1x')).toBe(false);
  });

  it('lets the lab ignore chapter keys without a notice', () => {
    expect(decodeLab('?many.data=abc', initialState()).notice).toBeNull();
  });
});
