// Runs a generator in short slices so no task on the page's main thread runs long: a frame is 16 ms and the
// content script's contract is at most 50 ms at once, so each slice stops after a small budget and gives the
// page back the event loop before continuing.

export interface SliceOptions {
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  signal?: AbortSignal;
  /** Told the start and end (performance.now()) of every slice, for the benchmarks' task accounting. */
  onSlice?: (start: number, end: number) => void;
}

/**
 * 8 ms leaves half of a 60 Hz frame to the page. A single generator step may overshoot it, which is why the
 * walkers yield every few dozen nodes.
 */
export const DEFAULT_SLICE_BUDGET_MS = 8;
/** Idle callbacks may starve on a busy page; after this long the next slice runs anyway. */
const IDLE_TIMEOUT_MS = 100;

type IdleScheduler = (callback: () => void, options: { timeout: number }) => unknown;

function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    const scope = globalThis as { requestIdleCallback?: IdleScheduler };
    // Called on its owner, not detached: a window method without its receiver throws in some engines.
    if (typeof scope.requestIdleCallback === 'function') scope.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Steps `gen` until it returns, pausing whenever a slice has used its budget. Every slice, the first too, is a
 * task of its own: work the caller did before (in the same task) does not run on into the first slice, so a
 * slice's measure is the whole task. Rejects with the signal's reason when aborted, after closing the
 * generator so its `finally` blocks run.
 *
 * The first step of every slice gets `true` as the value of its `yield`: the page has run since the last
 * step, so a generator that keeps facts about the DOM between steps knows when to drop them.
 */
export async function runSliced<T>(gen: Generator<unknown, T, boolean | undefined>, opts: SliceOptions = {}): Promise<T> {
  const budget = opts.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  const signal = opts.signal;
  try {
    for (;;) {
      await nextSlice();
      if (signal?.aborted) throw abortReason(signal);
      const started = performance.now();
      let resumed = true;
      try {
        do {
          const step = gen.next(resumed);
          resumed = false;
          if (step.done) return step.value;
        } while (performance.now() - started < budget);
      } finally {
        opts.onSlice?.(started, performance.now());
      }
    }
  } finally {
    gen.return(undefined as T);
  }
}
