// What to show when the browser installs or updates Hangup. The first-run page opens on a fresh
// install only, and once: a browser that reports "install" again for the same profile (Chromium
// does for an unpacked extension each time it starts) finds the mark left in storage.local and
// opens nothing. Uninstalling clears storage.local, so a real reinstall shows the page again.
// An update — even one whose stored data changed schema — shows nothing: the store migrates every
// record by itself, and nothing yet needs the user to act. Should a future update need that, it
// returns its page here rather than opening the first-run page again.
export interface InstallDetails { reason: string; previousVersion?: string; temporary?: boolean }

export const WELCOME_PAGE = 'welcome.html';
export const SHOWN_KEY = 'hangup.firstRunShown';

export function pageOnInstalled(details: InstallDetails, alreadyShown: boolean): string | null {
  return details.reason === 'install' && !alreadyShown ? WELCOME_PAGE : null;
}

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Decide, remember, and return the page to open (if any). */
export async function firstRunPage(details: InstallDetails, local: LocalArea): Promise<string | null> {
  const shown = await local.get(SHOWN_KEY).then((r) => r[SHOWN_KEY] !== undefined, () => false);
  const page = pageOnInstalled(details, shown);
  if (page) await local.set({ [SHOWN_KEY]: details.previousVersion ?? 'install' }).catch(() => {});
  return page;
}
