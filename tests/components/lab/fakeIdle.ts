/** An idle host for warm-up tests: it runs nothing until asked, and counts what is waiting. */
export function fakeIdle() {
  const queue: (() => void)[] = [];
  return {
    whenIdle: (callback: () => void) => {
      queue.push(callback);
    },
    waiting: () => queue.length,
    runOne: () => queue.shift()?.(),
  };
}
