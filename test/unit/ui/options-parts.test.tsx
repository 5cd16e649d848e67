// @vitest-environment happy-dom
// The options parts for issue 8: sync section, managed notice, research chart. `ask` is mocked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';

const { ask } = vi.hoisted(() => ({ ask: vi.fn() }));
vi.mock('../../../src/shared/pages-api', () => ({ ask, onThreadChanged: vi.fn(() => () => {}) }));

import { SyncSection } from '../../../src/options/parts/sync-section';
import { ManagedNotice, isManaged } from '../../../src/options/parts/managed-notice';
import { ResearchChart } from '../../../src/options/parts/research-section';
import { chartBuckets } from '../../../src/shared/research';

afterEach(() => { cleanup(); ask.mockReset(); });

describe('SyncSection', () => {
  it('turns sync on and shows usage', async () => {
    let on = false;
    ask.mockImplementation(async (type: string, body: { enabled?: boolean }) => {
      if (type === 'page:sync-set') on = !!body.enabled;
      return { enabled: on, items: on ? 3 : 0, bytes: on ? 1234 : 0, entries: 2, lastSync: on ? Date.now() : null };
    });
    render(<SyncSection />);
    const box = await screen.findByRole('checkbox', { name: 'Sync ended chats' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(box);
    await waitFor(() => expect(ask).toHaveBeenCalledWith('page:sync-set', { enabled: true }));
    expect(await screen.findByText(/3 items, 1234 bytes/)).toBeTruthy();
  });
  it('says when sync has degraded to local only', async () => {
    ask.mockResolvedValue({ enabled: true, items: 12, bytes: 92000, entries: 900, lastSync: null, degraded: 'quota-bytes' });
    render(<SyncSection />);
    expect((await screen.findByRole('status')).textContent).toMatch(/no longer fit.*this device only/);
  });
});

describe('ManagedNotice', () => {
  it('lists the managed settings; nothing when none', () => {
    const { container } = render(<ManagedNotice managed={{}} />);
    expect(container.textContent).toBe('');
    render(<ManagedNotice managed={{ preset: true, allowReopen: true }} />);
    expect(screen.getByRole('note').textContent).toMatch(/policy sensitivity, reopening ended chats/);
    expect(isManaged({ hideOptions: true }, 'preset')).toBe(true);
    expect(isManaged({ allowReopen: true }, 'preset')).toBe(false);
  });
});

describe('ResearchChart', () => {
  it('draws bars per day with an accessible summary', () => {
    const rows = [{ day: '2026-03-01', endedBy: 'policy' as const, feedback: 'right' as const }, { day: '2026-03-03', endedBy: 'user' as const, feedback: null }];
    const { container } = render(<ResearchChart buckets={chartBuckets(rows)} />);
    expect(container.querySelectorAll('g[data-day]').length).toBe(3);
    expect(container.querySelectorAll('rect').length).toBe(3); // policy, right, user
    expect(container.querySelector('desc')?.textContent).toMatch(/2 endings from 2026-03-01 to 2026-03-03: 1 by you, 1 by Hangup's policy/);
  });
});
