// @vitest-environment happy-dom
// "Branch from here" is quiet (issue 14): each control carries its mode; the page stylesheet makes a
// quiet one transparent — never display:none or visibility:hidden, so it stays in the tab order and
// the accessibility tree — and opaque when its message is hovered or holds the focus, or when the
// chat has ended; the "always" mode (settings.branchControls) shows every one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepseek } from '../../../src/content/adapters/deepseek';
import { BRANCH_PAGE_CSS, BranchControls } from '../../../src/content/branch';
import { DEFAULT_SETTINGS } from '../../../src/shared/types';
import { parseRequest } from '../../../src/shared/protocol';

let saved: typeof IntersectionObserver | undefined;
beforeEach(() => {
  document.documentElement.innerHTML = readFileSync(join(process.cwd(), 'test/fixtures/derived/deepseek.html'), 'utf8')
    .replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  // Attach at once (happy-dom's IntersectionObserver never reports): the observer is an optimisation.
  saved = globalThis.IntersectionObserver;
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
});
afterEach(() => { (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = saved; });

function start(): { bc: BranchControls; ac: AbortController } {
  const bc = new BranchControls(deepseek, document, () => {});
  const ac = new AbortController();
  bc.reset(ac.signal);
  bc.watch(deepseek.turns(document));
  return { bc, ac };
}

describe('quiet branch controls', () => {
  it('one control per user message, in hover mode by default, with the page rules installed', () => {
    const { ac } = start();
    const hosts = Array.from(document.querySelectorAll('hangup-branch'));
    expect(hosts).toHaveLength(deepseek.turns(document).filter((t) => t.role === 'user').length);
    for (const h of hosts) {
      expect(h.getAttribute('data-mode')).toBe('hover');
      expect(h.parentElement!.hasAttribute('data-hangup-branch-turn')).toBe(true);
      const b = h.shadowRoot!.querySelector('button')!;
      expect(b.textContent).toBe('Branch from here');
      expect(b.tabIndex).toBe(0);
      expect(b.title.length).toBeGreaterThan(10);
    }
    const css = document.getElementById('hangup-branch-style')!.textContent!;
    expect(css).toBe(BRANCH_PAGE_CSS);
    // Quiet means transparent, never removed from the tab order or the accessibility tree.
    expect(css).toMatch(/\[data-mode="hover"\] \{ opacity: 0; \}/);
    expect(css).not.toMatch(/display:\s*none|visibility:\s*hidden/);
    expect(css).toContain('[data-hangup-branch-turn]:hover > hangup-branch');
    expect(css).toContain('hangup-branch[data-mode="hover"]:focus-within');
    expect(css).toContain('html[data-hangup-state="locked"] hangup-branch');
    ac.abort();
    expect(document.querySelectorAll('hangup-branch')).toHaveLength(0);
    expect(document.querySelectorAll('[data-hangup-branch-turn]')).toHaveLength(0);
  });

  it('the "always" mode applies to existing and new controls, and back', () => {
    const { bc, ac } = start();
    bc.setMode('always');
    for (const h of document.querySelectorAll('hangup-branch')) expect(h.getAttribute('data-mode')).toBe('always');
    bc.removeAll();
    bc.watch(deepseek.turns(document));
    for (const h of document.querySelectorAll('hangup-branch')) expect(h.getAttribute('data-mode')).toBe('always');
    bc.setMode('hover');
    for (const h of document.querySelectorAll('hangup-branch')) expect(h.getAttribute('data-mode')).toBe('hover');
    ac.abort();
  });

  it('the setting: hover by default, validated at the boundary', () => {
    expect(DEFAULT_SETTINGS.branchControls).toBe('hover');
    expect(parseRequest({ type: 'page:settings-set', body: { branchControls: 'always' } }, 'page').ok).toBe(true);
    const bad = parseRequest({ type: 'page:settings-set', body: { branchControls: 'sometimes' } }, 'page');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/branchControls/);
  });
});
