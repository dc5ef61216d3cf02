import { useEffect, useRef, useState } from 'react';

/**
 * `value`, or while `intervalMs` is above 0 a sample of it: a change is shown at most once per
 * `intervalMs`, and the latest value always arrives within `intervalMs` of its change. With an
 * interval of 0 the value goes through at once. For text that would otherwise change every
 * frame, faster than anyone can read it, and cost a layout each time (the trace table while the
 * lab plays fast).
 */
export function useSampled<T>(value: T, intervalMs: number): T {
  const sampling = intervalMs > 0;
  const [sample, setSample] = useState(value);
  const [wasSampling, setWasSampling] = useState(sampling);
  // Sampling starts from the value of the moment, not from the last one sampled before.
  if (sampling !== wasSampling) {
    setWasSampling(sampling);
    setSample(value);
  }
  const lastShown = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (!sampling || Object.is(sample, value)) return undefined;
    // Re-armed on every change, but against the time of the last sample shown, so a value that
    // changes every frame still comes through once per interval.
    const wait = Math.max(0, lastShown.current + intervalMs - performance.now());
    const timer = setTimeout(() => {
      lastShown.current = performance.now();
      setSample(value);
    }, wait);
    return () => {
      clearTimeout(timer);
    };
  }, [value, sample, sampling, intervalMs]);
  return sampling ? sample : value;
}
