import { describe, expect, it } from 'vitest';
import { DISPUTED_BUDGET_TITLES, FILMS, FILMS_CREDIT, filmExamples } from '../../src/core/films.ts';
import { ARTICLE_PARAMS } from '../../src/core/params.ts';

describe('the films data', () => {
  it('holds the twenty films of the data file, in its order, Mad Max first', () => {
    expect(FILMS).toHaveLength(20);
    expect(FILMS[0]?.title).toBe('Mad Max');
    expect(FILMS[19]?.title).toBe('Moneyball');
    expect(new Set(FILMS.map((film) => film.title)).size).toBe(20);
  });

  it("gives Mad Max the article's figures: budget $200,000, worldwide gross $99,750,000", () => {
    expect(FILMS[0]).toEqual({
      title: 'Mad Max',
      year: 1979,
      budget: 200_000,
      worldwideGross: 99_750_000,
      domesticGross: 8_750_000,
      runtimeMinutes: 93,
    });
    expect(FILMS[0]?.budget).toBe(ARTICLE_PARAMS.input);
    expect(FILMS[0]?.worldwideGross).toBe(ARTICLE_PARAMS.goal);
  });

  it('matches the data file column by column (sums of every numeric column)', () => {
    const sum = (pick: (film: (typeof FILMS)[number]) => number): number => FILMS.reduce((total, film) => total + pick(film), 0);
    expect(sum((f) => f.year)).toBe(39_996);
    expect(sum((f) => f.budget)).toBe(147_375_000);
    expect(sum((f) => f.worldwideGross)).toBe(2_981_724_706);
    expect(sum((f) => f.domesticGross)).toBe(1_623_690_718);
    expect(sum((f) => f.runtimeMinutes)).toBe(2_078);
  });

  it('has only positive whole dollars and minutes, plausible years, and domestic never above worldwide', () => {
    for (const film of FILMS) {
      for (const value of [film.budget, film.worldwideGross, film.domesticGross, film.runtimeMinutes]) {
        expect(Number.isSafeInteger(value) && value > 0).toBe(true);
      }
      expect(film.year).toBeGreaterThanOrEqual(1970);
      expect(film.year).toBeLessThanOrEqual(2025);
      expect(film.runtimeMinutes).toBeGreaterThanOrEqual(60);
      expect(film.runtimeMinutes).toBeLessThanOrEqual(200);
      expect(film.domesticGross).toBeLessThanOrEqual(film.worldwideGross);
    }
  });

  it('runs gross-to-budget ratios from about 1.2 (Office Space) to 498.75 (Mad Max)', () => {
    const ratios = FILMS.map((film) => ({ title: film.title, ratio: film.worldwideGross / film.budget }));
    const lowest = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const highest = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    expect(lowest.title).toBe('Office Space');
    expect(lowest.ratio).toBeCloseTo(1.218, 3);
    expect(highest).toEqual({ title: 'Mad Max', ratio: 498.75 });
  });

  it('cannot be changed by the code that uses it', () => {
    expect(Object.isFrozen(FILMS)).toBe(true);
    expect(FILMS.every((film) => Object.isFrozen(film))).toBe(true);
    expect(Object.isFrozen(DISPUTED_BUDGET_TITLES)).toBe(true);
  });

  it('credits its sources in one line, says budgets are nominal, and names both disputed budgets', () => {
    expect(FILMS_CREDIT).not.toMatch(/\n/);
    for (const words of ['The Numbers', 'Box Office Mojo', 'IMDb', 'Wikipedia', 'nominal US dollars']) {
      expect(FILMS_CREDIT).toContain(words);
    }
    expect(DISPUTED_BUDGET_TITLES).toEqual(['The Blair Witch Project', 'Paranormal Activity']);
    for (const title of DISPUTED_BUDGET_TITLES) {
      expect(FILMS_CREDIT).toContain(title);
      expect(FILMS.some((film) => film.title === title)).toBe(true);
    }
  });
});

describe('filmExamples', () => {
  it('turns budget and worldwide gross into input and goal, in millions of dollars by default', () => {
    const examples = filmExamples();
    expect(examples).toHaveLength(20);
    expect(examples[0]).toEqual({ input: 0.2, goal: 99.75 });
    expect(examples[19]).toEqual({ input: 50, goal: 111.300835 });
  });

  it('uses whatever unit it is given: 1 gives plain dollars', () => {
    expect(filmExamples(FILMS.slice(0, 1), 1)).toEqual([{ input: 200_000, goal: 99_750_000 }]);
  });
});
