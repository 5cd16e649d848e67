// Per-page controller: which thread is shown, is it ended, and what Hangup shows for it.
// Every route gets its own AbortSignal; UI and listeners of the previous route die with it.
// Data flows page → adapter → turn index → policy feed (signals) → background → cards and lock;
// the policy's state lives in the background, not here.
import type { SiteAdapter } from './adapters/types';
import { Lock } from './lock';
import { UiHost } from './ui/host';
import { h, onTrusted } from './ui/dom';
import { confirmEnd } from './ui/confirm';
import { renderBanner } from './ui/banner';
import { PolicyCards } from './policy-cards';
import { PolicyFeed, type FeedHost } from './policy-feed';
import { policyReady } from './policy-ready';
import { BranchClaim } from './branch-claim';
import { ComposerActivity } from './composer-activity';
import { ThreadFacts } from './thread-facts';
import { TurnIndex } from './turn-index';
import { BranchControls, branchText } from './branch';
import { lockApplies } from './lock-path';
import type { TurnEl } from './adapters/types';
import type { PolicyEvent } from '../policy';
import type { TurnsReply, PolicyView } from '../shared/protocol';
import { request, onPush, onContextInvalidated, ContextInvalidated, contextAlive } from './messaging';
import { watchRoute } from './route-watch';
import { watchPage } from './page-watch';
import { t } from '../shared/i18n';
import { threadKey, DEFAULT_SETTINGS, type ThreadRecord, type EndedBy, type EndReason, type Settings } from '../shared/types';

/** A new chat's id appears as its first message is sent: within this long of the user's last input. */
const NEW_CHAT_SEND_MS = 15_000;

export class Controller {
  private readonly lock: Lock;
  private readonly ui: UiHost;
  private endedIds = new Set<string>();
  private record: ThreadRecord | null = null;
  private threadId: string | null = null;
  private routeCtl = new AbortController();
  private invalidated = false;
  private ending = false;
  /** Until the background first answers, the state is unknown: neither lock nor unlock, so the
   *  pre-paint lock (for threads known to be ended) stays in force. */
  private known = false;
  private settings: Settings = DEFAULT_SETTINGS;
  private storage: 'persistent' | 'memory' = 'persistent';
  /** Ended on this page but not saved (storage failed): stays locked for this page's life. */
  private unsaved = new Set<string>();
  /** The policy's signals for the thread on screen (created once the background said what it has). */
  private feed: PolicyFeed | null = null;
  private routeAt = 0;
  /** The current thread was begun on this page (a new chat that got its id): its turns are live. */
  private newChat = false;
  private routed = false;
  private readonly composing: ComposerActivity;
  private readonly facts: ThreadFacts;
  private recheckTimer = 0;
  private readonly cards: PolicyCards;
  /** The identities of the turns the background has judged in this thread (its path), as of the last hello. */
  private storedPath: Set<string> | null = null;
  private readonly claim: BranchClaim;
  private readonly branches: BranchControls;
  private readonly turnIndex: TurnIndex;
  /** The route whose turns the branch controls and the index follow. */
  private branchRoute: AbortController | null = null;

  constructor(private readonly adapter: SiteAdapter, private readonly doc: Document, private readonly signal: AbortSignal) {
    this.ui = new UiHost(doc);
    this.lock = new Lock(adapter, doc, () => this.ui.host, signal);
    const tamper = new MutationObserver(() => {
      if (this.lock.isEngaged && !this.ui.root.querySelector('[data-hangup="banner"]')) this.render();
    });
    tamper.observe(this.ui.root, { childList: true, subtree: true });
    signal.addEventListener('abort', () => tamper.disconnect());
    this.cards = new PolicyCards(() => this.render(), () => {
      const key = this.currentKey;
      return key ? request('content:crisis-dismiss', { key }) : Promise.resolve();
    });
    this.claim = new BranchClaim(adapter, doc, (text) => this.ui.announce(text), (e) => this.showError(e));
    this.branches = new BranchControls(adapter, doc, (i, turns) => { void this.branchFrom(i, turns); });
    this.turnIndex = new TurnIndex(adapter, doc);
    signal.addEventListener('abort', () => { this.branchRoute?.abort(); this.branches.removeAll(); });
    void this.claim.claim();
    onContextInvalidated(() => this.onInvalidated());
    // An update or reload orphans this script without an event; a cheap property check finds out.
    const alive = window.setInterval(() => { if (!contextAlive()) { window.clearInterval(alive); this.onInvalidated(); } }, 2000);
    signal.addEventListener('abort', () => window.clearInterval(alive));
    onPush((msg) => {
      if (msg.type === 'bg:refresh') { this.record = null; void this.refresh(); return; }
      if (msg.type === 'bg:ask-end') { if (!this.isEnded() && !this.siteOff) void this.endByUser(); return; }
      if (msg.type === 'bg:policy') { if (msg.key === this.currentKey) this.onPolicy(msg.view, msg.events); return; }
      const id = msg.key.slice(adapter.site.length + 1);
      if (msg.record?.status === 'ended') this.endedIds.add(id); else this.endedIds.delete(id);
      if (id === this.threadId) {
        this.record = msg.record; this.render();
        // Ended in another tab on turns this one may not show yet: ask which path that was.
        if (msg.record?.status === 'ended' && !this.isEnded()) void this.refresh();
      }
    }, signal);
    this.composing = new ComposerActivity(adapter, doc, signal);
    this.facts = new ThreadFacts(adapter, doc);
    watchRoute(doc.defaultView!, () => this.onRoute(), signal);
    this.onRoute();
    watchPage(doc, (records) => this.onPageChange(records), signal);
  }

  /** Batched page changes: re-attach UI the site removed, notice a layout that appeared, the site's own ending. */
  private onPageChange(records: MutationRecord[] | null = []): void {
    if (!this.invalidated && !contextAlive()) { this.onInvalidated(); return; }
    if (!this.ui.host.isConnected) this.ui.attach();
    // An open shadow root can be reached by page scripts: put back a banner they removed.
    if (this.lock.isEngaged && !this.ui.root.querySelector('[data-hangup="banner"]')) this.render();
    if (this.claim.waiting) this.claim.tryPrefill();
    if (!this.threadId || this.invalidated || this.siteOff) return;
    // The turn list follows the mutation records: O(new turns), not O(thread).
    const changed = this.turnIndex.apply(records);
    if (!this.branchRoute || this.branchRoute.signal.aborted) {
      this.branchRoute = new AbortController();
      this.branches.reset(this.branchRoute.signal);
    }
    this.branches.watch(this.turnIndex.takeAdded());
    this.branches.repair();
    const turns = this.turnIndex.turns as TurnEl[];
    // An in-place edit may have moved the page onto or off the ended path.
    if (changed && this.record && this.isEnded() !== this.lock.isEngaged) { this.render(); return; }
    if (!this.isEnded() && this.adapter.siteEnded?.(this.doc)) {
      void this.end('site', { code: 'site-ended', categories: [], turnIndexes: [] });
      return;
    }
    if (!this.isEnded()) this.feed?.update(turns, Date.now());
    const pending = !!this.ui.root.querySelector('[data-hangup="layout-pending"]');
    const unknown = !!this.ui.root.querySelector('[data-hangup="layout-unknown"]');
    if ((pending || unknown) && (this.lock.layoutKnown() || (pending && this.doc.readyState !== 'loading'))) this.render();
  }

  get currentKey(): string | null { return this.threadId ? threadKey(this.adapter.site, this.threadId) : null; }
  get isLocked(): boolean { return this.lock.isEngaged; }
  get turnCount(): number { return this.adapter.turns(this.doc).length; }

  private url(): URL { return new URL(this.doc.location.href); }

  private onRoute(): void {
    const id = this.adapter.threadId(this.url());
    if (id !== this.threadId) {
      if (id && !this.threadId) void this.claim.linked(id);
      // A chat begun on this page gets its id as its first message is sent: those turns are live.
      this.newChat = this.routed && !this.threadId && !!id && this.composing.within(NEW_CHAT_SEND_MS);
      this.threadId = id; this.record = null; this.storedPath = null;
      this.turnIndex.reset(); this.branchRoute?.abort();
      this.feed?.stop(); this.feed = null; this.routeAt = Date.now(); this.cards.reset();
    }
    this.routed = true;
    // Synchronous first: the cached ended ids lock a route change before the next frame.
    this.render();
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const forId = this.threadId;
    try {
      const reply = await request('content:hello', { site: this.adapter.site, url: this.doc.location.href,
        title: this.adapter.title(this.doc) });
      this.endedIds = new Set(reply.endedIds);
      this.known = true;
      this.settings = reply.settings;
      this.branches.setMode(reply.settings.branchControls);
      this.storage = reply.storage;
      if (forId !== this.threadId) return; // the route moved on meanwhile
      this.record = reply.record;
      this.storedPath = reply.policy ? new Set(reply.policy.ids) : null;
      if (forId && reply.policy && !this.feed) {
        this.cards.reset(reply.policy.view);
        this.feed = new PolicyFeed(this.feedHost(), reply.policy.ids, this.routeAt, this.newChat);
      }
      this.render();
      if (this.feed && !this.isEnded() && !this.siteOff) this.feed.update(this.turnIndex.turns as TurnEl[], Date.now());
    } catch (e) {
      if (!(e instanceof ContextInvalidated)) this.showError(e);
    }
  }

  private isEnded(): boolean {
    if (!this.threadId) return false;
    if (this.unsaved.has(this.threadId)) return true;
    if (!this.record) return this.endedIds.has(this.threadId);
    if (this.record.status !== 'ended') return false; // (reading the path costs a pass over the turns)
    const markers = this.adapter.pathMarkers?.(this.doc) ?? null;
    if (lockApplies(this.record, markers)) return true;
    // A tab behind another (the chat ended on turns this one does not show yet) shows the ended
    // path, not a fork of it: its last turn and the ending's are both on the path the background judged.
    const last = markers?.[markers.length - 1];
    const path = this.storedPath;
    return !!(last && path && this.record.endMarker && path.has(`m:${last}`) && path.has(`m:${this.record.endMarker}`));
  }

  /** Turned off for this site in the options (or by an administrator's policy): Hangup stands aside. */
  private get siteOff(): boolean { return this.known && this.settings.disabledSites.includes(this.adapter.site); }

  /** Rebuild the in-page UI for the current route. Cheap: a handful of elements. */
  render(): void {
    this.routeCtl.abort();
    this.routeCtl = new AbortController();
    const signal = this.routeCtl.signal;
    this.ui.attach();
    this.ui.layer.replaceChildren();
    if (this.siteOff) { this.lock.release(); this.branchRoute?.abort(); this.branches.removeAll(); return; }
    const url = this.url();
    if (this.isEnded()) {
      this.lock.engage();
      const rec = this.record ?? this.placeholderRecord();
      this.ui.layer.append(renderBanner(rec, {
        newChatUrl: this.adapter.newChatUrl(url),
        siteLabel: this.adapter.label,
        layoutKnown: this.lock.layoutKnown(),
        offline: this.invalidated,
        onFeedback: async (rating, comment) => {
          this.record = await request('content:feedback', { key: rec.key, feedback: comment ? { rating, comment } : { rating } });
        },
        onUndo: async () => {
          const r = await request('content:undo', { key: rec.key });
          this.record = r;
          if (r?.status !== 'ended') this.endedIds.delete(rec.threadId);
          this.render();
          this.ui.announce(t('undone'));
        },
      }, signal));
      if (this.invalidated) this.ui.layer.append(h('div', { class: 'notice', role: 'status' }, t('contextInvalidated')));
      this.renderCards(signal);
      return;
    }
    if (!this.known && !this.invalidated) return;
    this.lock.release();
    this.renderCards(signal);
    if (this.invalidated) { this.ui.layer.append(h('div', { class: 'notice', role: 'status' }, t('contextInvalidated'))); return; }
    const why = this.adapter.unavailableReason(url);
    if (why) { this.ui.layer.append(h('div', { class: 'notice', role: 'status' }, t('unavailableHere', why))); return; }
    if (!this.threadId) return; // a new chat: nothing to end yet
    if (!this.lock.layoutKnown()) {
      // Often the page is still rendering: onPageChange() re-renders once the composer appears,
      // and only a page that has finished loading without one gets the notice.
      if (this.doc.readyState === 'loading') { this.ui.layer.append(h('span', { 'data-hangup': 'layout-pending' })); return; }
      this.ui.layer.append(h('div', { class: 'notice', role: 'status', 'data-hangup': 'layout-unknown' }, t('layoutUnknown')));
      return;
    }
    const btn = h('button', { type: 'button', class: 'end-btn', 'data-hangup': 'end' }, t('endThisChat'));
    onTrusted(btn, 'click', () => { void this.endByUser(); }, signal);
    this.ui.layer.append(btn);
  }

  async endByUser(): Promise<void> {
    if (this.ending || !this.threadId) return;
    this.ending = true;
    try {
      if (!(await confirmEnd(this.ui.layer, this.routeCtl.signal))) return;
      await this.end('user', { code: 'user-request', categories: [], turnIndexes: [] });
    } finally { this.ending = false; }
  }

  async end(endedBy: EndedBy, reason: EndReason): Promise<void> {
    if (!this.threadId) return;
    const id = this.threadId;
    // Lock at once, before the background answers: a send in flight must not slip through.
    this.endedIds.add(id);
    this.lock.engage();
    try {
      const markers = this.adapter.pathMarkers?.(this.doc);
      const endMarker = markers?.[markers.length - 1];
      this.record = await request('content:end', { key: threadKey(this.adapter.site, id), url: this.doc.location.href,
        title: this.adapter.title(this.doc), endedBy, reason, turnsAtEnd: this.turnCount, ...(endMarker ? { endMarker } : {}) });
      this.render();
      this.ui.announce(t('chatEnded'));
    } catch (e) {
      // Fail closed: the user (or the policy) ended this chat; if the record could not be saved,
      // the page stays locked and says so, rather than silently reopening.
      if (!(e instanceof ContextInvalidated)) this.unsaved.add(id);
      this.render();
      if (!(e instanceof ContextInvalidated)) this.ui.layer.append(h('div', { class: 'notice', role: 'alert' }, t('notSaved', (e as Error).message ?? String(e))));
    }
  }

  private feedHost(): FeedHost {
    return {
      send: (b) => request('content:turns', { key: this.currentKey!, url: this.doc.location.href, title: this.facts.title(this.threadId),
        ...b, turns: this.turnIndex.turns.length, ...this.facts.endMarker(this.turnIndex.turns) }),
      onReply: (reply, events) => this.onTurnsReply(reply, events),
      onError: (e) => { if (!(e instanceof ContextInvalidated)) this.showError(e); },
      recheck: (ms) => { clearTimeout(this.recheckTimer); this.recheckTimer = window.setTimeout(() => this.onPageChange(), ms + 10); },
      loading: () => this.doc.readyState === 'loading',
      ready: policyReady(() => this.onPageChange()),
    };
  }

  private onTurnsReply(reply: TurnsReply, events: PolicyEvent[]): void {
    const end = events.find((e) => e.type === 'end');
    if (reply.record) {
      this.record = reply.record;
      if (reply.record.status === 'ended') this.endedIds.add(reply.record.threadId);
    } else if (end && this.threadId) {
      // The policy ended the chat but the record could not be saved: fail closed on this page.
      this.unsaved.add(this.threadId);
    }
    if (end) this.render();
    this.onPolicy(reply.view, events);
    if (end) this.ui.announce(t('chatEnded'));
    if (events.some((e) => e.type === 'end-request') && !end) void this.endByUser();
  }

  /** The background's view of the policy here changed (this tab's turns or another tab's). */
  private onPolicy(view: PolicyView | null, events: readonly PolicyEvent[]): void {
    const { changed, warned } = this.cards.update(view, events);
    if (changed) this.render();
    if (warned) this.ui.announce(t('warnTitle'));
  }

  private renderCards(signal: AbortSignal): void {
    if (this.storage === 'memory' && this.threadId) this.ui.layer.append(h('div', { class: 'notice', role: 'status', 'data-hangup': 'storage' }, t('storageMemory')));
    this.cards.render(this.ui.layer, this.isEnded(), signal);
  }

  private async branchFrom(index: number, turns: TurnEl[]): Promise<void> {
    const key = this.currentKey;
    if (!key) return;
    try {
      const text = branchText(turns.map((x) => ({ role: x.role, text: x.text() })), index, this.adapter.label);
      await request('content:branch-start', { fromKey: key, turn: index, text });
      this.doc.location.assign(this.adapter.newChatUrl(this.url()));
    } catch (e) {
      if (!(e instanceof ContextInvalidated)) this.showError(e);
    }
  }

  private placeholderRecord(): ThreadRecord {
    const id = this.threadId!;
    const now = Date.now();
    return { key: threadKey(this.adapter.site, id), site: this.adapter.site, threadId: id, status: 'ended',
      title: '', url: this.doc.location.href, createdAt: now, updatedAt: now };
  }

  private onInvalidated(): void {
    if (this.invalidated) return;
    this.invalidated = true;
    this.render();
  }

  private showError(e: unknown): void {
    const msg = e instanceof Error ? e.message : String(e);
    this.ui.layer.append(h('div', { class: 'notice', role: 'alert' }, t('errorPrefix', msg)));
  }
}

