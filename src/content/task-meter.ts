// Records every piece of main-thread work the content script does as a User Timing measure named
// "cc-task" (and "cc-done" when the highlights are in place). The page's performance timeline is shared
// with the content script's world, so the benchmark reads them from the page without any hook of ours.
export const TASK_MEASURE = 'cc-task';
export const DONE_MARK = 'cc-done';

export function recordTask(start: number, end: number): void {
  try {
    performance.measure(TASK_MEASURE, { start, end });
  } catch {
    // A page that replaced performance.measure loses our figures, nothing else.
  }
}

/** Runs `work` synchronously and records it as one task. */
export function measured<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    recordTask(start, performance.now());
  }
}

export function markDone(): void {
  try {
    performance.mark(DONE_MARK);
  } catch {
    // As above.
  }
}
