// Notices when the page's name for the thread changes (sites rename a new thread after its first
// answers), so the content script can tell the background. Polls at a slow pace while the tab is
// visible — the title reader is a handful of queries — and reports each new title once.
export function watchTitle(read: () => string, onChange: (title: string) => void, win: Window, signal: AbortSignal,
  everyMs = 5000): { check(): void } {
  let last = safe(read);
  const check = (): void => {
    if (signal.aborted || win.document.visibilityState === 'hidden') return;
    const now = safe(read);
    if (now && now !== last) { last = now; onChange(now); }
  };
  const timer = win.setInterval(check, everyMs);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  return { check };
}

function safe(read: () => string): string { try { return read(); } catch { return ''; } }
