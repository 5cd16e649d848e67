// Toolbar badge for each tab: empty on ordinary pages and on live threads, a mark when the tab's
// thread has ended, another while the policy's warning is on screen; the tooltip says it in words.
// The pure part (state → view) is apart from the browser.action calls so that it can be tested.
import { t } from '../shared/i18n';
import type { UrlThread } from '../shared/urls';
import { threadKey } from '../shared/types';

export type BadgeState = 'none' | 'ended' | 'warning';
export interface BadgeView { text: string; color: string; title: string }

/** An ending outranks a warning: once ended, the warning no longer matters. */
export function badgeState(thread: { ended: boolean; warning: boolean } | null): BadgeState {
  if (!thread) return 'none';
  return thread.ended ? 'ended' : thread.warning ? 'warning' : 'none';
}

// Marks are Latin-1 characters every platform font has (emoji render unevenly in badges).
// The colours hold white text at a contrast above 4.5:1.
export function badgeView(state: BadgeState): BadgeView {
  switch (state) {
    case 'ended': return { text: '\u00d7', color: '#b3261e', title: t('badgeEnded') };
    case 'warning': return { text: '!', color: '#8a4b00', title: t('badgeWarning') };
    default: return { text: '', color: '#5f6368', title: t('appName') };
  }
}

/** The slice of browser.action the badge uses (Chrome's and Firefox's MV3 `action`). */
export interface ActionApi {
  setBadgeText(d: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(d: { tabId: number; color: string }): Promise<void>;
  setTitle(d: { tabId: number; title: string }): Promise<void>;
}

export interface BadgeDeps {
  action: ActionApi;
  /** The thread a URL shows, or null when it is no chat thread (the background's URL rules). */
  threadOf(url: string): UrlThread | null;
  isEnded(key: string): Promise<boolean>;
  /** Whether the policy's warning is active on that thread (owned by the background's policy state). */
  warningActive(key: string): Promise<boolean>;
  /** Every open tab with its URL (the URL is known only where Hangup has host permission). */
  tabs(): Promise<{ id?: number; url?: string }[]>;
}

export function createBadge(deps: BadgeDeps) {
  // A tab that navigates twice quickly must end with the later page's badge: only the newest
  // update of each tab is applied.
  const latest = new Map<number, number>();
  let seq = 0;

  async function stateFor(url: string | undefined): Promise<BadgeState> {
    const th = url ? deps.threadOf(url) : null;
    if (!th?.threadId) return 'none';
    const key = threadKey(th.site, th.threadId);
    const [ended, warning] = await Promise.all([
      deps.isEnded(key).catch(() => false),
      deps.warningActive(key).catch(() => false),
    ]);
    return badgeState({ ended, warning });
  }

  async function apply(tabId: number, view: BadgeView): Promise<void> {
    const { action } = deps;
    await Promise.all([
      action.setBadgeText({ tabId, text: view.text }),
      view.text ? action.setBadgeBackgroundColor({ tabId, color: view.color }) : undefined,
      view.text ? action.setBadgeTextColor?.({ tabId, color: '#ffffff' }) : undefined,
      action.setTitle({ tabId, title: view.title }),
    ]).catch(() => { /* the tab closed meanwhile */ });
  }

  async function updateTab(tabId: number, url: string | undefined): Promise<BadgeState> {
    const mine = ++seq;
    latest.set(tabId, mine);
    const state = await stateFor(url);
    if (latest.get(tabId) === mine) await apply(tabId, badgeView(state));
    return state;
  }

  return {
    updateTab,
    /** Every tab showing this thread (after an ending, a reopening, a warning). */
    async updateThread(key: string): Promise<void> {
      const tabs = await deps.tabs();
      await Promise.all(tabs.map((tab) => {
        if (tab.id === undefined || !tab.url) return undefined;
        const th = deps.threadOf(tab.url);
        return th?.threadId && threadKey(th.site, th.threadId) === key ? updateTab(tab.id, tab.url) : undefined;
      }));
    },
    /** Every tab (after an import, a wipe, a sync merge). */
    async updateAll(): Promise<void> {
      const tabs = await deps.tabs();
      await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : updateTab(tab.id, tab.url))));
    },
    forget(tabId: number): void { latest.delete(tabId); },
  };
}
