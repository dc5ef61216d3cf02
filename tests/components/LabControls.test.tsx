import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LabControls } from '../../src/lab/LabControls.tsx';
import { StopPanel } from '../../src/lab/StopPanel.tsx';
import { paintedFrame, renderWithStore, type Rendered } from './renderWithStore.tsx';

const alphaSlider = () => screen.getByRole('slider', { name: 'Learning rate' });
const alphaBox = () => screen.getByRole('textbox', { name: 'Learning rate, exact value' });
const weightSlider = () => screen.getByRole('slider', { name: 'Starting weight' });
const weightBox = () => screen.getByRole('textbox', { name: 'Starting weight, exact value' });
/** The heading that says how the run ends, e.g. "How this run ends: Diverged". */
const ending = () => screen.getByRole('heading', { name: /^How this run ends:/ });
const endingRegion = () => screen.getByRole('region', { name: /^How this run ends:/ });

const PRESET_NAMES = [
  'The article’s run',
  'One step',
  'Overshoot',
  'Bounce forever',
  'Diverge',
  'Stuck one step short',
] as const;

function renderControls(): Rendered {
  return renderWithStore(
    <>
      <LabControls />
      <StopPanel />
    </>,
  );
}

/** The slider position of a mark on a slider's track (the <datalist> its `list` names). */
function markPosition(slider: HTMLElement, label: string): string {
  const listId = slider.getAttribute('list');
  const option = listId === null ? null : document.getElementById(listId)?.querySelector(`option[label="${label}"]`);
  if (!(option instanceof HTMLOptionElement)) throw new Error(`No "${label}" mark on the slider`);
  return option.value;
}

async function typeInto(rendered: Rendered, box: HTMLElement, text: string): Promise<void> {
  await rendered.user.clear(box);
  if (text !== '') await rendered.user.type(box, text);
  await rendered.user.keyboard('{Enter}');
}

describe('LabControls: learning rate', { timeout: 15_000 }, () => {
  it('starts at the article’s 1.0 × 10⁻¹¹', () => {
    renderControls();
    expect(alphaSlider()).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    expect(alphaBox()).toHaveValue('1e-11');
    expect(alphaSlider()).toHaveAccessibleDescription(/how much of each correction the model applies/);
    expect(ending()).toHaveTextContent('Reached the goal exactly');
  });

  it('the slider’s one-step mark gives exactly 2.5e-11, which reaches the goal in 1 update', async () => {
    const { store } = renderControls();
    const position = markPosition(alphaSlider(), 'one step');
    fireEvent.change(alphaSlider(), { target: { value: position } });
    expect(store.getState().lab.params.alpha).toBe(2.5e-11);
    expect(alphaSlider()).toHaveAttribute('aria-valuetext', '2.5\u00a0×\u00a010⁻¹¹');
    await paintedFrame();
    expect(ending()).toHaveTextContent('Reached the goal exactly');
    expect(endingRegion()).toHaveTextContent('After 1 update, the 2nd prediction (iteration 1) equals the goal');
  });

  it('the slider’s edge mark gives exactly 5e-11, which bounces for ever', async () => {
    const { store } = renderControls();
    fireEvent.change(alphaSlider(), { target: { value: markPosition(alphaSlider(), 'edge') } });
    expect(store.getState().lab.params.alpha).toBe(5e-11);
    expect(alphaSlider()).toHaveAttribute('aria-valuetext', '5.0\u00a0×\u00a010⁻¹¹');
    // The slider answers at once; the verdicts trail it by a frame, so that frame draws less.
    expect(ending()).toHaveTextContent('Reached the goal exactly');
    await paintedFrame();
    expect(ending()).toHaveTextContent(/Bouncing for ?ever/);
  });

  it('positions between the marks give three significant digits', async () => {
    const { store } = renderControls();
    fireEvent.change(alphaSlider(), { target: { value: '0' } });
    expect(store.getState().lab.params.alpha).toBe(1e-13);
    expect(alphaSlider()).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹³');
    fireEvent.change(alphaSlider(), { target: { value: '1000' } });
    expect(store.getState().lab.params.alpha).toBe(1e-9);
    await paintedFrame();
    expect(ending()).toHaveTextContent('Diverged');
  });

  it('the exact box accepts 5e-11 and the run bounces for ever', async () => {
    const rendered = renderControls();
    await typeInto(rendered, alphaBox(), '5e-11');
    expect(rendered.store.getState().lab.params.alpha).toBe(5e-11);
    expect(alphaSlider()).toHaveAttribute('aria-valuetext', '5.0\u00a0×\u00a010⁻¹¹');
    await paintedFrame();
    expect(ending()).toHaveTextContent(/Bouncing for ?ever/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('the exact box reads the page’s own notation', async () => {
    const rendered = renderControls();
    await typeInto(rendered, alphaBox(), '3.2 × 10⁻¹¹');
    expect(rendered.store.getState().lab.params.alpha).toBe(3.2e-11);
  });

  it.each([
    ['NaN', /NaN and Infinity cannot be used/],
    ['', /Enter a number\./],
    ['abc', /“abc” is not a number\./],
  ])('the exact box refuses %j with a visible alert and keeps 1e-11', async (text, problem) => {
    const rendered = renderControls();
    await typeInto(rendered, alphaBox(), text);
    const alert = screen.getByRole('alert');
    expect(alert).toBeVisible();
    expect(alert).toHaveTextContent(problem);
    expect(alert).toHaveTextContent('Learning rate, exact value stays 1e-11.');
    expect(alphaBox()).toHaveAttribute('aria-invalid', 'true');
    expect(rendered.store.getState().lab.params.alpha).toBe(1e-11);
    expect(alphaSlider()).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    expect(ending()).toHaveTextContent('Reached the goal exactly');
  });

  it('a change from elsewhere (the slider) clears an old refusal', async () => {
    const rendered = renderControls();
    await typeInto(rendered, alphaBox(), 'abc');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    fireEvent.change(alphaSlider(), { target: { value: '0' } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // …and the box shows the value now in force, not the refused text.
    expect(alphaBox()).toHaveValue('1e-13');
    expect(alphaBox()).toHaveAttribute('aria-invalid', 'false');
  });

  it('ArrowUp in the exact box moves one slider position', async () => {
    const { user, store } = renderControls();
    await user.click(alphaBox());
    await user.keyboard('{ArrowUp}');
    expect(store.getState().lab.params.alpha).toBe(1.01e-11);
    await user.keyboard('{ArrowDown}');
    expect(store.getState().lab.params.alpha).toBe(1e-11);
  });

  it('arrow keys never jump back the other way from a value typed beyond the slider, and say so each time', async () => {
    const { user, store } = renderControls();
    await user.clear(alphaBox());
    await user.type(alphaBox(), '1{Enter}');
    expect(store.getState().lab.params.alpha).toBe(1);
    await user.keyboard('{ArrowUp}');
    expect(store.getState().lab.params.alpha).toBe(1);
    const first = screen.getByRole('alert');
    expect(first).toHaveTextContent('Learning rate, exact value stays 1: ↑ and ↓ move within the slider’s range, and this is above it.');
    // The same refusal again is a new alert, so a screen reader hears it again.
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('alert')).not.toBe(first);
    expect(screen.getByRole('alert')).toHaveTextContent('stays 1');
    // Down moves into the slider's range: the key's own direction.
    await user.keyboard('{ArrowDown}');
    expect(store.getState().lab.params.alpha).toBeLessThan(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('LabControls: starting weight', () => {
  it('has a slider from −500 to 1,500 with the goal weight marked, starting at 1', () => {
    renderControls();
    expect(weightSlider()).toHaveAttribute('aria-valuetext', '1');
    expect(weightBox()).toHaveValue('1');
    expect(markPosition(weightSlider(), 'goal')).toBe('499');
  });

  it('the slider sets the starting weight', () => {
    const { store } = renderControls();
    fireEvent.change(weightSlider(), { target: { value: '750' } });
    expect(store.getState().lab.params.startWeight).toBe(1000);
    expect(weightSlider()).toHaveAttribute('aria-valuetext', '1,000');
    expect(weightBox()).toHaveValue('1000');
    expect(ending()).toHaveTextContent('Reached the goal exactly');
  });

  it('the box takes the goal weight exactly: nothing to learn', async () => {
    const rendered = renderControls();
    await typeInto(rendered, weightBox(), '498.75');
    await paintedFrame();
    expect(endingRegion()).toHaveTextContent('The starting weight 498.75 already predicts the goal, $99,750,000: there is nothing to learn.');
  });

  it('a value outside the slider’s range is kept by the box and explained', async () => {
    const rendered = renderControls();
    await typeInto(rendered, weightBox(), '5000');
    expect(rendered.store.getState().lab.params.startWeight).toBe(5000);
    expect(weightSlider()).toHaveAttribute('aria-valuetext', '5,000');
    expect(weightSlider()).toHaveAccessibleDescription(/outside the slider’s range; the box below holds it exactly/);
  });

  it('refuses a starting weight whose first prediction overflows', async () => {
    const rendered = renderControls();
    await typeInto(rendered, weightBox(), '1e305');
    expect(screen.getByRole('alert')).toHaveTextContent('The first prediction (input × starting weight) is too large for a 64-bit number.');
    expect(rendered.store.getState().lab.params.startWeight).toBe(1);
  });
});

describe('LabControls: presets', () => {
  it('the article’s run is pressed at the start', () => {
    renderControls();
    for (const name of PRESET_NAMES) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', String(name === 'The article’s run'));
    }
    expect(screen.getByText('alpha 1e-11: 72 smooth updates to exactly 498.75.')).toBeInTheDocument();
  });

  it.each([
    ['One step', 2.5e-11, 'Reached the goal exactly'],
    ['Overshoot', 3.2e-11, 'Reached the goal exactly'],
    ['Bounce forever', 5e-11, /Bouncing for ?ever/],
    ['Diverge', 6e-11, 'Diverged'],
    ['Stuck one step short', 5e-12, 'Stuck short of the goal'],
  ] as const)('“%s” sets alpha %d and is pressed', async (name, alpha, title) => {
    const { user, store } = renderControls();
    await user.click(screen.getByRole('button', { name }));
    expect(store.getState().lab.params.alpha).toBe(alpha);
    for (const other of PRESET_NAMES) {
      expect(screen.getByRole('button', { name: other })).toHaveAttribute('aria-pressed', String(other === name));
    }
    await paintedFrame();
    expect(ending()).toHaveTextContent(title);
    await user.click(screen.getByRole('button', { name: 'The article’s run' }));
    expect(store.getState().lab.params.alpha).toBe(1e-11);
    expect(screen.getByRole('button', { name: 'The article’s run' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('no preset is pressed for the reader’s own settings', () => {
    renderControls();
    fireEvent.change(alphaSlider(), { target: { value: '0' } });
    for (const name of PRESET_NAMES) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.getByText('Your own settings.')).toBeInTheDocument();
  });
});

describe('LabControls: the example', () => {
  const openExample = async ({ user }: Rendered) => {
    const summary = screen.getByText('The example: budget $200,000, gross $99,750,000');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await user.click(summary);
  };

  it('opens to the budget, the gross and the stop tolerance', async () => {
    const rendered = renderControls();
    await openExample(rendered);
    expect(screen.getByText(/^The example:/).closest('details')).toHaveAttribute('open');
    expect(screen.getByRole('textbox', { name: 'Budget (input)' })).toHaveValue('200000');
    expect(screen.getByRole('textbox', { name: 'Gross (goal)' })).toHaveValue('99750000');
    const tolerance = screen.getByRole('textbox', { name: 'Stop when within (dollars)' });
    expect(tolerance).toHaveValue('0');
    expect(tolerance).toHaveAccessibleDescription(/0 keeps the article’s rule/);
  });

  it('a new budget changes the run, the summary and the learning-rate slider’s range', async () => {
    const rendered = renderControls();
    await openExample(rendered);
    await typeInto(rendered, screen.getByRole('textbox', { name: 'Budget (input)' }), '100000');
    expect(rendered.store.getState().lab.params.input).toBe(100_000);
    expect(screen.getByText('The example: budget $100,000, gross $99,750,000')).toBeInTheDocument();
    // 1 / 100,000² = 1e-10 is now the one-step rate, so its mark moves.
    fireEvent.change(alphaSlider(), { target: { value: markPosition(alphaSlider(), 'one step') } });
    expect(rendered.store.getState().lab.params.alpha).toBe(1e-10);
    expect(ending()).toHaveTextContent('Reached the goal exactly');
  });

  it('a new gross changes the goal', async () => {
    const rendered = renderControls();
    await openExample(rendered);
    await typeInto(rendered, screen.getByRole('textbox', { name: 'Gross (goal)' }), '$50,000,000');
    expect(rendered.store.getState().lab.params.goal).toBe(50_000_000);
    expect(screen.getByText('The example: budget $200,000, gross $50,000,000')).toBeInTheDocument();
  });

  it('a tolerance of 1000 stops the run when close enough', async () => {
    const rendered = renderControls();
    await openExample(rendered);
    await typeInto(rendered, screen.getByRole('textbox', { name: 'Stop when within (dollars)' }), '1000');
    expect(rendered.store.getState().lab.tolerance).toBe(1000);
    await paintedFrame();
    expect(ending()).toHaveTextContent('Close enough');
    expect(endingRegion()).toHaveTextContent('the prediction is within $1,000 of the goal');
  });

  it('refuses a negative tolerance', async () => {
    const rendered = renderControls();
    await openExample(rendered);
    await typeInto(rendered, screen.getByRole('textbox', { name: 'Stop when within (dollars)' }), '-5');
    expect(screen.getByRole('alert')).toHaveTextContent('The tolerance must be a finite number of 0 or more.');
    expect(rendered.store.getState().lab.tolerance).toBe(0);
    expect(ending()).toHaveTextContent('Reached the goal exactly');
  });
});
