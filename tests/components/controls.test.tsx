import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NumberField, type NumberFieldProps } from '../../src/controls/NumberField.tsx';
import { ParamControl } from '../../src/controls/ParamControl.tsx';
import { SliderField } from '../../src/controls/SliderField.tsx';
import { setParam, setParams, specFor } from '../../src/store/index.ts';
import { renderWithStore } from './renderWithStore.tsx';

/** A NumberField holding its value in state, refusing values above `max`. */
function Harness(props: Partial<NumberFieldProps> & { readonly max?: number; readonly onValue?: (value: number) => void }) {
  const { max = Infinity, onValue, ...rest } = props;
  const [value, setValue] = useState(10);
  return (
    <NumberField
      label="Count"
      value={value}
      onCommit={(next) => {
        if (next > max) return `Keep it at most ${max}.`;
        setValue(next);
        onValue?.(next);
        return null;
      }}
      {...rest}
    />
  );
}

describe('NumberField', () => {
  it('is a labelled text box with its hint as description', () => {
    render(<Harness hint="How many." />);
    const box = screen.getByRole('textbox', { name: 'Count' });
    expect(box).toHaveValue('10');
    expect(box).toHaveAccessibleDescription('How many.');
    expect(box).toHaveAttribute('inputmode', 'decimal');
  });

  it('an inline field has no visible label but keeps its accessible name', () => {
    render(
      <p>
        I have <Harness inline /> apples.
      </p>,
    );
    expect(screen.getByRole('textbox', { name: 'Count' })).toHaveValue('10');
    expect(screen.queryByText('Count')).not.toBeInTheDocument();
  });

  it('shows the refusal of its owner next to the box and keeps the last good value', async () => {
    const user = userEvent.setup();
    render(<Harness max={100} />);
    const box = screen.getByRole('textbox', { name: 'Count' });
    await user.clear(box);
    await user.type(box, '500{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Keep it at most 100.');
    expect(box).toHaveAccessibleDescription('Keep it at most 100.');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('10');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not commit what has not changed when it loses focus', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    await user.click(screen.getByRole('textbox', { name: 'Count' }));
    await user.tab();
    expect(onValue).not.toHaveBeenCalled();
  });

  it('without a nudge, arrow keys leave the value alone', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('textbox', { name: 'Count' }));
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('textbox', { name: 'Count' })).toHaveValue('10');
  });

  it('an inline number with a nudge can be dragged sideways', () => {
    render(<Harness inline nudge={(value, direction) => value + direction} />);
    const box = screen.getByRole('textbox', { name: 'Count' });
    // jsdom has no pointer capture.
    box.setPointerCapture = vi.fn();
    fireEvent.pointerDown(box, { button: 0, clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(box, { clientX: 103, pointerId: 1 });
    expect(box).toHaveValue('10');
    fireEvent.pointerMove(box, { clientX: 118, pointerId: 1 });
    expect(box).toHaveValue('13');
    fireEvent.pointerMove(box, { clientX: 100, pointerId: 1 });
    expect(box).toHaveValue('10');
    fireEvent.pointerUp(box, { pointerId: 1 });
    fireEvent.pointerMove(box, { clientX: 200, pointerId: 1 });
    expect(box).toHaveValue('10');
  });
});

describe('SliderField', () => {
  function Slider() {
    const [value, setValue] = useState(2.5);
    return (
      <SliderField
        label="Weight"
        value={value}
        min={0}
        max={10}
        step={0.5}
        format={(v) => `${v}×`}
        onChange={(v) => {
          setValue(v);
          return null;
        }}
        hint="Drag me."
      />
    );
  }

  it('has a slider and an exact box that follow each other', async () => {
    const user = userEvent.setup();
    render(<Slider />);
    const slider = screen.getByRole('slider', { name: 'Weight' });
    const box = screen.getByRole('textbox', { name: 'Weight, exact value' });
    expect(slider).toHaveAttribute('aria-valuetext', '2.5×');
    fireEvent.change(slider, { target: { value: '7' } });
    expect(box).toHaveValue('7');
    await user.clear(box);
    await user.type(box, '20{Enter}');
    // The slider shows its end; its text tells the real value.
    expect(slider).toHaveValue('10');
    expect(slider).toHaveAttribute('aria-valuetext', '20×');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveValue('19.5');
    expect(screen.getByText('Drag me.')).toBeInTheDocument();
  });
});

describe('ParamControl', () => {
  const renderParam = () => renderWithStore(<ParamControl spec={specFor('alpha')} />);

  it('shows the lab’s value, the slider with its marks, and the range ends', () => {
    renderParam();
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    expect(slider).toHaveValue('500');
    expect(slider).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    expect(slider).toHaveAccessibleDescription('alpha: how much of each correction the model applies.');
    expect(screen.getAllByRole('option', { hidden: true }).map((o) => o.getAttribute('label'))).toEqual(['one step', 'edge']);
  });

  it('a value beyond the slider is kept exactly and explained', async () => {
    const user = userEvent.setup();
    const { store } = renderParam();
    const box = screen.getByRole('textbox', { name: 'Learning rate, exact value' });
    await user.clear(box);
    await user.type(box, '1e-5{Enter}');
    expect(store.getState().lab.params.alpha).toBe(1e-5);
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    expect(slider).toHaveValue('1000');
    expect(slider).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻⁵');
    expect(slider).toHaveAccessibleDescription(/outside the slider’s range/);
  });

  it('follows a change made elsewhere, and its range follows the example', () => {
    const { store } = renderParam();
    act(() => {
      const change = setParams(store.getState(), { ...store.getState().lab.params, input: 20_000 });
      if (!change.ok) throw new Error(change.message);
      store.setState(() => change.state);
    });
    // A budget 10 times smaller needs learning rates 100 times larger: the slider now spans 1e-11
    // to 1e-7, so the same alpha sits at its left end.
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    expect(slider).toHaveValue('0');
    expect(slider).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    act(() => {
      const change = setParam(store.getState(), 'alpha', 1e-9);
      if (!change.ok) throw new Error(change.message);
      store.setState(() => change.state);
    });
    expect(slider).toHaveValue('500');
    expect(screen.getByRole('textbox', { name: 'Learning rate, exact value' })).toHaveValue('1e-9');
  });
});
