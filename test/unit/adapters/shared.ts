// Checks every adapter must pass on its fixture: composer found, its root holds it and the send
// controls, turns alternate with the expected roles, prefill puts text where the editor shows it.
import { expect } from 'vitest';
import type { SiteAdapter } from '../../../src/content/adapters/types';
import { lockCss } from '../../../src/content/lock';

export interface Expect {
  roles: ('user' | 'assistant')[];
  userText: string;
  assistantText: string;
  composerTag: 'TEXTAREA' | 'DIV';
}

export function checkPage(a: SiteAdapter, doc: Document, e: Expect): void {
  const turns = a.turns(doc);
  expect(turns.map((t) => t.role)).toEqual(e.roles);
  expect(turns.find((t) => t.role === 'user')!.text()).toContain(e.userText);
  expect(turns.find((t) => t.role === 'assistant')!.text()).toContain(e.assistantText);

  const c = a.composer(doc)!;
  expect(c, 'composer').toBeTruthy();
  expect(c.tagName).toBe(e.composerTag);
  if (e.composerTag === 'DIV') expect(c.getAttribute('contenteditable')).toBe('true');

  const root = a.composerRoot(doc)!;
  expect(root, 'composerRoot').toBeTruthy();
  expect(root.contains(c)).toBe(true);
  // The root is the composer's box, not the page: no turn is inside it.
  for (const t of turns) expect(root.contains(t.el)).toBe(false);

  const sends = a.sendControls(doc);
  expect(sends.length).toBeGreaterThan(0);
  expect(sends.some((b) => root.contains(b))).toBe(true);
  // No send control is a turn or holds one (hiding it must leave the conversation readable).
  for (const b of sends) for (const t of turns) expect(b.contains(t.el)).toBe(false);
}

/** Each selector is valid CSS (one bad selector would void the whole lock rule). */
export function checkSelectorsParse(a: SiteAdapter, doc: Document): void {
  const s = a.selectors;
  for (const sel of [...s.turn, ...s.userTurn, ...s.assistantTurn, ...s.composer, ...s.composerRoot, ...s.send, ...s.edit]) {
    // happy-dom lacks namespace attribute selectors ([*|href]); real browsers parse them (e2e checks the lock applies).
    if (sel.includes('*|')) continue;
    expect(() => doc.querySelectorAll(sel), sel).not.toThrow();
  }
  expect(lockCss([a])).toContain('visibility: hidden');
}

export function checkPrefill(a: SiteAdapter, doc: Document, text = 'Branch: continue from here'): void {
  expect(a.prefill(doc, text)).toBe(true);
  const c = a.composer(doc)!;
  const shown = c instanceof HTMLTextAreaElement ? c.value : c.textContent;
  expect(shown).toContain(text);
}

export const u = (s: string) => new URL(s);
