// One MutationObserver for the page's content, batched: mutation floods (streaming answers,
// hostile pages) coalesce into one callback per animation frame at most, and a timer backstop
// covers frames that never come (background tabs throttle rAF).
/** `records` holds the batch's mutation records, or null after a flood (then rescan). */
export function watchPage(doc: Document, onChange: (records: MutationRecord[] | null) => void, signal: AbortSignal): void {
  let scheduled = false;
  let pending: MutationRecord[] | null = [];
  const MAX = 5000;
  const run = (): void => {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (!signal.aborted) onChange(batch);
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    const win = doc.defaultView!;
    const timer = win.setTimeout(run, 100);
    win.requestAnimationFrame(() => { win.clearTimeout(timer); if (scheduled) run(); });
  };
  const mo = new MutationObserver((records) => {
    if (pending && pending.length + records.length <= MAX) pending.push(...records);
    else pending = null; // a flood: the reader rescans instead of reading every record
    schedule();
  });
  mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => mo.disconnect());
  schedule();
}
