import { memo, useMemo } from 'react';
import { commitParam, useTutorial, useTutorialStore, type ParamSpec } from '../store/index.ts';
import { RangeControl } from './RangeControl.tsx';

/**
 * One of the lab's training parameters, as its spec describes it, read from and committed to the
 * tutorial's store: the slider covers the useful range for the example (on a log scale for the
 * learning rate, with its marks); the box takes any number. It re-renders only when its own
 * value or the example changes, so dragging one slider leaves the other alone.
 */
export const ParamControl = memo(function ParamControl({ spec }: { readonly spec: ParamSpec }) {
  const store = useTutorialStore();
  const value = useTutorial((s) => s.lab.params[spec.key]);
  const input = useTutorial((s) => s.lab.params.input);
  const goal = useTutorial((s) => s.lab.params.goal);
  const range = useMemo(() => spec.slider?.({ input, goal }) ?? null, [spec, input, goal]);
  return (
    <RangeControl
      label={spec.label}
      value={value}
      range={range}
      format={spec.format}
      hint={spec.hint}
      onChange={(next) => commitParam(store, spec.key, next)}
    />
  );
});
