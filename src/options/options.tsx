// Options: policy sensitivity, sites on and off, self-hosted origins, reopening, retention,
// export / import / wipe, and feedback counts per reason.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { ask, onThreadChanged } from '../shared/pages-api';
import { coalesce } from '../shared/coalesce';
import { SITE_IDS, type Preset, type ReasonStats, type SelfHostedKind, type Settings, type SiteId } from '../shared/types';
import { t, type MessageKey } from '../shared/i18n';
import { reasonCodeLabel, siteLabel } from '../shared/format';
import { Dialog } from '../popup/dialog';
import { LiveRegion, useAnnouncer } from '../popup/live';
import { checkOrigin } from './origin';
import { ManagedNotice, ManagedBadge, isManaged, optionsHidden } from './parts/managed-notice';
import { SyncSection } from './parts/sync-section';
import { ResearchSection } from './parts/research-section';
import { saveFile } from './parts/download';
import { AboutSection } from './parts/about-section';
import type { ManagedFlags } from '../shared/types';

/** A group of controls an administrator may fix: disabled (with a badge) when managed. */
function Managed({ on, children }: { on: boolean; children: preact.ComponentChildren }) {
  return <fieldset class="managed-wrap" disabled={on} data-managed={on ? 'true' : undefined}><ManagedBadge show={on} />{children}</fieldset>;
}

const errText = (e: unknown) => String((e as Error)?.message ?? e);
const managedOf = (s: Settings): ManagedFlags | undefined => (s as Settings & { managed?: ManagedFlags }).managed;

const PRESETS: { id: Preset; label: MessageKey; help: MessageKey }[] = [
  { id: 'conservative', label: 'presetConservative', help: 'presetConservativeHelp' },
  { id: 'standard', label: 'presetStandard', help: 'presetStandardHelp' },
  { id: 'strict', label: 'presetStrict', help: 'presetStrictHelp' },
];
const KINDS: { id: SelfHostedKind; label: MessageKey }[] = [
  { id: 'openwebui', label: 'kindOpenwebui' }, { id: 'librechat', label: 'kindLibrechat' }, { id: 'huggingchat', label: 'kindHuggingchat' },
];
const kindLabel = (k: SelfHostedKind) => t(KINDS.find((x) => x.id === k)?.label ?? 'kindOpenwebui');

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [stats, setStats] = useState<ReasonStats[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { say, message } = useAnnouncer();

  const load = useCallback(async () => {
    try {
      const [settings, st] = await Promise.all([ask('page:settings-get', {}), ask('page:stats', {})]);
      setS(settings); setStats(st); setLoadError(null);
    } catch (e) { setLoadError(errText(e)); }
  }, []);
  useEffect(() => { void load(); const reload = coalesce(load); return onThreadChanged(() => void reload()); }, [load]);

  /** A result the user should see and hear. */
  const done = (msg: string) => { setError(null); setNotice(msg); say(msg); };
  const fail = (msg: string) => { setNotice(null); setError(msg); };

  const save = async (patch: Parameters<typeof ask<'page:settings-set'>>[1], msg = t('saved')) => {
    try { setS(await ask('page:settings-set', patch)); done(msg); return true; } catch (e) { fail(t('errorPrefix', errText(e))); return false; }
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <LiveRegion message={message} />
      {loadError && <div class="error-box" role="alert"><p class="error">{t('loadFailed', loadError)}</p>
        <button type="button" onClick={() => void load()}>{t('popupRetry')}</button></div>}
      {s && <ManagedNotice managed={managedOf(s)} />}
      {s && !optionsHidden(managedOf(s)) && <>
        <Managed on={isManaged(managedOf(s), 'preset')}><PolicySection s={s} save={save} /></Managed>
        <Managed on={isManaged(managedOf(s), 'disabledSites')}><SitesSection s={s} save={save} /></Managed>
        <SelfHostedSection s={s} save={save} done={done} fail={fail} />
        <Managed on={isManaged(managedOf(s), 'allowReopen')}><ReopenSection s={s} save={save} /></Managed>
        <BranchSection s={s} save={save} />
        <RetentionSection key={s.retentionDays} s={s} save={save} />
        <SyncSection />
      </>}
      {s && optionsHidden(managedOf(s)) && <SyncSection locked />}
      <DataSection done={done} fail={fail} onChanged={() => void load()} />
      <ResearchSection onDone={done} onError={fail} />
      <StatsSection stats={stats} />
      <AboutSection />
      {/* Results stay in view wherever the page is scrolled to. */}
      <div class="toast-area">
        {error && <div class="error-box toast" role="alert" data-error>
          <p class="error">{error}</p>
          <button type="button" onClick={() => setError(null)}>{t('close')}</button>
        </div>}
        {notice && <div class="toast" data-notice>{notice}</div>}
      </div>
    </>
  );
}

type Save = (patch: Parameters<typeof ask<'page:settings-set'>>[1], msg?: string) => Promise<boolean>;

function PolicySection({ s, save }: { s: Settings; save: Save }) {
  return (
    <section aria-labelledby="policy-h">
      <h2 id="policy-h">{t('optPolicyH')}</h2>
      <p class="help" id="policy-help">{t('optPolicyHelp')}</p>
      <fieldset class="plain" aria-labelledby="policy-h" aria-describedby="policy-help">
        {PRESETS.map((p) => (
          <div class="choice" key={p.id}>
            <input type="radio" id={`preset-${p.id}`} name="preset" value={p.id} checked={s.preset === p.id}
              aria-describedby={`preset-${p.id}-help`} onChange={() => void save({ preset: p.id })} />
            <label for={`preset-${p.id}`}>{t(p.label)}</label>
            <p class="help" id={`preset-${p.id}-help`}>{t(p.help)}</p>
          </div>))}
      </fieldset>
    </section>
  );
}

function SitesSection({ s, save }: { s: Settings; save: Save }) {
  const toggle = (site: SiteId, on: boolean) => {
    const off = new Set(s.disabledSites);
    if (on) off.delete(site); else off.add(site);
    void save({ disabledSites: SITE_IDS.filter((x) => off.has(x)) });
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('optSitesH')}</h2>
      <p class="help" id="sites-help">{t('optSitesHelp')}</p>
      <fieldset class="sites" aria-labelledby="sites-h" aria-describedby="sites-help">
        {SITE_IDS.map((site) => (
          <label class="inline" key={site}>
            <input type="checkbox" data-site={site} checked={!s.disabledSites.includes(site)}
              onChange={(e) => toggle(site, (e.target as HTMLInputElement).checked)} />
            {siteLabel(site)}
          </label>))}
      </fieldset>
    </section>
  );
}

function SelfHostedSection({ s, save, done, fail }: { s: Settings; save: Save; done: (m: string) => void; fail: (m: string) => void }) {
  const [origin, setOrigin] = useState('');
  const [kind, setKind] = useState<SelfHostedKind>('openwebui');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const c = checkOrigin(origin, s.selfHosted);
    if (!c.ok) {
      setFieldError(c.why === 'invalid' ? t('originInvalid') : c.why === 'path' ? t('originHasPath', c.origin ?? '') : t('originDuplicate', c.origin ?? ''));
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    // Asked straight from the click (a user gesture): no await before this call.
    let asked: Promise<boolean>;
    try { asked = browser.permissions.request({ origins: [`${c.origin}/*`] }); } catch (err) { asked = Promise.reject(err); }
    asked.then(async (granted) => {
      if (!granted) { fail(t('permDenied', c.origin)); return; }
      if (await save({ selfHosted: [...s.selfHosted, { origin: c.origin, kind }] }, t('originAdded', c.origin))) setOrigin('');
    }, (err) => fail(t('permError', errText(err))));
  };
  const remove = async (o: string) => {
    try { await browser.permissions.remove({ origins: [`${o}/*`] }); } catch { /* not granted any more: remove it anyway */ }
    if (await save({ selfHosted: s.selfHosted.filter((x) => x.origin !== o) }, t('originRemoved', o))) {
      setTimeout(() => inputRef.current?.focus(), 0);
    }
  };
  return (
    <section aria-labelledby="self-h">
      <h2 id="self-h">{t('optSelfH')}</h2>
      <p class="help">{t('optSelfHelp')}</p>
      {s.selfHosted.length === 0 ? <p class="muted">{t('optSelfNone')}</p>
        : <ul class="origins" aria-labelledby="self-h">
          {s.selfHosted.map((o) => (
            <li key={o.origin} data-origin={o.origin}>
              <span><strong>{o.origin}</strong> · {kindLabel(o.kind)}</span>
              <button type="button" aria-label={t('optRemoveLabel', o.origin)} onClick={() => void remove(o.origin)}>{t('optRemove')}</button>
            </li>))}
        </ul>}
      <form class="add-origin" onSubmit={add} noValidate>
        <label for="origin-input"><span>{t('optOrigin')}</span>
          <input id="origin-input" ref={inputRef} type="url" value={origin} placeholder="https://chat.example.org"
            aria-describedby="origin-hint origin-error" aria-invalid={fieldError ? 'true' : undefined}
            onInput={(e) => { setOrigin((e.target as HTMLInputElement).value); setFieldError(null); }} />
        </label>
        <label for="kind-select"><span>{t('optKind')}</span>
          <select id="kind-select" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as SelfHostedKind)}>
            {KINDS.map((k) => <option key={k.id} value={k.id}>{t(k.label)}</option>)}
          </select>
        </label>
        <button type="submit" data-action="add-origin">{t('optAdd')}</button>
      </form>
      <p class="help" id="origin-hint">{t('optOriginHint')}</p>
      <p id="origin-error" class="field-error" role="alert">{fieldError ?? ''}</p>
    </section>
  );
}

function ReopenSection({ s, save }: { s: Settings; save: Save }) {
  return (
    <section aria-labelledby="reopen-h">
      <h2 id="reopen-h">{t('optReopenH')}</h2>
      <label class="inline"><input type="checkbox" id="allow-reopen" checked={s.allowReopen} aria-describedby="reopen-help"
        onChange={(e) => void save({ allowReopen: (e.target as HTMLInputElement).checked })} />{t('optReopen')}</label>
      <p class="help" id="reopen-help">{t('optReopenHelp')}</p>
    </section>
  );
}

function BranchSection({ s, save }: { s: Settings; save: Save }) {
  return (
    <section aria-labelledby="branch-h">
      <h2 id="branch-h">{t('optBranchH')}</h2>
      <label class="inline"><input type="checkbox" id="branch-always" checked={s.branchControls === 'always'} aria-describedby="branch-help"
        onChange={(e) => void save({ branchControls: (e.target as HTMLInputElement).checked ? 'always' : 'hover' })} />{t('optBranchAlways')}</label>
      <p class="help" id="branch-help">{t('optBranchHelp')}</p>
    </section>
  );
}

function RetentionSection({ s, save }: { s: Settings; save: Save }) {
  const [days, setDays] = useState(String(s.retentionDays));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const n = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || !Number.isInteger(n) || n < 0 || n > 36_500) { setFieldError(t('optRetentionInvalid')); return; }
    setFieldError(null);
    void save({ retentionDays: n });
  };
  return (
    <section aria-labelledby="retention-h">
      <h2 id="retention-h">{t('optRetentionH')}</h2>
      <form class="row" onSubmit={submit} noValidate>
        <label for="retention-days">{t('optRetention')}</label>
        <input id="retention-days" type="text" inputMode="numeric" autoComplete="off" value={days} class="narrow"
          aria-describedby="retention-help retention-error" aria-invalid={fieldError ? 'true' : undefined}
          onInput={(e) => { setDays((e.target as HTMLInputElement).value); setFieldError(null); }} />
        <button type="submit">{t('save')}</button>
      </form>
      <p class="help" id="retention-help">{t('optRetentionHelp')}</p>
      <p id="retention-error" class="field-error" role="alert">{fieldError ?? ''}</p>
    </section>
  );
}

function DataSection({ done, fail, onChanged }: { done: (m: string) => void; fail: (m: string) => void; onChanged: () => void }) {
  const [wiping, setWiping] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const exportAs = async (format: 'json' | 'csv') => {
    try {
      const f = await ask('page:export', { format });
      saveFile(f.filename, f.mime, f.text);
      done(t('exported', f.filename));
    } catch (e) { fail(t('errorPrefix', errText(e))); }
  };
  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    done(t('importing'));
    let text: string;
    try { text = await file.text(); } catch (err) { fail(t('importReadFailed', errText(err))); setBusy(false); input.value = ''; return; }
    // A large file takes seconds to import; Firefox suspends an idle event page even while it
    // answers a message, so keep it awake with a cheap request until the import is done.
    const keepAwake = setInterval(() => { ask('page:settings-get', {}).catch(() => {}); }, 1000);
    try {
      const r = await ask('page:import', { text });
      done(t('imported', String(r.added), String(r.updated), String(r.kept)));
      onChanged();
    } catch (err) { fail(t('importFailed', errText(err))); }
    clearInterval(keepAwake);
    setBusy(false);
    input.value = '';
  };
  const wipe = async () => {
    try {
      await ask('page:wipe', { confirm: 'wipe' });
      setWiping(false);
      done(t('wiped'));
      onChanged();
    } catch (err) { setWiping(false); fail(t('errorPrefix', errText(err))); }
  };
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('optDataH')}</h2>
      <p class="help">{t('optDataHelp')}</p>
      <div class="row">
        <button type="button" data-action="export-json" onClick={() => void exportAs('json')}>{t('exportJson')}</button>
        <button type="button" data-action="export-csv" onClick={() => void exportAs('csv')}>{t('exportCsv')}</button>
      </div>
      <label class="file-label" for="import-file">{t('optImport')}
        <input id="import-file" ref={fileRef} type="file" accept=".json,application/json" disabled={busy}
          aria-describedby="import-help" onChange={(e) => void importFile(e)} />
      </label>
      <p class="help" id="import-help">{t('optImportHelp')}</p>
      {!wiping
        ? <div class="row"><button type="button" class="primary" data-action="wipe" onClick={() => setWiping(true)}>{t('wipe')}</button></div>
        : <Dialog role="alertdialog" labelledBy="wipe-t" describedBy="wipe-b" onCancel={() => setWiping(false)} initialFocus="button[data-action='cancel']">
          <strong id="wipe-t">{t('wipeTitle')}</strong>
          <p id="wipe-b">{t('wipeBody')}</p>
          <div class="row">
            <button type="button" data-action="cancel" onClick={() => setWiping(false)}>{t('cancel')}</button>
            <button type="button" class="primary" data-action="confirm-wipe" onClick={() => void wipe()}>{t('wipeConfirm')}</button>
          </div>
        </Dialog>}
    </section>
  );
}

function StatsSection({ stats }: { stats: ReasonStats[] | null }) {
  return (
    <section aria-labelledby="stats-h">
      <h2 id="stats-h">{t('optStatsH')}</h2>
      <p class="help">{t('optStatsHelp')}</p>
      {stats === null ? <p class="muted">{t('popupLoading')}</p>
        : stats.length === 0 ? <p class="muted">{t('statsNone')}</p>
          : <table class="stats" aria-labelledby="stats-h">
            <thead><tr><th scope="col">{t('statsReason')}</th><th scope="col" class="num">{t('statsEndings')}</th>
              <th scope="col" class="num">{t('statsRight')}</th><th scope="col" class="num">{t('statsUnexpected')}</th></tr></thead>
            <tbody>{stats.map((r) => (
              <tr key={r.code} data-code={r.code}><th scope="row">{reasonCodeLabel(r.code)}</th><td class="num">{r.endings}</td>
                <td class="num">{r.right}</td><td class="num">{r.unexpected}</td></tr>))}</tbody>
          </table>}
    </section>
  );
}
