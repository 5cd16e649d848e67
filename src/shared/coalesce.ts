// A page reloads its view when the background says threads changed. An import or a sync merge
// sends many such pushes at once: run one reload at a time, and at most one more after it, so a
// burst costs two reloads and the last one sees every change.
export function coalesce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async (): Promise<void> => {
    do { again = false; await run().catch(() => {}); } while (again);
    running = null;
  };
  return () => {
    if (running) { again = true; return running; }
    running = loop();
    return running;
  };
}
