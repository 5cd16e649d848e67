// The ended-threads list: search, filters and sort go to the background's indexed `page:list`;
// rows are virtualised (fixed height, only the visible rows plus a few in the DOM) and fetched
// a page at a time by offset as the list scrolls, so 10,000 records stay smooth.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ENDED_BY, SITE_IDS, type EndedBy, type SiteId, type ThreadRecord } from '../shared/types';
import { ask } from '../shared/pages-api';
import { t } from '../shared/i18n';
import { endedByLabel, siteLabel, titleOf, when } from '../shared/format';
import { Dialog } from './dialog';
import { FeedbackDialog } from './feedback';

export const ROW_H = 76;
export const PAGE = 50;
const OVERSCAN = 4;
const FALLBACK_VIEWPORT = 304;
// No debounce: each keystroke asks at once, in the task of its input event (the background answers
// a search from memory in a few ms). Input events dispatched in one task (one paste, a test's burst)
// make one query. Replies to an older query are dropped by generation, so a fast typist never sees
// stale rows. (Kept, at 0, for the tests that read it.)
export const SEARCH_DEBOUNCE_MS = 0;

export interface ListQuery { search: string; site: SiteId | ''; endedBy: EndedBy | ''; sort: 'newest' | 'oldest' }
const EMPTY_QUERY: ListQuery = { search: '', site: '', endedBy: '', sort: 'newest' };

interface Props {
  /** Changes whenever the background says records changed: the visible pages are re-read. */
  refreshSignal: number;
  say: (msg: string) => void;
  onOpen: (rec: ThreadRecord) => void;
}

interface Lineage { branches?: number; parentTitle?: string }

const num = (n: number) => n.toLocaleString();

const byOptions: Record<EndedBy, 'popupByUserOpt' | 'popupByPolicyOpt' | 'popupBySiteOpt'> =
  { user: 'popupByUserOpt', policy: 'popupByPolicyOpt', site: 'popupBySiteOpt' };

export function EndedList({ refreshSignal, say, onOpen }: Props) {
  const [searchText, setSearchText] = useState('');
  const [query, setQuery] = useState<ListQuery>(EMPTY_QUERY);
  const [total, setTotal] = useState<number | null>(null);
  /** The query generation whose first reply has arrived (tests and aria-busy read it). */
  const [readyGen, setReadyGen] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [range, setRange] = useState({ first: 0, last: Math.ceil(FALLBACK_VIEWPORT / ROW_H) + OVERSCAN });
  const [, setVersion] = useState(0);
  const [dialog, setDialog] = useState<{ kind: 'feedback' | 'delete'; rec: ThreadRecord } | null>(null);
  const pages = useRef(new Map<number, ThreadRecord[]>());
  /** After a refresh, the previous pages stay on screen until the new ones arrive, so rows (and
   *  the focus inside them) are not torn down and rebuilt. Dropped when the query changes. */
  const stale = useRef(new Map<number, ThreadRecord[]>());
  const inflight = useRef(new Set<number>());
  const gen = useRef(0);
  const lineage = useRef(new Map<string, Lineage>());
  const scroller = useRef<HTMLDivElement>(null);
  const queryRef = useRef(query);
  queryRef.current = query;
  const deletedRef = useRef(false);
  const firstRenderMarked = useRef(false);
  const bump = () => setVersion((v) => v + 1);

  // Search: the newest text wins (see SEARCH_DEBOUNCE_MS). Not an effect: effects run after the
  // next frame, and each would add one before the request goes out.
  const typed = useRef<string | null>(null);
  const onSearchInput = (text: string) => {
    setSearchText(text);
    if (typed.current === null) {
      queueMicrotask(() => {
        const search = (typed.current ?? '').trim();
        typed.current = null;
        setQuery((q) => (q.search === search ? q : { ...q, search }));
      });
    }
    typed.current = text;
  };

  const fetchPage = useCallback(async (p: number, g: number, announce: boolean) => {
    if (inflight.current.has(p)) return;
    inflight.current.add(p);
    const q = queryRef.current;
    try {
      const reply = await ask('page:list', {
        ...(q.search ? { search: q.search } : {}), ...(q.site ? { site: q.site } : {}), ...(q.endedBy ? { endedBy: q.endedBy } : {}),
        sort: q.sort, offset: p * PAGE, limit: PAGE,
      });
      if (g !== gen.current) return;
      pages.current.set(p, reply.records);
      stale.current.delete(p);
      setTotal(reply.total);
      setReadyGen(g);
      setError(null);
      bump();
      if (announce) {
        const filtered = !!(q.search || q.site || q.endedBy);
        say(filtered ? t('popupMatches', num(reply.total)) : t('popupCount', num(reply.total)));
      }
    } catch (e) {
      if (g === gen.current) setError(String((e as Error)?.message ?? e));
    } finally {
      if (g === gen.current) inflight.current.delete(p);
    }
  }, [say]);

  const visibleRange = () => {
    const el = scroller.current;
    const vh = el?.clientHeight || FALLBACK_VIEWPORT;
    const top = el?.scrollTop ?? 0;
    const first = Math.max(0, Math.floor(top / ROW_H) - OVERSCAN);
    const last = Math.floor((top + vh) / ROW_H) + OVERSCAN;
    return { first, last };
  };

  const ensure = useCallback((first: number, last: number, announceFirst = false) => {
    const g = gen.current;
    for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) {
      if (!pages.current.has(p)) void fetchPage(p, g, announceFirst && p === Math.floor(first / PAGE));
    }
  }, [fetchPage]);

  const reset = (keepScroll: boolean, announce: boolean) => {
    gen.current++;
    stale.current = keepScroll ? new Map([...stale.current, ...pages.current]) : new Map();
    pages.current = new Map();
    inflight.current = new Set();
    if (!keepScroll && scroller.current) scroller.current.scrollTop = 0;
    const r = visibleRange();
    setRange(r);
    ensure(r.first, r.last, announce);
  };

  // A new query starts from the top; a refresh keeps the place in the list. The first page is asked
  // for after the first paint, as before; a changed query in a layout effect, so its request goes
  // out in the task that changed it rather than a frame later.
  const firstQuery = useRef(true);
  useEffect(() => {
    if (!firstQuery.current) return;
    firstQuery.current = false;
    reset(false, false);
  }, []);
  useLayoutEffect(() => {
    if (!firstQuery.current) reset(false, true);
  }, [query]);
  useEffect(() => {
    if (refreshSignal === 0) return;
    lineage.current = new Map();
    reset(true, false);
  }, [refreshSignal]);

  const onScroll = () => {
    const r = visibleRange();
    setRange((old) => (old.first === r.first && old.last === r.last ? old : r));
    ensure(r.first, r.last);
  };

  // Lineage (branch of / N branches) for the rows on screen, once scrolling settles.
  useEffect(() => {
    const h = setTimeout(() => {
      const want: ThreadRecord[] = [];
      for (let i = range.first; i <= range.last; i++) {
        const rec = pages.current.get(Math.floor(i / PAGE))?.[i % PAGE];
        if (rec && !lineage.current.has(rec.key)) want.push(rec);
      }
      if (!want.length) return;
      for (const rec of want) lineage.current.set(rec.key, {});
      void Promise.all(want.map(async (rec) => {
        const l: Lineage = {};
        try {
          l.branches = (await ask('page:branches', { key: rec.key })).length;
          if (rec.branchOf) {
            const parent = await ask('page:get', { key: rec.branchOf.key });
            l.parentTitle = parent ? titleOf(parent) : rec.branchOf.key.split(':').slice(1).join(':');
          }
        } catch { /* lineage is a nicety: the row still works */ }
        lineage.current.set(rec.key, l);
      })).then(bump);
    }, 150);
    return () => clearTimeout(h);
  }, [range.first, range.last, total, pages.current.size]);

  useLayoutEffect(() => {
    if (!firstRenderMarked.current && pages.current.has(0)) {
      firstRenderMarked.current = true;
      try { performance.mark('hangup-list-ready'); } catch { /* not measured */ }
    }
  });

  const update = (rec: ThreadRecord) => {
    for (const list of [...pages.current.values(), ...stale.current.values()]) {
      const i = list.findIndex((r) => r.key === rec.key);
      if (i >= 0) list[i] = rec;
    }
    bump();
  };
  const doDelete = async (rec: ThreadRecord) => {
    try {
      await ask('page:delete', { key: rec.key });
      deletedRef.current = true;
      lineage.current.delete(rec.key);
      gen.current++;
      pages.current = new Map();
      stale.current = new Map();
      inflight.current = new Set();
      const r = visibleRange();
      await Promise.all(Array.from({ length: Math.floor(r.last / PAGE) - Math.floor(r.first / PAGE) + 1 },
        (_, k) => fetchPage(Math.floor(r.first / PAGE) + k, gen.current, false)));
      setDialog(null);
      say(t('deleted'));
    } catch (e) {
      setDialog(null);
      setError(String((e as Error)?.message ?? e));
    }
  };

  const filtered = !!(query.search || query.site || query.endedBy);
  const clearAll = () => { setSearchText(''); setQuery({ ...EMPTY_QUERY, sort: query.sort }); };
  const count = total ?? 0;
  const rows = [];
  const last = Math.min(range.last, count - 1);
  const at = (i: number) => (pages.current.get(Math.floor(i / PAGE)) ?? stale.current.get(Math.floor(i / PAGE)))?.[i % PAGE];
  for (let i = range.first; i <= last; i++) {
    const rec = at(i);
    rows.push(rec
      ? <Row key={rec.key} rec={rec} index={i} total={count} lineage={lineage.current.get(rec.key)} onOpen={onOpen}
        onFeedback={() => setDialog({ kind: 'feedback', rec })} onDelete={() => { deletedRef.current = false; setDialog({ kind: 'delete', rec }); }} />
      : <li key={`loading-${i}`} class="thread loading" aria-posinset={i + 1} aria-setsize={count}><span class="muted">{t('popupLoading')}</span></li>);
  }

  return (
    <section class="ended" aria-labelledby="list-h">
      <h2 id="list-h">{t('popupEndedList')}</h2>
      <div class="toolbar" role="search">
        <label class="search">
          <span class="sr-only">{t('popupSearch')}</span>
          <input type="search" value={searchText} placeholder={t('popupSearchPlaceholder')} maxLength={200} data-control="search"
            onInput={(e) => onSearchInput((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => { if (e.key === 'Enter') setQuery((q) => ({ ...q, search: searchText.trim() })); }} />
        </label>
        <label>
          <span class="label">{t('popupFilterSite')}</span>
          <select value={query.site} data-control="site" onChange={(e) => setQuery((q) => ({ ...q, site: (e.target as HTMLSelectElement).value as SiteId | '' }))}>
            <option value="">{t('popupAllSites')}</option>
            {SITE_IDS.map((s) => <option key={s} value={s}>{siteLabel(s)}</option>)}
          </select>
        </label>
        <label>
          <span class="label">{t('popupFilterBy')}</span>
          <select value={query.endedBy} data-control="by" onChange={(e) => setQuery((q) => ({ ...q, endedBy: (e.target as HTMLSelectElement).value as EndedBy | '' }))}>
            <option value="">{t('popupByAnyone')}</option>
            {ENDED_BY.map((b) => <option key={b} value={b}>{t(byOptions[b])}</option>)}
          </select>
        </label>
        <label>
          <span class="label">{t('popupSort')}</span>
          <select value={query.sort} data-control="sort" onChange={(e) => setQuery((q) => ({ ...q, sort: (e.target as HTMLSelectElement).value as 'newest' | 'oldest' }))}>
            <option value="newest">{t('popupSortNewest')}</option>
            <option value="oldest">{t('popupSortOldest')}</option>
          </select>
        </label>
      </div>
      {error
        ? <div class="error-box" role="alert">
          <p class="error">{t('popupError', error)}</p>
          <button type="button" onClick={() => { setError(null); reset(true, true); }}>{t('popupRetry')}</button>
        </div>
        : total === null ? <p class="muted" aria-busy="true">{t('popupLoading')}</p>
          : total === 0
            ? (filtered
              ? <div class="empty"><p>{t('popupNoMatch')}</p><button type="button" onClick={clearAll}>{t('popupClearFilters')}</button></div>
              : <div class="empty"><p>{t('popupEmpty')}</p></div>)
            : <p class="count muted">{filtered ? t('popupMatches', num(total)) : t('popupCount', num(total))}</p>}
      <div ref={scroller} class="scroller" onScroll={onScroll} hidden={!total || !!error}
        data-total={total ?? ''} data-search={query.search} data-ready={String(readyGen === gen.current)}
        aria-busy={readyGen === gen.current ? undefined : 'true'}>
        <div class="spacer" style={{ height: `${count * ROW_H}px` }}>
          <ul class="threads" aria-label={t('popupEndedList')} style={{ transform: `translateY(${range.first * ROW_H}px)` }}>
            {rows}
          </ul>
        </div>
      </div>
      {dialog?.kind === 'feedback' && <FeedbackDialog rec={dialog.rec} onCancel={() => setDialog(null)}
        onSaved={(r) => { setDialog(null); update(r); say(t('feedbackSaved')); }} />}
      {dialog?.kind === 'delete' && (
        <Dialog modal role="alertdialog" labelledBy="del-t" describedBy="del-b" onCancel={() => setDialog(null)}
          initialFocus="button[data-action='cancel']" returnTo={() => (deletedRef.current ? scroller.current?.querySelector<HTMLElement>('button') ?? scroller.current : null)}>
          <h2 id="del-t" class="dialog-title">{t('deleteTitle')}</h2>
          <p class="muted clip">{titleOf(dialog.rec)}</p>
          <p id="del-b">{t('deleteBody')}</p>
          <div class="row end">
            <button type="button" data-action="cancel" onClick={() => setDialog(null)}>{t('cancel')}</button>
            <button type="button" class="primary" data-action="confirm-delete" onClick={() => void doDelete(dialog.rec)}>{t('deleteConfirm')}</button>
          </div>
        </Dialog>)}
    </section>
  );
}

interface RowProps {
  rec: ThreadRecord; index: number; total: number; lineage: Lineage | undefined;
  onOpen: (rec: ThreadRecord) => void; onFeedback: () => void; onDelete: () => void;
}

function Row({ rec, index, total, lineage, onOpen, onFeedback, onDelete }: RowProps) {
  const title = titleOf(rec);
  const lin: string[] = [];
  if (rec.branchOf) lin.push(t('popupBranchOf', lineage?.parentTitle ?? rec.branchOf.key.split(':').slice(1).join(':'), String(rec.branchOf.turn + 1)));
  if (lineage?.branches) lin.push(t('popupBranches', String(lineage.branches)));
  const rated = rec.feedback ? (rec.feedback.rating === 'right' ? t('popupRatedRight') : t('popupRatedUnexpected')) : '';
  return (
    <li class="thread" data-key={rec.key} aria-posinset={index + 1} aria-setsize={total}>
      <span class="title" title={title}>{title}</span>
      <span class="meta">{[siteLabel(rec.site), when(rec.endedAt), endedByLabel(rec.endedBy), rated].filter(Boolean).join(' · ')}</span>
      <span class="lineage" data-lineage>{lin.join(' · ')}</span>
      <span class="actions">
        <button type="button" data-action="open" aria-label={t('popupOpenLabel', title)} onClick={() => onOpen(rec)}>{t('popupOpen')}</button>
        <button type="button" data-action="feedback" aria-label={t('popupFeedbackOn', title)} onClick={onFeedback}>{t('popupFeedback')}</button>
        <button type="button" data-action="delete" aria-label={t('popupDeleteLabel', title)} onClick={onDelete}>{t('popupDelete')}</button>
      </span>
    </li>
  );
}
