// @vitest-environment happy-dom
// The options page as a pure UI: the background is a mock of `ask`, permissions a mock too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Settings } from '../../../src/shared/types';
import { settings } from './fixtures';

const { ask, permissions } = vi.hoisted(() => ({
  ask: vi.fn(),
  permissions: { request: vi.fn(async () => true), remove: vi.fn(async () => true) },
}));
vi.mock('../../../src/shared/pages-api', () => ({ ask, onThreadChanged: vi.fn(() => () => {}) }));
vi.mock('../../../src/shared/browser', () => ({ browser: { permissions, runtime: { getManifest: () => ({ version: '9.8.7' }) } } }));

import { Options } from '../../../src/options/options';
import { checkOrigin } from '../../../src/options/origin';

type Handler = (body: any) => unknown;
let handlers: Record<string, Handler>;
let current: Settings;

beforeEach(() => {
  current = settings();
  handlers = {
    'page:settings-get': () => current,
    'page:settings-set': (patch) => (current = { ...current, ...patch }),
    'page:stats': () => [{ code: 'persistent-abuse', endings: 12, right: 5, unexpected: 3 }, { code: 'user-request', endings: 4, right: 0, unexpected: 0 }],
    // The sync and research sections mounted on the page load their own data.
    'page:sync-status': () => ({ enabled: false, items: 0, bytes: 0, lastSync: null }),
    'page:research-export': () => ({ filename: 'r.json', mime: 'application/json', text: JSON.stringify({ endings: [] }) }),
  };
  ask.mockReset();
  ask.mockImplementation(async (type: string, body: unknown) => {
    const h = handlers[type];
    if (!h) throw new Error(`unexpected ${type}`);
    return h(body);
  });
  permissions.request.mockReset(); permissions.request.mockResolvedValue(true);
  permissions.remove.mockReset(); permissions.remove.mockResolvedValue(true);
});
afterEach(() => cleanup());

const calls = (type: string) => ask.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);
const ready = () => screen.findByLabelText('Standard');

describe('about', () => {
  it('shows the installed version and links to the changelog and the introduction', async () => {
    render(<Options />);
    await ready();
    const about = screen.getByRole('region', { name: 'About' });
    expect(within(about).getByText('Hangup version 9.8.7')).toBeTruthy();
    expect(within(about).getByRole('link', { name: 'What changed (changelog)' }).getAttribute('href')).toBe('CHANGELOG.txt');
    expect(within(about).getByRole('link', { name: 'Introduction to Hangup' }).getAttribute('href')).toBe('welcome.html');
  });
});

describe('settings', () => {
  it('saves the policy sensitivity and announces it', async () => {
    render(<Options />);
    expect(((await ready()) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Strict'));
    await waitFor(() => expect(calls('page:settings-set')).toEqual([{ preset: 'strict' }]));
    await waitFor(() => expect(document.querySelector('[data-live]')?.textContent).toBe('Saved.'));
  });

  it('turns sites off and on (disabledSites)', async () => {
    render(<Options />);
    await ready();
    fireEvent.click(screen.getByLabelText('Grok'));
    await waitFor(() => expect(calls('page:settings-set').at(-1)).toEqual({ disabledSites: ['grok'] }));
    await waitFor(() => expect((screen.getByLabelText('Grok') as HTMLInputElement).checked).toBe(false));
    fireEvent.click(screen.getByLabelText('Claude'));
    await waitFor(() => expect(calls('page:settings-set').at(-1)).toEqual({ disabledSites: ['claude', 'grok'] }));
    fireEvent.click(screen.getByLabelText('Grok'));
    await waitFor(() => expect(calls('page:settings-set').at(-1)).toEqual({ disabledSites: ['claude'] }));
  });

  it('keeps reopening off by default and saves the switch', async () => {
    render(<Options />);
    await ready();
    const box = screen.getByLabelText('Allow reopening ended chats') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(calls('page:settings-set')).toEqual([{ allowReopen: true }]));
  });

  it('validates and saves the retention in days', async () => {
    render(<Options />);
    await ready();
    const input = screen.getByLabelText(/Keep ended-chat records for/);
    fireEvent.input(input, { target: { value: '99999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Enter a whole number of days from 0 to 36500.');
    expect(calls('page:settings-set')).toEqual([]);
    fireEvent.input(input, { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls('page:settings-set')).toEqual([{ retentionDays: 90 }]));
  });

  it('shows feedback counts per reason', async () => {
    render(<Options />);
    const row = (await screen.findByText('Persistent harmful or abusive requests (policy)')).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['12', '5', '3']);
  });

  it('says so when the settings cannot be loaded', async () => {
    handlers['page:settings-get'] = () => { throw new Error('no answer'); };
    render(<Options />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded: no answer/);
  });
});

describe('self-hosted origins', () => {
  it('refuses a bad origin with a clear message and asks for no permission', async () => {
    render(<Options />);
    await ready();
    const input = screen.getByLabelText('Server address');
    fireEvent.input(input, { target: { value: 'chat.example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText(/starts with https:\/\//);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(input, { target: { value: 'https://chat.example.org/c/123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText(/without a path.*https:\/\/chat\.example\.org$/);
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('asks for the origin from the click, then saves it', async () => {
    render(<Options />);
    await ready();
    fireEvent.input(screen.getByLabelText('Server address'), { target: { value: 'https://chat.example.org/' } });
    fireEvent.change(screen.getByLabelText('Software'), { target: { value: 'librechat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    // Synchronously, in the same task as the click (a user gesture).
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://chat.example.org/*'] });
    await waitFor(() => expect(calls('page:settings-set')).toEqual([{ selfHosted: [{ origin: 'https://chat.example.org', kind: 'librechat' }] }]));
    await screen.findByText('Added https://chat.example.org.');
    expect(screen.getByText('https://chat.example.org')).toBeTruthy();
  });

  it('does not save when the permission is refused, and says so', async () => {
    permissions.request.mockResolvedValue(false);
    render(<Options />);
    await ready();
    fireEvent.input(screen.getByLabelText('Server address'), { target: { value: 'http://localhost:3000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByText(/did not allow Hangup on http:\/\/localhost:3000/)).closest('[role="alert"]')).not.toBeNull();
    expect(calls('page:settings-set')).toEqual([]);
  });

  it('removes an origin and its permission', async () => {
    current = settings({ selfHosted: [{ origin: 'https://ai.example.net', kind: 'openwebui' }] });
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove https://ai.example.net' }));
    await waitFor(() => expect(calls('page:settings-set')).toEqual([{ selfHosted: [] }]));
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://ai.example.net/*'] });
    await screen.findByText('No self-hosted addresses yet.');
  });

  it('checkOrigin: origins only, https (http on a local network), no duplicates', () => {
    expect(checkOrigin(' https://Chat.Example.org ', [])).toEqual({ ok: true, origin: 'https://chat.example.org' });
    expect(checkOrigin('https://chat.example.org:8443/', [])).toEqual({ ok: true, origin: 'https://chat.example.org:8443' });
    expect(checkOrigin('http://192.168.1.20:8080', [])).toEqual({ ok: true, origin: 'http://192.168.1.20:8080' });
    expect(checkOrigin('http://localhost:3000', [])).toMatchObject({ ok: true });
    expect(checkOrigin('http://chat.example.org', [])).toMatchObject({ ok: false, why: 'invalid' });
    expect(checkOrigin('ftp://x.org', [])).toMatchObject({ ok: false, why: 'invalid' });
    expect(checkOrigin('https://user:pw@x.org', [])).toMatchObject({ ok: false, why: 'invalid' });
    expect(checkOrigin('https://', [])).toMatchObject({ ok: false, why: 'invalid' });
    expect(checkOrigin('https://x.org/a?b', [])).toMatchObject({ ok: false, why: 'path', origin: 'https://x.org' });
    expect(checkOrigin('https://x.org/#h', [])).toMatchObject({ ok: false, why: 'path' });
    expect(checkOrigin('https://x.org', [{ origin: 'https://x.org', kind: 'openwebui' }])).toMatchObject({ ok: false, why: 'duplicate' });
  });
});

describe('data', () => {
  it('exports JSON and CSV as downloads', async () => {
    handlers['page:export'] = (b) => ({ filename: `hangup-2026-01-01.${b.format}`, mime: b.format === 'csv' ? 'text/csv' : 'application/json', text: 'x' });
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => { created.push(b); return 'blob:x'; }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { clicked.push(this.download); };
    try {
      render(<Options />);
      fireEvent.click(await screen.findByRole('button', { name: 'Export JSON' }));
      await screen.findByText('Exported hangup-2026-01-01.json.');
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await screen.findByText('Exported hangup-2026-01-01.csv.');
    } finally { HTMLAnchorElement.prototype.click = orig; }
    expect(clicked).toEqual(['hangup-2026-01-01.json', 'hangup-2026-01-01.csv']);
    expect(created.map((b) => b.type)).toEqual(['application/json', 'text/csv']);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('imports a file and reports what changed', async () => {
    handlers['page:import'] = () => ({ added: 3, updated: 1, kept: 2 });
    render(<Options />);
    const input = await screen.findByLabelText('Import a Hangup JSON export');
    const file = new File(['{"format":"hangup-export"}'], 'x.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText('Imported: 3 added, 1 updated, 2 kept.');
    expect(calls('page:import')).toEqual([{ text: '{"format":"hangup-export"}' }]);
  });

  it('shows why a bad file was refused, and that nothing changed', async () => {
    handlers['page:import'] = () => { throw new Error('Nothing was imported: records[4].site must be one of …'); };
    render(<Options />);
    const input = await screen.findByLabelText('Import a Hangup JSON export');
    fireEvent.change(input, { target: { files: [new File(['{}'], 'bad.json')] } });
    const alert = await screen.findByText(/nothing changed/);
    expect(alert.textContent).toContain('records[4].site');
    expect(alert.closest('[role="alert"]')).not.toBeNull();
  });

  it('wipes only after a confirmation that takes focus', async () => {
    handlers['page:wipe'] = () => ({ wiped: true });
    render(<Options />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all data…' }));
    const dlg = await screen.findByRole('alertdialog');
    await waitFor(() => expect(document.activeElement).toBe(within(dlg).getByRole('button', { name: 'Cancel' })));
    fireEvent.keyDown(dlg, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls('page:wipe')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete everything' }));
    await screen.findByText('All Hangup data was deleted.');
    expect(calls('page:wipe')).toEqual([{ confirm: 'wipe' }]);
  });
});
