// Work split into steps (a generator) run one step per turn of the event loop, so whatever else the thread has
// to do (a hover, a keystroke) waits at most one step.

/** Lets the event loop run what waits (setTimeout: the web extension host has no setImmediate). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the steps, a turn each, while `wanted()` holds (the index they prepare may have been replaced). */
export async function runInTurns(steps: Iterator<unknown>, wanted: () => boolean): Promise<void> {
  for (;;) {
    await nextTurn();
    if (!wanted() || steps.next().done) return;
  }
}
