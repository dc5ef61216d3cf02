import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { numberOf, playback, renderMany, shownMarkup, stopHeading } from './renderMany.tsx';

const alphaBox = () => screen.getByRole('textbox', { name: 'Learning rate for the films, exact value' });
const bestShown = () => screen.getByText(/^Best weight for these films:/).querySelector('strong')?.textContent ?? '';

describe('Many examples', { timeout: 20_000 }, () => {
  it('lays out the chapter: settings, playback, verdicts, three charts and the films', () => {
    renderMany();
    expect(screen.getByRole('group', { name: 'How the model learns' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^All films at once/ })).toBeChecked();
    // Named by its label alone, and described by its hint.
    expect(screen.getByRole('radio', { name: /^All films at once/ })).toHaveAccessibleName('All films at once');
    expect(screen.getByRole('radio', { name: /^All films at once/ })).toHaveAccessibleDescription(
      'Each update uses the average correction over every film.',
    );
    expect(screen.getByRole('slider', { name: 'Learning rate for the films' })).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻³');
    expect(alphaBox()).toHaveValue('0.001');
    expect(screen.getByRole('slider', { name: 'Starting weight for the films' })).toHaveAttribute('aria-valuetext', '1');
    expect(playback().count()).toHaveTextContent('0 / 188');
    expect(stopHeading()).toHaveTextContent('Settled at the best weight');
    expect(screen.getByRole('heading', { name: /^Why, from r = 1 − alpha × mean\(budget²\):/ })).toHaveTextContent('r = 0.8297');
    expect(bestShown()).toBe('6.39382');
    for (const name of ['The films and the model’s line', 'Mean squared error against weight', 'Mean squared error by iteration']) {
      const figure = screen.getByRole('figure', { name });
      expect(within(figure).getByRole('img').getAttribute('aria-label')).toMatch(/\S/);
    }
    expect(screen.getByRole('img', { name: /no film sits on it/ })).toBeInTheDocument();
    expect(screen.getByText('20 films train the model.')).toHaveAttribute('role', 'status');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByText(/^Film figures from The Numbers/)).toBeInTheDocument();
    // Names that differ from the lab's, so both chapters can share a page.
    expect(screen.queryByRole('button', { name: 'Step' })).not.toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Learning rate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^How this run ends:/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('steps through the batch run and ends on the best weight shown', async () => {
    const { user } = renderMany();
    const p = playback();
    expect(p.button('Reset')).toBeDisabled();
    expect(p.button('Step back')).toBeDisabled();
    await user.click(p.button('Step'));
    expect(p.count()).toHaveTextContent('1 / 188');
    expect(screen.getByRole('heading', { name: 'Iteration 1' })).toBeInTheDocument();
    expect(numberOf('Weight')).toBe('1.9188124967199998');
    await user.click(p.button('Step back'));
    expect(p.count()).toHaveTextContent('0 / 188');
    await user.click(p.button('Run to end'));
    expect(p.count()).toHaveTextContent('188 / 188');
    expect(p.button('Step')).toBeDisabled();
    expect(p.button('Run to end')).toBeDisabled();
    expect(numberOf('Weight')).toMatch(/^6\.39382022061425\d$/);
    expect(numberOf('Next weight')).toBe('none: the run stops here');
    expect(numberOf('Mean squared error')).toBe('27,190');
    expect(screen.getByRole('img', { name: /^Mean squared error by iteration/ }).getAttribute('aria-label')).toMatch(
      /at iteration 188 it is 27,190; the lowest possible, at the best weight, is 27,190\.$/,
    );
    fireEvent.change(p.scrubber(), { target: { value: '10' } });
    expect(p.count()).toHaveTextContent('10 / 188');
    await user.click(p.button('Reset'));
    expect(p.count()).toHaveTextContent('0 / 188');
  });

  it('plays and pauses', async () => {
    const { user } = renderMany();
    await user.click(playback().playPause());
    expect(playback().playPause()).toHaveAccessibleName('Pause, many examples');
    await user.click(playback().playPause());
    expect(playback().playPause()).toHaveAccessibleName('Play, many examples');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Updates per second' }), '1,000');
    expect(screen.getByRole('combobox', { name: 'Updates per second' })).toHaveValue('1000');
  });

  it('learns one film at a time, in order or shuffled with a seed that makes it reproducible', async () => {
    const { user } = renderMany();
    expect(screen.queryByRole('group', { name: 'Order of the films' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^One film at a time/ }));
    expect(screen.getByRole('heading', { name: /^Why, from r = 1 − alpha × budget², film by film:/ })).toHaveTextContent('r from −1.5 to 0.99996');
    expect(screen.getByRole('radio', { name: /^In order/ })).toBeChecked();
    expect(numberOf('This update learns from')).toBe('Mad Max');
    await user.click(playback().button('Step'));
    expect(numberOf('This update learns from')).toBe('Halloween');
    expect(screen.queryByRole('textbox', { name: 'Seed of the shuffle' })).not.toBeInTheDocument();

    await user.clear(alphaBox());
    await user.type(alphaBox(), '0.0005{Enter}');
    await user.click(screen.getByRole('radio', { name: /^Shuffled/ }));
    const seed = screen.getByRole('textbox', { name: 'Seed of the shuffle' });
    expect(seed).toHaveValue('1');
    await user.click(playback().button('Run to end'));
    expect(stopHeading()).toHaveTextContent('Still jittering at the cap');
    const first = numberOf('Weight');
    await user.click(screen.getByRole('button', { name: 'Another seed' }));
    expect(seed).toHaveValue('2');
    // A new seed retrains at once; the iteration on show stays at the end.
    expect(playback().count()).toHaveTextContent('20,000 / 20,000');
    expect(numberOf('Weight')).not.toBe(first);
    await user.clear(seed);
    await user.type(seed, '1{Enter}');
    expect(numberOf('Weight')).toBe(first);
    await user.clear(seed);
    await user.type(seed, '1.5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('The seed must be a whole number from 0 to 4,294,967,295.');
  });

  it('takes a learning rate by slider and by exact entry, and diverges past the edge without NaN', async () => {
    const { user, container } = renderMany();
    const slider = screen.getByRole('slider', { name: 'Learning rate for the films' });
    const listId = slider.getAttribute('list')!;
    const oneStep = document.getElementById(listId)!.querySelector<HTMLOptionElement>('option[label="one step"]')!.value;
    fireEvent.change(slider, { target: { value: oneStep } });
    expect(slider).toHaveAttribute('aria-valuetext', '5.87\u00a0×\u00a010⁻³');
    expect(screen.getByRole('heading', { name: /^Why, from/ })).toHaveTextContent('r = 0');
    await user.clear(alphaBox());
    await user.type(alphaBox(), '0.02{Enter}');
    expect(stopHeading()).toHaveTextContent('Diverged');
    await user.click(playback().button('Run to end'));
    expect(shownMarkup(container)).not.toMatch(/NaN|Infinity/);
    await user.clear(alphaBox());
    await user.type(alphaBox(), 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('is not a number');
  });

  it('refuses a starting weight whose predictions overflow, next to the box', async () => {
    const { user } = renderMany();
    const box = screen.getByRole('textbox', { name: 'Starting weight for the films, exact value' });
    await user.clear(box);
    await user.type(box, '1e308{Enter}');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('too large for a 64-bit number');
    await user.clear(box);
    await user.type(box, '20{Enter}');
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(numberOf('Weight')).toBe('20');
  });

  it('shows each film’s parabola on demand', async () => {
    const { user, container } = renderMany();
    const shares = () => container.querySelector('path.chart-many-shares')?.getAttribute('d') ?? null;
    expect(shares()).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show each film’s parabola' }));
    expect(shares()).toMatch(/^M/);
    expect(screen.getByRole('img', { name: /^Mean squared error against weight/ })).toHaveAccessibleName(/20 parabolas/);
  });

  it('reads the learning rate, mode and table from the link and writes changes back', async () => {
    const { user, updates } = renderMany('?many.alpha=0.0005&many.mode=stochastic&many.order=shuffled&many.seed=9&many.data=A*1*2_B*2*5');
    expect(alphaBox()).toHaveValue('0.0005');
    expect(screen.getByRole('radio', { name: /^One film at a time/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Seed of the shuffle' })).toHaveValue('9');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    expect(updates.at(-1)).toEqual({
      'many.alpha': '0.0005',
      'many.mode': 'stochastic',
      'many.order': 'shuffled',
      'many.seed': '9',
      'many.data': 'A*1*2_B*2*5',
    });
    await user.click(screen.getByRole('radio', { name: /^All films at once/ }));
    expect(updates.at(-1)).not.toHaveProperty('many.mode');
    const before = updates.length;
    await user.click(playback().button('Step'));
    expect(updates).toHaveLength(before);
  });

  it('falls back to the defaults for a link’s bad values, with a notice that can be dismissed', async () => {
    const { user, container } = renderMany('?many.alpha=NaN&many.start=1e307&many.mode=x&many.data=broken!');
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(/^Some settings for this chapter in the link were not used\./);
    expect(notice).toHaveTextContent('The learning rate “NaN” is not a finite number; 0.001 is used instead.');
    expect(notice).toHaveTextContent('The data set could not be used');
    expect(notice).toHaveTextContent('The default settings are used instead.');
    expect(alphaBox()).toHaveValue('0.001');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(21);
    expect(shownMarkup(container)).not.toMatch(/NaN|Infinity/);
    await user.click(within(notice).getByRole('button', { name: /^Dismiss/ }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces the iteration politely, and keeps quiet while playing fast', async () => {
    const { user, container } = renderMany();
    const live = container.querySelector('[aria-live="polite"][aria-atomic="true"]')!;
    expect(live).toHaveTextContent('Iteration 0: weight 1, mean squared error 32,146.');
    await user.click(playback().button('Run to end'));
    expect(live).toHaveTextContent(/^Iteration 188: .* Settled at the best weight\.$/);
    act(() => {
      fireEvent.click(playback().playPause());
    });
    expect(live).toHaveTextContent('');
    act(() => {
      fireEvent.click(playback().playPause());
    });
  });
});
