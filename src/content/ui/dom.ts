// A tiny element builder for the in-page UI. No framework: the content script stays small and
// the UI lives in its own shadow root, so nothing of the page's styles or scripts reaches in.
type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/**
 * Listen for a real user's action only. Page scripts can reach into an open shadow root and
 * call .click() or dispatch events, but those are never `isTrusted`.
 */
export function onTrusted<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K,
  fn: (ev: HTMLElementEventMap[K]) => void, signal: AbortSignal): void {
  el.addEventListener(type, (ev) => {
    if (!ev.isTrusted) { ev.stopImmediatePropagation(); return; }
    fn(ev);
  }, { signal });
}
