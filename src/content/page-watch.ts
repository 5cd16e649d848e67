// One MutationObserver for the page's content, batched: mutation floods (streaming answers,
// hostile pages) coalesce into one callback per animation frame at most, and a timer backstop
// covers frames that never come (background tabs throttle rAF).
export function watchPage(doc: Document, onChange: () => void, signal: AbortSignal): void {
  let scheduled = false;
  const run = (): void => { scheduled = false; if (!signal.aborted) onChange(); };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    const win = doc.defaultView!;
    const timer = win.setTimeout(run, 100);
    win.requestAnimationFrame(() => { win.clearTimeout(timer); if (scheduled) run(); });
  };
  const mo = new MutationObserver(schedule);
  mo.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => mo.disconnect());
  schedule();
}
