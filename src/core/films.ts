import type { Example } from './model.ts';

/**
 * Twenty real films for the chapters on many examples and several inputs: low-budget films
 * that made far more than they cost, plus a few that did not. A copy of the project's data file,
 * kept in the bundle so the tutorial never fetches or reads it at run time.
 */

/** One film. Every amount is in nominal US dollars (not adjusted for inflation). */
export interface Film {
  readonly title: string;
  /** Year of first release. */
  readonly year: number;
  /** Production budget. */
  readonly budget: number;
  /** Box-office gross, worldwide. */
  readonly worldwideGross: number;
  /** Box-office gross in the US and Canada. */
  readonly domesticGross: number;
  readonly runtimeMinutes: number;
}

/** The line of credit to show wherever the films are used. */
export const FILMS_CREDIT =
  'Film figures from The Numbers, Box Office Mojo, IMDb-derived datasets and Wikipedia; budgets in nominal US dollars; the budgets of The Blair Witch Project and Paranormal Activity are disputed (the shoots alone cost far less).';

/** The films whose budget is disputed: the figure used is the final cost, the shoot cost far less. */
export const DISPUTED_BUDGET_TITLES: readonly string[] = Object.freeze(['The Blair Witch Project', 'Paranormal Activity']);

/**
 * The films, in the data file's order. Mad Max comes first with the figures the article uses:
 * budget $200,000, worldwide gross $99,750,000. Gross-to-budget ratios run from about 1.2
 * (Office Space) to 498.75 (Mad Max), so plots usually want logarithmic axes.
 */
export const FILMS: readonly Film[] = Object.freeze(
  (
    [
      { title: 'Mad Max', year: 1979, budget: 200_000, worldwideGross: 99_750_000, domesticGross: 8_750_000, runtimeMinutes: 93 },
      { title: 'Halloween', year: 1978, budget: 325_000, worldwideGross: 70_000_000, domesticGross: 47_000_000, runtimeMinutes: 91 },
      { title: 'Rocky', year: 1976, budget: 1_000_000, worldwideGross: 225_000_000, domesticGross: 117_235_147, runtimeMinutes: 119 },
      { title: 'The Blair Witch Project', year: 1999, budget: 600_000, worldwideGross: 248_300_000, domesticGross: 140_539_099, runtimeMinutes: 81 },
      { title: 'Paranormal Activity', year: 2009, budget: 450_000, worldwideGross: 194_183_034, domesticGross: 107_918_810, runtimeMinutes: 86 },
      { title: 'Napoleon Dynamite', year: 2004, budget: 400_000, worldwideGross: 46_122_713, domesticGross: 44_540_956, runtimeMinutes: 96 },
      { title: 'Saw', year: 2004, budget: 1_200_000, worldwideGross: 103_880_027, domesticGross: 55_968_727, runtimeMinutes: 103 },
      { title: 'My Big Fat Greek Wedding', year: 2002, budget: 5_000_000, worldwideGross: 374_890_034, domesticGross: 241_438_208, runtimeMinutes: 95 },
      { title: 'Get Out', year: 2017, budget: 4_500_000, worldwideGross: 255_367_951, domesticGross: 176_040_665, runtimeMinutes: 104 },
      { title: 'Juno', year: 2007, budget: 7_500_000, worldwideGross: 231_450_102, domesticGross: 143_495_265, runtimeMinutes: 96 },
      { title: 'Little Miss Sunshine', year: 2006, budget: 8_000_000, worldwideGross: 100_642_353, domesticGross: 59_891_098, runtimeMinutes: 101 },
      { title: 'The Terminator', year: 1984, budget: 6_400_000, worldwideGross: 78_019_031, domesticGross: 38_019_031, runtimeMinutes: 107 },
      { title: 'Slumdog Millionaire', year: 2008, budget: 15_000_000, worldwideGross: 384_530_440, domesticGross: 141_330_703, runtimeMinutes: 120 },
      { title: 'Good Will Hunting', year: 1997, budget: 10_000_000, worldwideGross: 225_925_989, domesticGross: 138_433_435, runtimeMinutes: 126 },
      { title: 'Office Space', year: 1999, budget: 10_000_000, worldwideGross: 12_179_708, domesticGross: 10_827_813, runtimeMinutes: 89 },
      { title: 'Donnie Darko', year: 2001, budget: 4_500_000, worldwideGross: 7_510_877, domesticGross: 1_480_006, runtimeMinutes: 113 },
      { title: 'Whiplash', year: 2014, budget: 3_300_000, worldwideGross: 49_396_747, domesticGross: 13_092_006, runtimeMinutes: 106 },
      { title: 'The Big Lebowski', year: 1998, budget: 15_000_000, worldwideGross: 46_189_568, domesticGross: 17_498_804, runtimeMinutes: 117 },
      { title: 'Lost in Translation', year: 2003, budget: 4_000_000, worldwideGross: 117_085_297, domesticGross: 44_585_453, runtimeMinutes: 102 },
      { title: 'Moneyball', year: 2011, budget: 50_000_000, worldwideGross: 111_300_835, domesticGross: 75_605_492, runtimeMinutes: 133 },
    ] satisfies Film[]
  ).map((film) => Object.freeze(film)),
);

/**
 * The films as examples for the one-weight model: `input = budget / unit`,
 * `goal = worldwideGross / unit`. The default unit, a million dollars, keeps the numbers small
 * (Mad Max becomes input 0.2, goal 99.75) without changing the best weight, which is a ratio.
 */
export function filmExamples(films: readonly Film[] = FILMS, unit = 1_000_000): Example[] {
  return films.map((film) => ({ input: film.budget / unit, goal: film.worldwideGross / unit }));
}
