// The collateral check (issue 14), over the DOM: which of the page's own controls outside the
// composer region a user can still see and use, before and after the lock engages. "Hidden" is read
// from the stylesheets Hangup installs (each rule's selector, matched on the element or an ancestor,
// as visibility inherits), from `inert`, and from the page's own hidden markup; "usable" means a
// click on it still reaches the page's own listener through Hangup's capture-phase guard.
import type { SiteAdapter } from '../../../src/content/adapters/types';
import type { LockRule } from '../../../src/content/lock';

export const INTERACTIVE = ['a[href]', 'button', 'input:not([type="hidden"])', 'textarea', 'select', 'summary',
  '[role="button"]', '[role="link"]', '[role="tab"]', '[role="menuitem"]', '[role="checkbox"]', '[role="switch"]',
  '[contenteditable="true"]', '[tabindex]:not([tabindex="-1"])'].join(', ');

/** Elements matched by `sel`, with `A:has(> B)` evaluated exactly (happy-dom 21 matches every
 *  ancestor for a :has() that starts with a child combinator; real browsers do not — the e2e runs there). */
export function qsa(root: ParentNode, sel: string): Element[] {
  const m = /^(.*?):has\(\s*>\s*([^()]*)\)(.*)$/.exec(sel);
  try {
    if (!m) return Array.from(root.querySelectorAll(sel));
    const [, head, inner, tail] = m;
    const cands = Array.from(root.querySelectorAll(head || '*')).filter((el) => !!el.querySelector(`:scope > ${inner}`));
    const rest = tail!.trim();
    if (!rest) return cands;
    return [...new Set(cands.flatMap((c) => Array.from(c.querySelectorAll(rest))))];
  } catch { return []; } // a selector this DOM lacks (e.g. *|href): the e2e covers it
}

/** Elements a Hangup rule hides on this page now (their descendants inherit it). */
export function hiddenByRules(doc: Document, rules: readonly LockRule[]): Set<Element> {
  const set = new Set<Element>();
  for (const r of rules) {
    let on = false;
    try { on = doc.documentElement.matches(r.html); } catch { on = false; }
    if (on) for (const el of qsa(doc, r.sel)) set.add(el);
  }
  return set;
}

function pageHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    if (e.hasAttribute('inert') && !e.hasAttribute('data-hangup-inert')) return true; // the page's own
    const st = (e as HTMLElement).style;
    if (st && (st.display === 'none' || st.visibility === 'hidden')) return true;
  }
  return false;
}

export function isUsable(el: Element, hidden: Set<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (hidden.has(e)) return false;
    if (e.hasAttribute('inert')) return false;
  }
  return true;
}

/** The page's visible interactive elements outside the composer region (and outside Hangup's own UI),
 *  minus the adapter's exact sendElsewhere controls (listed apart). */
export function outsideControls(a: SiteAdapter, doc: Document, region: Element | null): { controls: Element[]; elsewhere: Element[] } {
  const elsewhere = new Set<Element>();
  for (const s of a.selectors.sendElsewhere ?? []) for (const el of qsa(doc, s)) elsewhere.add(el);
  const controls: Element[] = [];
  for (const el of doc.querySelectorAll(INTERACTIVE)) {
    if (region && (region === el || region.contains(el))) continue;
    if (el.closest('hangup-ui, hangup-branch')) continue;
    if (pageHidden(el)) continue;
    if ([...elsewhere].some((x) => x === el || x.contains(el))) continue;
    controls.push(el);
  }
  return { controls, elsewhere: [...elsewhere] };
}

/** Whether a click on el still reaches the page's own listener (Hangup's guard listens on window, capture). */
export function clickReaches(el: Element): boolean {
  let reached = false;
  // Ours runs at the target: it records, then stops a link from navigating the test's document.
  const on = (e: Event) => { reached = !e.defaultPrevented; e.preventDefault(); };
  el.addEventListener('click', on);
  const ev = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(ev);
  el.removeEventListener('click', on);
  return reached;
}
