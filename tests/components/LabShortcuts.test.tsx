import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../src/lab/Lab.tsx';
import { renderWithStore } from './renderWithStore.tsx';

/** An element inside the lab that has no keys of its own. */
const plainElement = () => screen.getByRole('group', { name: 'Training playback' });
const iteration = () => screen.getByRole('heading', { name: /^Iteration \d+$/ });

describe('Lab keyboard shortcuts', { timeout: 15_000 }, () => {
  it.each([' ', 'k', 'K'])('%j toggles play and pause', (key) => {
    const { store } = renderWithStore(<Lab />);
    fireEvent.keyDown(plainElement(), { key });
    expect(store.getState().lab.playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    fireEvent.keyDown(plainElement(), { key });
    expect(store.getState().lab.playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('ArrowRight and l step; ArrowLeft and j step back', () => {
    renderWithStore(<Lab />);
    fireEvent.keyDown(plainElement(), { key: 'ArrowRight' });
    expect(iteration()).toHaveTextContent('Iteration 1');
    fireEvent.keyDown(plainElement(), { key: 'l' });
    expect(iteration()).toHaveTextContent('Iteration 2');
    fireEvent.keyDown(plainElement(), { key: 'ArrowLeft' });
    expect(iteration()).toHaveTextContent('Iteration 1');
    fireEvent.keyDown(plainElement(), { key: 'j' });
    expect(iteration()).toHaveTextContent('Iteration 0');
    // Nothing before the start.
    fireEvent.keyDown(plainElement(), { key: 'ArrowLeft' });
    expect(iteration()).toHaveTextContent('Iteration 0');
  });

  it('End runs to the end and Home resets', () => {
    renderWithStore(<Lab />);
    fireEvent.keyDown(plainElement(), { key: 'End' });
    expect(iteration()).toHaveTextContent('Iteration 72');
    fireEvent.keyDown(plainElement(), { key: 'ArrowRight' });
    expect(iteration()).toHaveTextContent('Iteration 72');
    fireEvent.keyDown(plainElement(), { key: 'Home' });
    expect(iteration()).toHaveTextContent('Iteration 0');
  });

  it('a handled shortcut prevents the browser’s own action (scrolling on Space)', () => {
    renderWithStore(<Lab />);
    const notCancelled = fireEvent.keyDown(plainElement(), { key: ' ' });
    expect(notCancelled).toBe(false);
  });

  it.each([' ', 'k', 'ArrowRight', 'l', 'ArrowLeft', 'j', 'Home', 'End'])(
    '%j on an input does nothing to playback',
    (key) => {
      const { store } = renderWithStore(<Lab />);
      fireEvent.keyDown(plainElement(), { key: 'ArrowRight' });
      const before = store.getState().lab;
      for (const input of [
        screen.getByRole('slider', { name: 'Iteration' }),
        screen.getByRole('slider', { name: 'Learning rate' }),
        screen.getByRole('textbox', { name: 'Learning rate, exact value' }),
        screen.getByRole('combobox', { name: 'Speed' }),
      ]) {
        fireEvent.keyDown(input, { key });
      }
      expect(store.getState().lab.index).toBe(before.index);
      expect(store.getState().lab.playing).toBe(false);
      expect(iteration()).toHaveTextContent('Iteration 1');
    },
  );

  it('work from the trace table below the lab too', () => {
    renderWithStore(<Lab />);
    const table = screen.getByRole('region', { name: 'Iterations around the current one' });
    fireEvent.keyDown(table, { key: 'ArrowRight' });
    expect(iteration()).toHaveTextContent('Iteration 1');
    fireEvent.keyDown(table, { key: 'End' });
    expect(iteration()).toHaveTextContent('Iteration 72');
  });

  it('keys on a button keep their own meaning (Space presses the button)', () => {
    const { store } = renderWithStore(<Lab />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Step' }), { key: ' ' });
    expect(store.getState().lab.playing).toBe(false);
  });

  it('keys with Ctrl, Alt or Meta are left to the browser', () => {
    const { store } = renderWithStore(<Lab />);
    fireEvent.keyDown(plainElement(), { key: 'ArrowRight', ctrlKey: true });
    fireEvent.keyDown(plainElement(), { key: 'l', metaKey: true });
    fireEvent.keyDown(plainElement(), { key: 'k', altKey: true });
    expect(store.getState().lab.index).toBe(0);
    expect(store.getState().lab.playing).toBe(false);
  });

  it('lists the shortcuts for the reader', () => {
    renderWithStore(<Lab />);
    const list = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    for (const label of ['Space or K', '→ or L', '← or J', 'Home', 'End']) {
      expect(list).toHaveTextContent(label);
    }
  });
});
