// On install the first-run page, once; on update (schema change or not), browser update or reload, nothing.
import { describe, expect, it } from 'vitest';
import { firstRunPage, pageOnInstalled, SHOWN_KEY, WELCOME_PAGE } from '../../src/background/first-run';
import { shortcutOf, END_COMMAND } from '../../src/welcome/shortcut';

function memoryArea() {
  const data: Record<string, unknown> = {};
  return { data, async get(k: string) { return k in data ? { [k]: data[k] } : {}; }, async set(items: Record<string, unknown>) { Object.assign(data, items); } };
}

describe('pageOnInstalled', () => {
  it('opens the first-run page on a fresh install only', () => {
    expect(pageOnInstalled({ reason: 'install' }, false)).toBe(WELCOME_PAGE);
    expect(pageOnInstalled({ reason: 'install' }, true)).toBeNull();
    expect(pageOnInstalled({ reason: 'update', previousVersion: '0.0.9' }, false)).toBeNull();
    expect(pageOnInstalled({ reason: 'browser_update' }, false)).toBeNull();
    expect(pageOnInstalled({ reason: 'chrome_update' }, false)).toBeNull();
    expect(pageOnInstalled({ reason: 'shared_module_update' }, false)).toBeNull();
  });
});

describe('firstRunPage', () => {
  it('opens once, even when the browser reports "install" again for the same profile', async () => {
    const local = memoryArea();
    expect(await firstRunPage({ reason: 'install' }, local)).toBe(WELCOME_PAGE);
    expect(local.data[SHOWN_KEY]).toBeDefined();
    expect(await firstRunPage({ reason: 'install' }, local)).toBeNull();
    expect(await firstRunPage({ reason: 'update', previousVersion: '0.1.0' }, local)).toBeNull();
  });
  it('shows nothing on an update of a profile that never saw it (installed before the page existed)', async () => {
    expect(await firstRunPage({ reason: 'update', previousVersion: '0.0.9' }, memoryArea())).toBeNull();
  });
  it('still opens the page when storage cannot be read', async () => {
    const broken = { get: async () => { throw new Error('no storage'); }, set: async () => { throw new Error('no storage'); } };
    expect(await firstRunPage({ reason: 'install' }, broken)).toBe(WELCOME_PAGE);
  });
});

describe('shortcutOf', () => {
  it('reads the shortcut the browser has, or none', () => {
    expect(shortcutOf([{ name: '_execute_action', shortcut: '' }, { name: END_COMMAND, shortcut: 'Alt+Shift+E' }], END_COMMAND)).toBe('Alt+Shift+E');
    expect(shortcutOf([{ name: END_COMMAND, shortcut: '' }], END_COMMAND)).toBe('');
    expect(shortcutOf([{ name: END_COMMAND }], END_COMMAND)).toBe('');
    expect(shortcutOf([], END_COMMAND)).toBe('');
  });
});
