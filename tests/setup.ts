import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

beforeEach(() => {
  // Chart axes key their ticks by label: a repeated key would make React drop or mix up ticks,
  // and React only says so on the console. Make that a failure in every component test.
  const report = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('two children with the same key')) {
      throw new Error(`React: ${args[0]} ${String(args[1])}`);
    }
    report(...args);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
