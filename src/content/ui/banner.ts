// The lockout banner: says the chat has ended and why, and offers the ways forward.
import { h, onTrusted } from './dom';
import { t } from '../../shared/i18n';
import type { ThreadRecord, FeedbackRating } from '../../shared/types';

export interface BannerActions {
  newChatUrl: string;
  siteLabel: string;
  layoutKnown: boolean;
  /** The background cannot be reached (extension updated): only what works without it. */
  offline?: boolean;
  onFeedback(rating: FeedbackRating, comment: string): Promise<void>;
  onUndo(): Promise<void>;
}

export function reasonText(rec: ThreadRecord, siteLabel: string): string {
  if (rec.endedBy === 'policy') return t('reasonPolicy', (rec.reason?.categories ?? []).join(', ').replace(/_/g, ' ') || 'abuse');
  if (rec.endedBy === 'site') return t('reasonSite', siteLabel);
  return t('reasonUser');
}

export function renderBanner(rec: ThreadRecord, a: BannerActions, signal: AbortSignal): HTMLElement {
  const status = h('p', { class: 'status', role: 'status' });
  const newChat = h('a', { class: 'btn', href: a.newChatUrl, 'data-action': 'new-chat' }, t('startNewChat'));
  const fbBtn = h('button', { type: 'button', 'aria-expanded': 'false', 'data-action': 'feedback' }, t('sendFeedback'));
  const row = h('div', { class: 'row' }, newChat, !a.offline && fbBtn);
  if (!a.offline && rec.endedBy === 'user' && rec.undoUntil && rec.undoUntil > Date.now()) {
    const undo = h('button', { type: 'button', 'data-action': 'undo' }, t('undo'));
    onTrusted(undo, 'click', () => { a.onUndo().catch((e) => { status.textContent = String(e.message ?? e); }); }, signal);
    row.append(undo);
    const timer = setTimeout(() => undo.remove(), rec.undoUntil - Date.now());
    signal.addEventListener('abort', () => clearTimeout(timer));
  }
  const banner = h('div', { class: 'banner', role: 'region', 'aria-labelledby': 'hangup-banner-title', 'data-hangup': 'banner' },
    h('h2', { id: 'hangup-banner-title' }, t('chatEnded')),
    h('p', {}, reasonText(rec, a.siteLabel)),
    !a.layoutKnown && h('p', { class: 'status' }, t('layoutUnknown')),
    row, status);
  if (rec.feedback) status.textContent = t('feedbackSaved');

  let form: HTMLElement | null = null;
  onTrusted(fbBtn, 'click', () => {
    if (form) { form.remove(); form = null; fbBtn.setAttribute('aria-expanded', 'false'); return; }
    form = feedbackForm(async (rating, comment) => {
      await a.onFeedback(rating, comment);
      form?.remove(); form = null;
      fbBtn.setAttribute('aria-expanded', 'false');
      status.textContent = t('feedbackSaved');
      fbBtn.focus();
    }, (msg) => { status.textContent = msg; }, signal);
    fbBtn.setAttribute('aria-expanded', 'true');
    banner.insertBefore(form, status);
    form.querySelector('input')?.focus();
  }, signal);
  return banner;
}

function feedbackForm(submit: (r: FeedbackRating, c: string) => Promise<void>, error: (m: string) => void, signal: AbortSignal): HTMLElement {
  const right = h('input', { type: 'radio', name: 'hangup-rating', value: 'right', id: 'hangup-fb-right' });
  const unexpected = h('input', { type: 'radio', name: 'hangup-rating', value: 'unexpected', id: 'hangup-fb-unexpected' });
  const comment = h('textarea', { id: 'hangup-fb-comment', maxlength: '2000' });
  const save = h('button', { type: 'submit', class: 'primary' }, t('feedbackSubmit'));
  const form = h('form', { 'data-hangup': 'feedback' },
    h('fieldset', {}, h('label', {}, right, ' ', t('feedbackRight')), h('label', {}, unexpected, ' ', t('feedbackUnexpected'))),
    h('label', { for: 'hangup-fb-comment' }, t('feedbackComment')), comment,
    h('div', { class: 'row' }, save));
  onTrusted(form, 'submit', (ev) => {
    ev.preventDefault();
    const rating: FeedbackRating | null = right.checked ? 'right' : unexpected.checked ? 'unexpected' : null;
    if (!rating) { error(`${t('feedbackRight')} / ${t('feedbackUnexpected')}?`); return; }
    submit(rating, comment.value.trim()).catch((e) => error(String(e.message ?? e)));
  }, signal);
  // Keys typed here must not reach the page's own shortcuts.
  form.addEventListener('keydown', (ev) => ev.stopPropagation(), { signal });
  return form;
}
