// Options: sync through the browser's storage.sync — on/off, usage, and a notice when sync has
// degraded to local only (quota or write limit). Self-contained: it asks the background itself.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask, onThreadChanged } from '../../shared/pages-api';
import type { SyncStatusReply } from '../../shared/protocol';
import { t, type MessageKey } from '../../shared/i18n';
import { when } from '../../shared/format';

const DEGRADED: Record<NonNullable<SyncStatusReply['degraded']>, MessageKey> = {
  'quota-bytes': 'syncDegradedBytes', 'quota-item-size': 'syncDegradedBytes', 'quota-items': 'syncDegradedItems',
  'write-rate': 'syncDegradedRate', error: 'syncDegradedError',
};

export function SyncSection({ locked = false }: { locked?: boolean }) {
  const [st, setSt] = useState<SyncStatusReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    try { setSt(await ask('page:sync-status', {})); setError(null); } catch (e) { setError(String((e as Error)?.message ?? e)); }
  }, []);
  useEffect(() => {
    void load();
    const off = onThreadChanged(() => void load());
    const timer = setInterval(() => void load(), 5000); // sync runs in the background after a short delay
    return () => { off(); clearInterval(timer); };
  }, [load]);
  const toggle = async (on: boolean) => {
    setBusy(true);
    try { setSt(await ask('page:sync-set', { enabled: on })); setError(null); } catch (e) { setError(t('errorPrefix', String((e as Error)?.message ?? e))); }
    setBusy(false);
  };
  return (
    <section aria-labelledby="sync-h" data-section="sync">
      <h2 id="sync-h">{t('syncH')}</h2>
      <p class="help" id="sync-help">{t('syncHelp')}</p>
      <label class="inline">
        <input type="checkbox" data-sync-toggle checked={!!st?.enabled} disabled={!st || busy || locked} aria-describedby="sync-help"
          onChange={(e) => void toggle((e.target as HTMLInputElement).checked)} />
        {t('syncToggle')}
      </label>
      {st?.enabled && <p class="help" data-sync-status>{t('syncStatus', String(st.items), String(st.bytes), st.lastSync ? when(st.lastSync) : t('syncNever'))}</p>}
      {st && !st.enabled && <p class="help">{t('syncOffNote')}</p>}
      {st?.degraded && <div class="error-box" role="status" data-sync-degraded={st.degraded}><p class="error">{t(DEGRADED[st.degraded])}</p></div>}
      {error && <div class="error-box" role="alert"><p class="error">{error}</p></div>}
    </section>
  );
}
