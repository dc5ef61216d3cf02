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

  it('keeps a chapter’s keys from the opening link until the chapter takes them over', () => {
    const written: string[] = [];
    const params = createUrlParams('?many.alpha=0.002&alpha=2e-11&several.scale=normalised&many.alpha=9&zzz.abc=1', (search) =>
      written.push(search),
    );
    // The lab writes first, before the chapters (which render later) have read their keys.
    params.update('lab', { alpha: '2e-11' });
    expect(written.at(-1)).toBe('?alpha=2e-11&many.alpha=0.002&several.scale=normalised');
    params.update('many', { 'many.mode': 'batch' });
    expect(written.at(-1)).toBe('?alpha=2e-11&many.mode=batch&several.scale=normalised');
    params.update('several', null);
    expect(written.at(-1)).toBe('?alpha=2e-11&many.mode=batch');
  });

  it('tells chapter keys from the lab’s', () => {
    expect(isChapterKey('zzz.abc')).toBe(false);
    expect(isChapterKey('many.data')).toBe(true);
    expect(isChapterKey('alpha')).toBe(false);
    expect(isChapterKey('several.w1')).toBe(true);
    expect(isChapterKey('a.b.c')).toBe(false);
    expect(isChapterKey('many.1x')).toBe(false);
  });

  it('lets the lab ignore chapter keys without a notice, and name keys of no chapter', () => {
    expect(decodeLab('?many.data=abc', initialState()).notice).toBeNull();
    expect(decodeLab('?zzz.abc=1', initialState()).notice).toContain('unknown setting “zzz.abc” ignored');
  });
});
