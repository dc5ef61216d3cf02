import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeveralInputs } from '../../../../src/steps/beyond/SeveralInputs.tsx';
import { definitionOf, manualScheduler, nonFinite, renderChapter, typeAndCommit } from './renderChapter.tsx';

const playback = () => screen.getByRole('group', { name: 'Several inputs playback' });
const control = (name: RegExp) => within(playback()).getByRole('button', { name });
const scrubber = () => within(playback()).getByRole('slider', { name: /^Iteration/ });
const now = () => screen.getByRole('region', { name: /^Several inputs, iteration [\d,]+$/ });
const map = () => screen.getByRole('img', { name: /^Contour map of the mean squared error/ });
const stopTitle = () => screen.getByRole('heading', { name: /^Where this run stops:/ });
const alphaBox = () => screen.getByRole('textbox', { name: 'Learning rate (alpha), exact value' });

describe('Several inputs', { timeout: 30_000 }, () => {
  it('shows the playback group, a contour map with paths, the stop reason and the bowl’s condition number', () => {
    const { container } = renderChapter(<SeveralInputs />);
    for (const name of [/^Reset/, /^Step back/, /^Play/, /^Step \(/, /^Run to end/]) expect(control(name)).toBeInTheDocument();
    expect(control(/^Reset/)).toHaveAccessibleName('Reset (several inputs)');
    expect(scrubber()).toHaveAttribute('aria-valuetext', 'Iteration 0 of 2,121');
    expect(within(playback()).getByText('0 / 2,121')).toBeInTheDocument();
    expect(stopTitle()).toHaveTextContent('Settled at the bottom');
    expect(screen.getByRole('heading', { name: /condition number/ })).toHaveTextContent('108');
    expect(map()).toHaveAccessibleName(expect.stringContaining('Iteration 0 of 2,121: weight 1 = 0, weight 2 = 0, mean squared error 34,154.'));
    const svg = map();
    expect(svg.querySelectorAll('path.contour-band')).toHaveLength(12);
    expect(nonFinite(container)).toEqual([]);
  });

  it('steps, steps back and runs to the end, where the weights are the best ones shown', async () => {
    const { user } = renderChapter(<SeveralInputs />);
    await user.click(control(/^Step \(/));
    expect(now()).toHaveAccessibleName('Several inputs, iteration 1');
    expect(scrubber()).toHaveValue('1');
    await user.click(control(/^Step back/));
    expect(now()).toHaveAccessibleName('Several inputs, iteration 0');
    await user.click(control(/^Run to end/));
    expect(now()).toHaveAccessibleName('Several inputs, iteration 2,121');
    expect(control(/^Run to end/)).toBeDisabled();
    expect(control(/^Step \(/)).toBeDisabled();
    expect(definitionOf(now(), 'Weight 1 (budget)')).toBe('−1.254953');
    expect(definitionOf(now(), 'Weight 2 (runtime)')).toBe('1.515605');
    expect(definitionOf(now(), 'Lowest possible')).toBe('11,938, at −1.25495 and 1.5156');
    expect(map()).toHaveAccessibleName(expect.stringContaining('weight 1 = −1.255, weight 2 = 1.516, mean squared error 11,938.'));
    await user.click(control(/^Reset/));
    expect(now()).toHaveAccessibleName('Several inputs, iteration 0');
  });

  it('adds no element per iteration: stepping only changes attributes', async () => {
    const { user } = renderChapter(<SeveralInputs />);
    const count = () => map().querySelectorAll('*').length;
    const before = count();
    const pathBefore = map().querySelector('path.contour-path:not(.contour-path--future)')?.getAttribute('d');
    for (let i = 0; i < 5; i += 1) await user.click(control(/^Step \(/));
    expect(count()).toBe(before);
    expect(map().querySelector('path.contour-path:not(.contour-path--future)')?.getAttribute('d')).not.toBe(pathBefore);
    fireEvent.change(scrubber(), { target: { value: '2000' } });
    expect(count()).toBe(before);
    expect(map().querySelector('path.contour-path--future')?.getAttribute('d')?.length ?? 0).toBeLessThan(60_000);
  });

  it('normalised inputs take fewer updates than raw ones, at both the reader’s and the best learning rates', async () => {
    const { user } = renderChapter(<SeveralInputs />);
    const compare = screen.getByRole('region', { name: 'Raw against normalised, each at its best learning rate' });
    const raw = within(compare).getByRole('region', { name: 'Raw inputs' });
    const normalised = within(compare).getByRole('region', { name: 'Normalised inputs' });
    expect(raw).toHaveTextContent('1,820 updates');
    expect(normalised).toHaveTextContent('293 updates');
    expect(compare).toHaveTextContent('from 1,820 updates to 293 updates, 6.2 times fewer');
    const rawLast = Number(scrubber().getAttribute('max'));
    await user.click(screen.getByRole('radio', { name: 'Normalised inputs' }));
    expect(screen.getByRole('radio', { name: 'Normalised inputs' })).toBeChecked();
    const normalisedLast = Number(scrubber().getAttribute('max'));
    expect(normalisedLast).toBeLessThan(rawLast);
    expect(screen.getByRole('heading', { name: /condition number/ })).toHaveTextContent('16.5');
    expect(alphaBox()).toHaveValue('2.5');
    expect(map()).toHaveAccessibleName(expect.stringContaining('weight 1 (budget ÷ 50) and weight 2 (runtime ÷ 133), normalised inputs'));
    await user.click(control(/^Run to end/));
    expect(definitionOf(now(), 'In raw units')).toBe('−1.25495 and 1.5156');
  });

  it('moving a starting-weight slider restarts the run from there', () => {
    renderChapter(<SeveralInputs />);
    const slider = screen.getByRole('slider', { name: 'Starting weight 1 (budget)' });
    fireEvent.change(slider, { target: { value: '2' } });
    expect(slider).toHaveAttribute('aria-valuetext', '2');
    expect(definitionOf(now(), 'Weight 1 (budget)')).toBe('2');
  });

  it('says what the factors do to the gap: shrink it, leave it, or grow it', () => {
    renderChapter(<SeveralInputs />);
    const bowl = () => screen.getByRole('region', { name: /condition number/ });
    expect(bowl()).not.toHaveTextContent(/grows|never shrinks/);
    // So small an alpha that both factors round to exactly 1: the gap stays, it does not grow.
    typeAndCommit(alphaBox(), '1e-320');
    expect(bowl()).toHaveTextContent('so the gap never shrinks.');
    expect(bowl()).not.toHaveTextContent('grows');
    typeAndCommit(alphaBox(), '0.0003');
    expect(bowl()).toHaveTextContent('so the gap grows instead of shrinking.');
  });

  it('refuses what cannot be used, with a message, and never shows NaN or Infinity', () => {
    const { container } = renderChapter(<SeveralInputs />);
    const cases: [string, RegExp | null][] = [
      ['', /Enter a number/],
      ['abc', /is not a number/],
      ['NaN', /NaN and Infinity cannot be used/],
      ['Infinity', /NaN and Infinity cannot be used/],
      ['-Infinity', /NaN and Infinity cannot be used/],
      ['1e999', /too large for a 64-bit float/],
      ['<script>alert(1)</script>', /is not a number/],
      ['١٢٣', /Use the digits 0 to 9/],
      ['9'.repeat(80), /too long to be a number/],
      ['1e308', null],
      ['-1e308', null],
      ['1e-320', null],
      ['-0', null],
      ['0', null],
      ['0,00012', null],
      ['0.000150000000000000000000000000001', null],
    ];
    for (const [text, refusal] of cases) {
      typeAndCommit(alphaBox(), text);
      const message = alphaBox().getAttribute('aria-describedby');
      if (refusal === null) {
        expect(alphaBox(), text).toHaveAttribute('aria-invalid', 'false');
      } else {
        expect(alphaBox(), text).toHaveAttribute('aria-invalid', 'true');
        expect(document.getElementById(message?.split(' ')[0] ?? '')?.textContent, text).toMatch(refusal);
        fireEvent.keyDown(alphaBox(), { key: 'Escape' });
      }
      expect(nonFinite(container), text).toEqual([]);
    }
    // The last accepted value is in force: 0.00015 (the long one).
    expect(screen.getByRole('slider', { name: 'Learning rate (alpha)' })).toHaveAttribute('aria-valuetext', '1.5\u00a0×\u00a010⁻⁴');
  });

  it('refuses starting weights whose first prediction would overflow, with the core’s reason', () => {
    const { container } = renderChapter(<SeveralInputs />);
    const box = screen.getByRole('textbox', { name: 'Starting weight 2 (runtime), exact value' });
    for (const text of ['1e308', '-1e308', '1e307']) {
      typeAndCommit(box, text);
      expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(within(box.parentElement!).getByRole('alert')).toHaveTextContent('too large for a 64-bit number');
      fireEvent.keyDown(box, { key: 'Escape' });
    }
    typeAndCommit(box, '1e-320');
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(nonFinite(container)).toEqual([]);
  });

  it('diverges when alpha is above the edge, and says why', () => {
    const { container } = renderChapter(<SeveralInputs />);
    typeAndCommit(alphaBox(), '2e-4');
    expect(stopTitle()).toHaveTextContent('Diverged');
    expect(screen.getByRole('region', { name: /^Where this run stops:/ })).toHaveTextContent('above the edge, 1.81 × 10⁻⁴');
    fireEvent.click(control(/^Run to end/));
    expect(nonFinite(container)).toEqual([]);
  });

  it('keeps its part of the address in step, and reads a shared link', async () => {
    const { user, updates } = renderChapter(<SeveralInputs />, { 'several.w1': '0.5', 'several.i': '3' });
    expect(updates[0]).toEqual(['several', { 'several.w1': '0.5', 'several.i': '3' }]);
    expect(now()).toHaveAccessibleName('Several inputs, iteration 3');
    await user.click(control(/^Step \(/));
    expect(updates.at(-1)).toEqual(['several', { 'several.w1': '0.5', 'several.i': '4' }]);
    await user.click(screen.getByRole('radio', { name: 'Normalised inputs' }));
    expect(updates.at(-1)).toEqual(['several', { 'several.scale': 'normalised', 'several.w1': '0.5', 'several.i': '4' }]);
    expect(screen.queryByText(/^Some settings for this chapter/)).toBeNull();
  });

  it('says which settings of a hostile link it could not use, and falls back to the defaults', async () => {
    const { user, container } = renderChapter(<SeveralInputs />, {
      'several.alpha': 'Infinity',
      'several.w1': '<img src=x onerror=alert(1)>',
      'several.scale': 'sideways',
      'several.i': '1.5',
    });
    const note = screen.getByText(/^Some settings for this chapter in the link were not used/);
    expect(note).toHaveTextContent('learning rate “Infinity” is not a finite number');
    expect(note).toHaveTextContent('is neither “raw” nor “normalised”');
    expect(note).toHaveTextContent('iteration “1.5” is not a whole number of 0 or more');
    expect(container.querySelector('img')).toBeNull();
    expect(alphaBox()).toHaveValue('0.00015');
    await user.click(screen.getByRole('button', { name: 'Hide this note' }));
    expect(screen.queryByText(/^Some settings for this chapter/)).toBeNull();
  });

  it('plays frame by frame with the scheduler it is given, and pauses', async () => {
    const clock = manualScheduler();
    const { user } = renderChapter(<SeveralInputs scheduler={clock.scheduler} />);
    await user.click(control(/^Play/));
    expect(control(/^Pause/)).toBeInTheDocument();
    act(() => {
      clock.tick(100); // 100 per second × 0.1 s
    });
    expect(now()).toHaveAccessibleName('Several inputs, iteration 10');
    await user.selectOptions(within(playback()).getByRole('combobox', { name: /^Pace/ }), '1000');
    await user.click(control(/^Pause/));
    expect(control(/^Play/)).toBeInTheDocument();
    act(() => {
      clock.tick(100);
    });
    expect(now()).toHaveAccessibleName('Several inputs, iteration 10');
  });
});
