// SPA route watching. Sites change routes with pushState and replaceState in the page's world,
// where a content script's history patches do not reach; so: popstate, hashchange, a check on
// every batch of DOM mutations (sites re-render on navigation), and a slow poll as a backstop.
export function watchRoute(win: Window, onChange: (href: string) => void, signal: AbortSignal, pollMs = 250): () => void {
  let last = win.location.href;
  const check = (): void => {
    const now = win.location.href;
    if (now !== last) { last = now; onChange(now); }
  };
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  // Chromium's Navigation API reports same-document navigations from any world.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check, { signal });
  // Fires inside history.pushState itself, before the site re-renders: the lock lands first.
  nav?.addEventListener('currententrychange', check, { signal });
  const mo = new MutationObserver(check);
  const start = (): void => { if (!signal.aborted) mo.observe(win.document.documentElement, { childList: true, subtree: true }); };
  start();
  const timer = win.setInterval(check, pollMs);
  signal.addEventListener('abort', () => { mo.disconnect(); win.clearInterval(timer); });
  return check;
}
