// Records every piece of main-thread work the content script does as a User Timing measure named
// "cc-task" (and "cc-done" when the highlights are in place). The page's performance timeline is shared
// with the content script's world, so the benchmark reads them from the page without any hook of ours.
// Each measure's `detail` names its phase, so the benchmark can say where the time goes.
export const TASK_MEASURE = 'cc-task';
export const DONE_MARK = 'cc-done';

/** The steps of the content script's work in the order they run, as named in the measures' `detail`. */
export const TASK_PHASES = ['start', 'detect', 'metadata', 'read', 'send', 'container', 'mentions', 'highlight', 'overlay', 'undo'] as const;
export type TaskPhase = (typeof TASK_PHASES)[number];

export function recordTask(phase: TaskPhase, start: number, end: number): void {
  try {
    performance.measure(TASK_MEASURE, { start, end, detail: phase });
  } catch {
    // A page that replaced performance.measure loses our figures, nothing else.
  }
}

/** A slicer's onSlice callback that records each slice as a task of `phase`. */
export function sliceRecorder(phase: TaskPhase): (start: number, end: number) => void {
  return (start, end) => recordTask(phase, start, end);
}

/** Runs `work` synchronously and records it as one task. */
export function measured<T>(phase: TaskPhase, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    recordTask(phase, start, performance.now());
  }
}

export function markDone(): void {
  try {
    performance.mark(DONE_MARK);
  } catch {
    // As above.
  }
}
