// Lets the watcher tell the extension's own DOM changes from the page's. Changes are made inside
// `performOwnMutation`; observers flush the page's pending records just before and drop the records the
// change produced just after. JavaScript runs one task at a time, so nothing of the page's can interleave.

export interface OwnMutationListener {
  /** Called before an own change: handle pending records, which are all the page's. */
  beforeOwnMutation(): void;
  /** Called after an own change: discard pending records, which are all ours. */
  afterOwnMutation(): void;
}

const listeners = new Set<OwnMutationListener>();

export function addOwnMutationListener(listener: OwnMutationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs `change`, keeping the DOM mutations it makes out of every registered watcher's reports. */
export function performOwnMutation<T>(change: () => T): T {
  for (const listener of listeners) listener.beforeOwnMutation();
  try {
    return change();
  } finally {
    for (const listener of listeners) listener.afterOwnMutation();
  }
}
