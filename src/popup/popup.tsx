// The popup: this tab's thread on top (state, End this chat, undo, feedback), then the ended
// threads (search, filters, sort, virtualised list).
import { useEffect, useState, useCallback } from 'preact/hooks';
import { browser } from '../shared/browser';
import { ask, onThreadChanged } from '../shared/pages-api';
import type { TabThreadReply } from '../shared/protocol';
import type { ThreadRecord } from '../shared/types';
import { t } from '../shared/i18n';
import { CurrentTab } from './current';
import { EndedList } from './ended-list';
import { LiveRegion, useAnnouncer } from './live';

async function activeTabId(): Promise<number | null> {
  // Tests open the popup in a tab and name the tab it is about with ?tab=<id>.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const errText = (e: unknown) => String((e as Error)?.message ?? e);
/** Only web pages are opened from a record (an imported file could name any URL). */
const openable = (url: string) => /^https?:\/\//i.test(url);

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [current, setCurrent] = useState<TabThreadReply | null>(null);
  const [allowReopen, setAllowReopen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const { say, message } = useAnnouncer();

  const loadCurrent = useCallback(async () => {
    try {
      const id = await activeTabId();
      setTabId(id);
      const [cur, settings] = await Promise.all([
        id === null ? Promise.resolve<TabThreadReply>({ supported: false, record: null }) : ask('page:tab-thread', { tabId: id }),
        ask('page:settings-get', {}),
      ]);
      setCurrent(cur);
      setAllowReopen(settings.allowReopen);
    } catch (e) { setError(t('popupError', errText(e))); }
  }, []);

  useEffect(() => {
    void loadCurrent();
    return onThreadChanged(() => { void loadCurrent(); setRefresh((n) => n + 1); });
  }, [loadCurrent]);

  const onChanged = (rec: ThreadRecord | null) => {
    setCurrent((c) => (c ? { ...c, record: rec } : c));
    setRefresh((n) => n + 1);
  };

  const open = async (rec: ThreadRecord) => {
    if (!openable(rec.url)) { setError(t('errorPrefix', rec.url.slice(0, 80))); return; }
    try {
      if (tabId !== null && current?.key === rec.key) await browser.tabs.update(tabId, { active: true });
      else await browser.tabs.create({ url: rec.url });
    } catch (e) { setError(t('errorPrefix', errText(e))); }
  };

  const openOptions = (e: Event) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  };

  return (
    <>
      <header class="top">
        <h1>{t('appName')}</h1>
        <a href="options.html" target="_blank" rel="noopener" onClick={openOptions}>{t('popupSettings')}</a>
      </header>
      {error && <div class="error-box" role="alert">
        <p class="error">{error}</p>
        <div class="row">
          <button type="button" onClick={() => { setError(null); void loadCurrent(); setRefresh((n) => n + 1); }}>{t('popupRetry')}</button>
          <button type="button" onClick={() => setError(null)}>{t('close')}</button>
        </div>
      </div>}
      <CurrentTab tabId={tabId} current={current} allowReopen={allowReopen} say={say}
        onError={(m) => setError(m)} onChanged={onChanged} />
      <EndedList refreshSignal={refresh} say={say} onOpen={(r) => void open(r)} />
      <LiveRegion message={message} />
    </>
  );
}
