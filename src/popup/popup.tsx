// The popup: this tab's thread on top (state, End this chat), then the ended threads.
import { useEffect, useState, useCallback } from 'preact/hooks';
import { browser } from '../shared/browser';
import { ask, onThreadChanged } from '../shared/pages-api';
import type { TabThreadReply } from '../shared/protocol';
import type { ThreadRecord } from '../shared/types';
import { t } from '../shared/i18n';
import { SITE_LABELS, endedByLabel, when } from '../shared/format';

async function activeTabId(): Promise<number | null> {
  // Tests open the popup in a tab and name the tab it is about with ?tab=<id>.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [current, setCurrent] = useState<TabThreadReply | null>(null);
  const [ended, setEnded] = useState<ThreadRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(async () => {
    try {
      const id = await activeTabId();
      setTabId(id);
      const [cur, list] = await Promise.all([
        id === null ? Promise.resolve({ supported: false, record: null }) : ask('page:tab-thread', { tabId: id }),
        ask('page:list', { limit: 200 }),
      ]);
      setCurrent(cur); setEnded(list.records); setError(null);
    } catch (e) { setError(String((e as Error).message ?? e)); }
  }, []);

  useEffect(() => { void load(); return onThreadChanged(() => void load()); }, [load]);

  const endTab = async () => {
    if (tabId === null) return;
    try { await ask('page:end-tab', { tabId }); setConfirming(false); await load(); } catch (e) { setError(String((e as Error).message)); }
  };
  const open = (rec: ThreadRecord) => { void browser.tabs.create({ url: rec.url }); };

  return (
    <>
      <h1>Hangup</h1>
      {error && <p class="error" role="alert">{t('popupError', error)}</p>}
      <section class="current" aria-labelledby="cur-h">
        <h2 id="cur-h">{t('popupCurrent')}</h2>
        {!current ? <p class="muted">…</p>
          : !current.key ? <p class="muted">{t('popupNoThread')}</p>
            : current.record?.status === 'ended'
              ? <p><span class="state-ended">{t('popupEnded')}</span> · {SITE_LABELS[current.site ?? ''] ?? current.site} · {endedByLabel(current.record.endedBy)}</p>
              : <>
                <p><span class="state-active">{t('popupActive')}</span> · {SITE_LABELS[current.site ?? ''] ?? current.site}</p>
                {!confirming
                  ? <button type="button" class="primary" onClick={() => setConfirming(true)}>{t('endThisChat')}</button>
                  : <div role="alertdialog" aria-labelledby="pc-t" aria-describedby="pc-b">
                    <strong id="pc-t">{t('confirmTitle')}</strong>
                    <p id="pc-b" class="muted">{t('confirmBody')}</p>
                    <div class="row">
                      <button type="button" onClick={() => setConfirming(false)} autoFocus>{t('cancel')}</button>
                      <button type="button" class="primary" onClick={endTab}>{t('endChat')}</button>
                    </div>
                  </div>}
              </>}
      </section>
      <h2 id="list-h">{t('popupEndedList')}</h2>
      {ended === null ? <p class="muted">…</p>
        : ended.length === 0 ? <p class="muted">{t('popupEmpty')}</p>
          : <ul class="threads" aria-labelledby="list-h">
            {ended.map((r) => (
              <li key={r.key} data-key={r.key}>
                <span class="title">{r.title || r.threadId}</span>
                <span class="meta">{SITE_LABELS[r.site] ?? r.site} · {when(r.endedAt)} · {endedByLabel(r.endedBy)}</span>
                <button type="button" onClick={() => open(r)} aria-label={`${t('popupOpen')}: ${r.title || r.threadId}`}>{t('popupOpen')}</button>
              </li>))}
          </ul>}
    </>
  );
}
