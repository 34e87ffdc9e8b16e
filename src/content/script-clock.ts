// When this content script began to run. The entry imports it first, so its one statement is the first of the
// bundle to run, and the script's own start-up (setting up its modules, the browser's first-use cost of the
// extension APIs) is counted with the rest of its main-thread work.
export const scriptStarted = performance.now();
